using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class FosterFeesTests
{
    private static readonly Decision Sn2024 = new("Socialnämnden", Day("2024-12-11"), "SN 2024-12-11 § 151", "Arvoden 2025");
    private static readonly Decision Sn2025 = new("Socialnämnden", Day("2025-12-10"), "SN 2025-12-10 § 140", "Arvoden 2026");

    private static readonly ParameterHistory<FeeTable> Table = new("Arvode och omkostnadsersättning, familjehem", "kr/månad",
    [
        new DatedValue<FeeTable>(Day("2025-01-01"), new FeeTable([new(0, 6, 8_600m, 4_600m), new(7, 12, 9_500m, 5_400m), new(13, 20, 10_900m, 6_500m)]), Sn2024),
        new DatedValue<FeeTable>(Day("2026-01-01"), new FeeTable([new(0, 6, 8_900m, 4_800.50m), new(7, 12, 9_800m, 5_600m), new(13, 20, 11_200m, 6_700m)]), Sn2025),
    ]);

    private static IReadOnlyList<FeeLine> Fees(string start, string? end, string birth, string month) =>
        FosterFees.Calculate([Placed("P1", "Borås", "H1", start, end)], new Dictionary<string, DateOnly> { ["barn-1"] = Day(birth) },
            CalendarMonth.Parse(month), CalendarMonth.Parse(month), Table);

    [Theory]
    // start mid April (30 days): 15..30 = 16 days; 8 years on 2026-04-01
    [InlineData("2026-04-15", null, "2017-09-01", "2026-04", 5226.67 /* 9 800 × 16 / 30 = 5 226,666… → 5 226,67 */, 2986.67 /* 5 600 × 16 / 30 = 2 986,666… */)]
    // whole month
    [InlineData("2026-01-01", null, "2017-09-01", "2026-05", 9800.00, 5600.00)]
    // ends 10 February (28 days): 9 800 × 10 / 28 = 3 500 exactly
    [InlineData("2026-01-01", "2026-02-10", "2017-09-01", "2026-02", 3500.00, 2000.00 /* 5 600 × 10 / 28 */)]
    // half öre rounds away from zero: 4 800,50 × 7 / 28 = 1 200,125 → 1 200,13 (6 years on 2026-02-01)
    [InlineData("2026-02-22", null, "2019-06-30", "2026-02", 2225.00 /* 8 900 × 7 / 28 */, 1200.13)]
    // birthday on 2026-04-10 (turns 7) does not change April: band by age on the 1st (6 years)
    [InlineData("2026-01-01", null, "2019-04-10", "2026-04", 8900.00, 4800.50)]
    // ... but May uses 7 years
    [InlineData("2026-01-01", null, "2019-04-10", "2026-05", 9800.00, 5600.00)]
    // December 2025: the 2025 table
    [InlineData("2025-06-01", null, "2017-09-01", "2025-12", 9500.00, 5400.00)]
    // birthday on the 1st counts: 13 years on 2026-03-01
    [InlineData("2026-01-01", null, "2013-03-01", "2026-03", 11200.00, 6700.00)]
    public void Fees_PerMonth_FullOrProratedByDays(string start, string? end, string birth, string month, double fee, double allowance)
    {
        var lines = Fees(start, end, birth, month);
        Assert.Equal([FeeKind.Fee, FeeKind.ExpenseAllowance], lines.Select(l => l.Kind));
        Assert.Equal((decimal)fee, lines[0].Amount);
        Assert.Equal((decimal)allowance, lines[1].Amount);
    }

    [Fact]
    public void Fees_ProratedLine_ExplainsItself()
    {
        var line = Fees("2026-04-15", null, "2017-09-01", "2026-04")[0];
        Assert.Equal("Arvode 8 år, 7–12 år enligt tabell från 2026-01 (SN 2025-12-10 § 140): 9\u00A0800,00\u00A0kr × 16/30 dagar = 5\u00A0226,67\u00A0kr", line.Explanation);
        Assert.Equal(("Borås", "H1", 16, 30), (line.MemberId, line.HomeId, line.Days, line.DaysInMonth));
        Assert.Same(Sn2025, line.Version.Decision);
    }

    [Fact]
    public void Fees_WholeMonthLine_ExplainsItself() =>
        Assert.Equal("Omkostnadsersättning 8 år, 7–12 år enligt tabell från 2026-01 (SN 2025-12-10 § 140): 5\u00A0600,00\u00A0kr, hela månaden",
            Fees("2026-01-01", null, "2017-09-01", "2026-05")[1].Explanation);

    [Fact]
    public void Fees_OverSeveralMonths_OneLinePairPerMonthPlaced()
    {
        var lines = FosterFees.Calculate([Placed("P1", "Borås", "H1", "2025-12-20", "2026-02-02")], new Dictionary<string, DateOnly> { ["barn-1"] = Day("2017-09-01") },
            CalendarMonth.Parse("2025-11"), CalendarMonth.Parse("2026-03"), Table);
        Assert.Equal(["2025-12", "2025-12", "2026-01", "2026-01", "2026-02", "2026-02"], lines.Select(l => l.Month.ToString()));
        Assert.Equal([12, 31, 2], lines.Where(l => l.Kind == FeeKind.Fee).Select(l => l.Days));
        Assert.Equal(3677.42m /* 9 500 × 12 / 31 = 3 677,419… */, lines[0].Amount);
    }

    [Fact]
    public void Fees_AgeOutsideEveryBandOrMissingBirthDate_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => FosterFees.Calculate(
            [Placed("P1", "Borås", "H1", "2026-01-01", null), Placed("P2", "Borås", "H1", "2026-01-01", null, "barn-2")],
            new Dictionary<string, DateOnly> { ["barn-1"] = Day("2004-06-01") }, CalendarMonth.Parse("2026-01"), CalendarMonth.Parse("2026-01"), Table));
        Assert.Equal(["age", "birth_date"], ex.Problems.Select(p => p.Field));
        Assert.Equal("the child is 21 on 2026-01-01, an age no band of the table from 2026-01-01 (SN 2025-12-10 § 140) covers", ex.Problems[0].Message);
    }

    [Fact]
    public void Fees_MonthBeforeTheFirstTable_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => Fees("2024-12-01", null, "2017-09-01", "2024-12"));
        Assert.Contains("the first takes effect 2025-01-01", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void FeeTable_OverlappingBands_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new FeeTable([new(0, 7, 1m, 1m), new(7, 12, 1m, 1m)]));
}
