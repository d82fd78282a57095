using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>What a fee line pays.</summary>
public enum FeeKind
{
    /// <summary>Arvode: the family's fee for the assignment.</summary>
    Fee,

    /// <summary>Omkostnadsersättning: the allowance for the child's costs.</summary>
    ExpenseAllowance,
}

/// <summary>One age band of a fee table: monthly amounts for a child of <paramref name="FromAge"/> to
/// <paramref name="ToAge"/> completed years (both included).</summary>
/// <param name="FromAge">Youngest age of the band.</param>
/// <param name="ToAge">Oldest age of the band.</param>
/// <param name="Fee">Arvode per month, kr.</param>
/// <param name="ExpenseAllowance">Omkostnadsersättning per month, kr.</param>
public sealed record FeeBand(int FromAge, int ToAge, decimal Fee, decimal ExpenseAllowance)
{
    /// <summary>The monthly amount of <paramref name="kind"/>.</summary>
    public decimal Amount(FeeKind kind) => kind == FeeKind.Fee ? Fee : ExpenseAllowance;

    /// <summary><c>7–12 år</c>.</summary>
    public string Label => $"{FromAge}\u2013{ToAge} år";
}

/// <summary>One version of the fee table: age bands that do not overlap.</summary>
/// <remarks>Used as the value of a <see cref="ParameterHistory{T}"/> whose versions cite the decisions that adopted
/// them. An age no band covers is refused when a fee is calculated, not guessed.</remarks>
public sealed record FeeTable
{
    /// <summary>Creates the table; throws when a band is inverted, has a negative age or amount, or overlaps another.</summary>
    public FeeTable(IReadOnlyList<FeeBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var sorted = bands.OrderBy(b => b.FromAge).ToArray();
        foreach (var b in sorted)
        {
            if (b.FromAge < 0 || b.ToAge < b.FromAge) throw new ArgumentException($"The band {b.Label} is not a valid age range.", nameof(bands));
            if (b.Fee < 0 || b.ExpenseAllowance < 0) throw new ArgumentException($"The band {b.Label} has a negative amount.", nameof(bands));
        }
        for (var i = 1; i < sorted.Length; i++)
            if (sorted[i].FromAge <= sorted[i - 1].ToAge)
                throw new ArgumentException($"The bands {sorted[i - 1].Label} and {sorted[i].Label} overlap.", nameof(bands));
        Bands = sorted;
    }

    /// <summary>The bands, youngest first.</summary>
    public IReadOnlyList<FeeBand> Bands { get; }

    /// <summary>The band that covers <paramref name="age"/>, or null.</summary>
    public FeeBand? BandFor(int age) => Bands.FirstOrDefault(b => age >= b.FromAge && age <= b.ToAge);
}

/// <summary>One fee to a home for one placement, month and kind.</summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="MemberId">The placing member, who pays.</param>
/// <param name="HomeId">The home paid.</param>
/// <param name="Month">The month.</param>
/// <param name="Kind">Arvode or omkostnadsersättning.</param>
/// <param name="Age">The child's age in completed years on the first of the month.</param>
/// <param name="Band">The band used.</param>
/// <param name="Version">The table version in force on the first of the month, with its decision.</param>
/// <param name="MonthlyAmount">The band's monthly amount.</param>
/// <param name="Days">Days placed in the month.</param>
/// <param name="DaysInMonth">Days of the month.</param>
/// <param name="Amount">The amount: the monthly amount for a whole month, else monthly × days / days in month rounded to
/// öre half away from zero.</param>
/// <param name="Explanation">In Swedish: "Arvode 8 år, 7–12 år enligt tabell från 2026-01 (SN 2025-12-10 § 140):
/// 9 800,00 kr × 16/30 dagar = 5 226,67 kr".</param>
public sealed record FeeLine(string PlacementId, string MemberId, string HomeId, CalendarMonth Month, FeeKind Kind, int Age, FeeBand Band,
    DatedValue<FeeTable> Version, decimal MonthlyAmount, int Days, int DaysInMonth, decimal Amount, string Explanation);

/// <summary>Fees to foster homes (arvode and omkostnadsersättning) per placement and month.</summary>
/// <remarks>
/// <para>Per placement and month with at least one placed day: the child's age in completed years on the first of the
/// month picks the band (even when the placement starts later in the month, or the birthday falls in it); the table is
/// the version in force on the first of the month, for the whole month. A whole month placed pays the monthly amount;
/// otherwise monthly amount × placed days / days in the month, rounded to öre half away from zero, each kind separately.</para>
/// <para>Self-contained on purpose: the per-child grant engine (Rules/Compensation) is another rule set.</para>
/// </remarks>
public static class FosterFees
{
    /// <summary>Fee lines for every placement and every month from <paramref name="from"/> to <paramref name="to"/>
    /// (both included) in which it has a day; ordered by month, placement id, kind (arvode first).</summary>
    /// <param name="placements">The placements.</param>
    /// <param name="birthDates">Each child's birth date by <see cref="Placement.ChildRef"/>.</param>
    /// <param name="from">First month.</param>
    /// <param name="to">Last month.</param>
    /// <param name="table">The dated fee table.</param>
    /// <exception cref="InputProblemsException">A child without a birth date, a month before the table's first version,
    /// an age no band covers, or <paramref name="from"/> after <paramref name="to"/>; every problem, nothing calculated.</exception>
    public static IReadOnlyList<FeeLine> Calculate(IReadOnlyList<Placement> placements, IReadOnlyDictionary<string, DateOnly> birthDates,
        CalendarMonth from, CalendarMonth to, ParameterHistory<FeeTable> table)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(birthDates);
        ArgumentNullException.ThrowIfNull(table);
        if (from > to) throw new InputProblemsException(new InputProblem("fees", null, "from", $"{from} is after to {to}"));

        var problems = new List<InputProblem>();
        var lines = new List<FeeLine>();
        foreach (var month in CalendarMonth.Range(from, to))
        {
            foreach (var p in placements.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                if (p.Days.Intersect(month.Days) is not { } days) continue;
                if (!birthDates.TryGetValue(p.ChildRef, out var birth))
                {
                    if (!problems.Any(x => x.Source == $"placement {p.Id}" && x.Field == "birth_date"))
                        problems.Add(new InputProblem($"placement {p.Id}", null, "birth_date", $"no birth date is given for child {p.ChildRef}"));
                    continue;
                }
                if (!table.TryValueOn(month.FirstDay, out var version))
                {
                    problems.Add(new InputProblem($"placement {p.Id}", null, "fee_table", string.Create(CultureInfo.InvariantCulture,
                        $"no version of '{table.Name}' is in force on {month.FirstDay:yyyy-MM-dd}") +
                        (table.Values.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; the first takes effect {table.Values[0].EffectiveFrom:yyyy-MM-dd}") : "; it has no versions")));
                    continue;
                }
                var age = Age.CompletedYears(birth, month.FirstDay);
                if (version.Value.BandFor(age) is not { } band)
                {
                    problems.Add(new InputProblem($"placement {p.Id}", null, "age", string.Create(CultureInfo.InvariantCulture,
                        $"the child is {age} on {month.FirstDay:yyyy-MM-dd}, an age no band of the table from {version.EffectiveFrom:yyyy-MM-dd} ({version.Decision.Reference}) covers")));
                    continue;
                }
                lines.Add(Line(p, month, FeeKind.Fee, age, band, version, days.DayCount));
                lines.Add(Line(p, month, FeeKind.ExpenseAllowance, age, band, version, days.DayCount));
            }
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return lines;
    }

    private static FeeLine Line(Placement p, CalendarMonth month, FeeKind kind, int age, FeeBand band, DatedValue<FeeTable> version, int days)
    {
        var monthly = band.Amount(kind);
        var whole = days == month.DayCount;
        var amount = whole ? monthly : Math.Round(monthly * days / month.DayCount, 2, MidpointRounding.AwayFromZero);
        var head = $"{FosterCareNames.Of(kind)} {age} år, {band.Label} enligt tabell {FosterCareText.From(version.EffectiveFrom)} ({version.Decision.Reference}): ";
        var tail = whole
            ? $"{FosterCareText.Kronor(monthly)}, hela månaden"
            : $"{FosterCareText.Kronor(monthly)} × {days}/{month.DayCount} dagar = {FosterCareText.Kronor(amount)}";
        return new FeeLine(p.Id, p.MemberId, p.HomeId, month, kind, age, band, version, monthly, days, month.DayCount, amount, head + tail);
    }
}
