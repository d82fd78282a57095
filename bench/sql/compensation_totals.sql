-- Compensation totals per month and provider, in SQL, for comparison with the in-memory engine
-- (src/Samverka.Rules/Compensation/CompensationTotalsEngine.cs). Rules as ../shared/specs/compensation.md with the
-- benchmark's rule set: age_rule first-of-month, proration by-day, transition_months given as a parameter.
-- Tables are created and filled by bench/Samverka.Benchmarks/PostgresComparison.cs.
--
--   bench_enrollment(child_id text, provider_id text, birth_date date, start_date date, end_date date null, notice_date date null)
--   bench_rate_band(version_from date, min_age int, max_age int null, monthly numeric(12,2))
--
-- Parameters (psql variables or Npgsql parameters @from_month, @to_month, @transition_months):
--   from_month, to_month: first days of the first and last month; transition_months: N.

WITH months AS (
    SELECT m::date AS first_day,
           (m + interval '1 month' - interval '1 day')::date AS last_day,
           extract(day from (m + interval '1 month' - interval '1 day'))::int AS dim
    FROM generate_series(@from_month::date, @to_month::date, interval '1 month') AS m
),
enrollment_month AS (
    -- Each enrollment with each month it can be payable in: attended days, or the transition window
    -- ("N kalendermånader fr.o.m. den månad familjen anmäler att barnet skall lämna verksamheten").
    SELECT e.child_id, e.provider_id, e.birth_date, mo.first_day, mo.dim,
           GREATEST(0, LEAST(e.end_date, mo.last_day) - GREATEST(e.start_date, mo.first_day) + 1) AS days,
           (e.notice_date IS NOT NULL
             AND mo.first_day >= date_trunc('month', e.notice_date)
             AND mo.first_day < date_trunc('month', e.notice_date) + make_interval(months => @transition_months)) AS in_window
    FROM bench_enrollment e
    JOIN months mo
      ON mo.last_day >= e.start_date
     AND mo.first_day <= GREATEST(COALESCE(e.end_date, 'infinity'::date),
                                  CASE WHEN e.notice_date IS NULL THEN '-infinity'::date
                                       ELSE (date_trunc('month', e.notice_date) + make_interval(months => @transition_months) - interval '1 day')::date END)
),
child_month AS (
    -- One line per child, provider and month: days added (capped), windows joined.
    SELECT child_id, provider_id, first_day, dim, min(birth_date) AS birth_date,
           LEAST(sum(days), dim)::int AS days, bool_or(in_window) AS in_window
    FROM enrollment_month
    GROUP BY child_id, provider_id, first_day, dim
    HAVING sum(days) > 0 OR bool_or(in_window)
),
aged AS (
    -- Completed years on the first day of the month, on month numbers (exact for 29 February as well).
    SELECT cm.*,
           (SELECT max(v.version_from) FROM bench_rate_band v WHERE v.version_from <= cm.first_day) AS version_from,
           CASE WHEN x < 0 THEN -1 ELSE x / 12 END AS age
    FROM child_month cm,
         LATERAL (SELECT (extract(year from cm.first_day)::int * 12 + extract(month from cm.first_day)::int)
                       - (extract(year from cm.birth_date)::int * 12 + extract(month from cm.birth_date)::int)
                       - CASE WHEN extract(day from cm.birth_date) = 1 THEN 0 ELSE 1 END AS x) AS a
),
paid AS (
    SELECT a.first_day, a.provider_id,
           CASE WHEN a.days < a.dim AND NOT a.in_window THEN round(b.monthly * a.days / a.dim, 2) ELSE b.monthly END AS amount,
           (a.in_window AND a.days < a.dim) AS is_transition
    FROM aged a
    JOIN bench_rate_band b
      ON b.version_from = a.version_from AND a.age >= b.min_age AND (b.max_age IS NULL OR a.age <= b.max_age)
)
SELECT to_char(first_day, 'YYYY-MM') AS month, provider_id,
       count(*) AS children,
       coalesce(sum(amount) FILTER (WHERE NOT is_transition), 0) AS ordinary_amount,
       coalesce(sum(amount) FILTER (WHERE is_transition), 0) AS transition_amount,
       sum(amount) AS total
FROM paid
GROUP BY first_day, provider_id
ORDER BY first_day, provider_id COLLATE "C";
