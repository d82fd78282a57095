using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Samverka.Rules.Compensation;

namespace Samverka.Benchmarks;

/// <summary>National ten-year simulation: 500 000 children x 120 months, totals per provider and month.
/// Target: under 2 s on one core and under 1 GiB.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompensationTotalsNational
{
    private EnrollmentColumns _columns = null!;
    private CompensationRuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = CompensationData.Rules(120);
        _columns = EnrollmentColumns.From(CompensationData.Enrollments(500_000, 120));
        GC.Collect();
    }

    [Benchmark]
    public CompensationTotals Totals_500k_children_x_120_months() =>
        CompensationTotalsEngine.Calculate(_columns, _rules, CompensationData.From, CompensationData.To(120));

    [GlobalCleanup]
    public void Report()
    {
        var totals = Totals_500k_children_x_120_months();
        Console.WriteLine($"// paid child-months: {totals.PaidChildMonths:N0}; enrollments: {_columns.Count:N0}; providers: {_columns.ProviderIds.Count:N0}; " +
                          $"grand total: {totals.GrandTotal:N2}; peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MiB");
    }
}

/// <summary>One municipality's three-year run: 20 000 children x 36 months. Target: under 20 ms.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CompensationTotalsMunicipality
{
    private EnrollmentColumns _columns = null!;
    private List<Enrollment> _enrollments = null!;
    private CompensationRuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = CompensationData.Rules(36);
        _enrollments = CompensationData.Enrollments(20_000, 36);
        _columns = EnrollmentColumns.From(_enrollments);
    }

    [Benchmark(Baseline = true)]
    public CompensationTotals Totals_20k_children_x_36_months() =>
        CompensationTotalsEngine.Calculate(_columns, _rules, CompensationData.From, CompensationData.To(36));

    /// <summary>The same run with the line path (explained lines, as payment runs and the CLI use it).</summary>
    [Benchmark]
    public CompensationResult Lines_20k_children_x_36_months() =>
        CompensationCalculator.Calculate(_enrollments, _rules, CompensationData.From, CompensationData.To(36));

    /// <summary>The line path with every line's explanation read, as a payment month that stores them does: what the
    /// line path cost every run while explanations were built eagerly.</summary>
    [Benchmark]
    public int Lines_20k_children_x_36_months_every_explanation_read()
    {
        var result = CompensationCalculator.Calculate(_enrollments, _rules, CompensationData.From, CompensationData.To(36));
        var characters = 0;
        foreach (var line in result.Lines) characters += line.Explanation.Length;
        return characters;
    }
}
