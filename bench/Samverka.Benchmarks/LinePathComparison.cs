using System.Diagnostics;
using Samverka.Rules.Compensation;

namespace Samverka.Benchmarks;

/// <summary>The line path with and without reading every explanation, and the totals path, interleaved round by round in
/// one process, so that a busy machine slows all three alike; prints the best and the median of each and the bytes one
/// run allocates.</summary>
/// <remarks><c>dotnet run -c Release --project bench/Samverka.Benchmarks -- lines [children] [months] [rounds]</c></remarks>
public static class LinePathComparison
{
    public static int Run(string[] args)
    {
        var children = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var months = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 36;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
        var rules = CompensationData.Rules(months);
        var enrollments = CompensationData.Enrollments(children, months);
        var columns = EnrollmentColumns.From(enrollments);
        var to = CompensationData.To(months);

        var cases = new (string Name, Func<long> Run)[]
        {
            ("totals path (CompensationTotalsEngine)", () => CompensationTotalsEngine.Calculate(columns, rules, CompensationData.From, to).PaidChildMonths),
            ("line path, explanations not read", () => CompensationCalculator.Calculate(enrollments, rules, CompensationData.From, to).Lines.Count),
            ("line path, every explanation read", () =>
            {
                var characters = 0L;
                foreach (var line in CompensationCalculator.Calculate(enrollments, rules, CompensationData.From, to).Lines) characters += line.Explanation.Length;
                return characters;
            }),
        };
        var times = cases.Select(_ => new List<double>()).ToArray();
        var allocated = new long[cases.Length];
        var results = new long[cases.Length];
        for (var round = 0; round <= rounds; round++) // round 0 warms up
            for (var i = 0; i < cases.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                results[i] = cases[i].Run();
                watch.Stop();
                allocated[i] = GC.GetAllocatedBytesForCurrentThread() - bytes;
                if (round > 0) times[i].Add(watch.Elapsed.TotalMilliseconds);
            }

        Console.WriteLine(FormattableString.Invariant($"{children:N0} children x {months} months, {rounds} interleaved rounds after one warm-up"));
        Console.WriteLine("| case | best | median | allocated in one run | result |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < cases.Length; i++)
        {
            var sorted = times[i].Order().ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"| {cases[i].Name} | {sorted[0]:N1} ms | {sorted[sorted.Count / 2]:N1} ms | {allocated[i] / (1024.0 * 1024):N1} MiB | {results[i]:N0} |"));
        }
        return 0;
    }
}
