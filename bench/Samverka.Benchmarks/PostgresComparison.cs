using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Samverka.Rules.Compensation;

namespace Samverka.Benchmarks;

/// <summary>Loads the benchmark data into PostgreSQL, runs bench/sql/compensation_totals.sql, checks that its totals
/// equal the in-memory engine's and prints both times. Uses SAMVERKA_BENCH_PG (an Npgsql connection string to a
/// throwaway database: the bench_ tables are dropped and recreated) or, without it, a throwaway cluster.</summary>
public static class PostgresComparison
{
    private static async Task<Samverka.Testing.PostgresCluster> StartClusterAsync()
    {
        if (Samverka.Testing.PostgresCluster.UnavailableReason is { } reason)
            throw new InvalidOperationException(reason + " Or set SAMVERKA_BENCH_PG to an Npgsql connection string.");
        Console.WriteLine("Starting a throwaway PostgreSQL cluster (SAMVERKA_BENCH_PG is not set).");
        return await Samverka.Testing.PostgresCluster.StartAsync();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // A given server (SAMVERKA_BENCH_PG), or a throwaway cluster from the installed PostgreSQL binaries.
        var connectionString = Environment.GetEnvironmentVariable("SAMVERKA_BENCH_PG");
        await using var cluster = string.IsNullOrWhiteSpace(connectionString) ? await StartClusterAsync() : null;
        if (cluster is not null) connectionString = await cluster.CreateDatabaseAsync("bench");
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var children = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var months = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 36;
        var rules = CompensationData.Rules(months);
        var enrollments = CompensationData.Enrollments(children, months);
        var from = CompensationData.From;
        var to = CompensationData.To(months);

        var columns = EnrollmentColumns.From(enrollments);
        var memory = TimeMin(3, () => CompensationTotalsEngine.Calculate(columns, rules, from, to), out var totals);

        await using var db = NpgsqlDataSource.Create(connectionString);
        var load = Stopwatch.StartNew();
        await using (var cmd = db.CreateCommand("""
            DROP TABLE IF EXISTS bench_enrollment, bench_rate_band;
            CREATE UNLOGGED TABLE bench_enrollment (child_id text NOT NULL, provider_id text NOT NULL, birth_date date NOT NULL,
                start_date date NOT NULL, end_date date NULL, notice_date date NULL);
            CREATE UNLOGGED TABLE bench_rate_band (version_from date NOT NULL, min_age int NOT NULL, max_age int NULL, monthly numeric(12,2) NOT NULL);
            """))
            await cmd.ExecuteNonQueryAsync();
        await using (var conn = await db.OpenConnectionAsync())
        {
            await using (var copy = await conn.BeginBinaryImportAsync("COPY bench_enrollment FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in enrollments)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(e.ChildId, NpgsqlDbType.Text);
                    await copy.WriteAsync(e.ProviderId, NpgsqlDbType.Text);
                    await copy.WriteAsync(e.BirthDate, NpgsqlDbType.Date);
                    await copy.WriteAsync(e.Start, NpgsqlDbType.Date);
                    if (e.End is { } end) await copy.WriteAsync(end, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                    if (e.Notice is { } notice) await copy.WriteAsync(notice, NpgsqlDbType.Date); else await copy.WriteNullAsync();
                }
                await copy.CompleteAsync();
            }
            await using (var copy = await conn.BeginBinaryImportAsync("COPY bench_rate_band FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var v in rules.Rates)
                    foreach (var b in v.Bands)
                    {
                        await copy.StartRowAsync();
                        await copy.WriteAsync(v.From.FirstDay, NpgsqlDbType.Date);
                        await copy.WriteAsync(b.MinAge, NpgsqlDbType.Integer);
                        if (b.MaxAge is { } max) await copy.WriteAsync(max, NpgsqlDbType.Integer); else await copy.WriteNullAsync();
                        await copy.WriteAsync(b.Monthly, NpgsqlDbType.Numeric);
                    }
                await copy.CompleteAsync();
            }
            await using var analyze = new NpgsqlCommand("ANALYZE bench_enrollment; ANALYZE bench_rate_band;", conn);
            await analyze.ExecuteNonQueryAsync();
        }
        load.Stop();

        var sql = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "bench", "sql", "compensation_totals.sql"));
        var best = TimeSpan.MaxValue;
        var rows = new List<CompensationTotal>();
        for (var run = 0; run < 3; run++)
        {
            rows.Clear();
            var watch = Stopwatch.StartNew();
            await using var cmd = db.CreateCommand(sql);
            cmd.CommandTimeout = 0;
            cmd.Parameters.AddWithValue("from_month", from.FirstDay);
            cmd.Parameters.AddWithValue("to_month", to.FirstDay);
            cmd.Parameters.AddWithValue("transition_months", rules.TransitionMonths);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(new CompensationTotal(Kernel.CalendarMonth.Parse(reader.GetString(0)), reader.GetString(1),
                    (int)reader.GetInt64(2), reader.GetDecimal(3), reader.GetDecimal(4)));
            watch.Stop();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }

        var same = rows.SequenceEqual(totals.Rows());
        Console.WriteLine($"children {children:N0} x months {months}: paid child-months {totals.PaidChildMonths:N0}");
        Console.WriteLine($"in-memory engine (best of 3): {memory.TotalMilliseconds:N1} ms");
        Console.WriteLine($"PostgreSQL query (best of 3): {best.TotalMilliseconds:N1} ms (load {load.Elapsed.TotalSeconds:N1} s)");
        Console.WriteLine($"ratio PostgreSQL / in-memory: {best / memory:N1}");
        Console.WriteLine(same ? "totals: identical" : "totals: DIFFERENT (the SQL does not implement the rule as the engine does)");
        return same ? 0 : 1;
    }

    private static TimeSpan TimeMin<T>(int runs, Func<T> work, out T result)
    {
        result = work();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = work();
            watch.Stop();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }

    private static string RepositoryRoot() =>
        typeof(PostgresComparison).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
}
