using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class ConsultantComparisonTests
{
    private static readonly Decision Ks2024 = new("KS", Day("2024-11-20"), "KS 2024-11-20 § 201", "Jämförpris konsulentstött familjehem");
    private static readonly Decision Ks2025 = new("KS", Day("2025-06-11"), "KS 2025-06-11 § 88", "Nytt jämförpris");

    private static readonly ParameterHistory<decimal> BorasPrice = new("Konsulentstött familjehem, Borås", "kr/dygn",
        [new DatedValue<decimal>(Day("2025-01-01"), 1900m, Ks2024), new DatedValue<decimal>(Day("2025-07-01"), 2000m, Ks2025)]);

    private static readonly DateRange Y2025 = Range("2025-01-01", "2025-12-31");
    private static readonly DateRange Y2026 = Range("2026-01-01", "2026-12-31");

    [Fact]
    public void Compare_AcrossAPriceChange_SplitsDaysByDateAndCumulates()
    {
        Placement[] placements =
        [
            Placed("P1", "Borås", "H1", "2025-06-21", "2025-07-10"),
            Placed("P2", "Borås", "H2", "2026-01-01", "2026-01-31", "barn-2"),
        ];
        PaidShare[] paid = [new("Borås", Y2025, 30_000m), new("Borås", Y2026, 50_000m)];

        var boras = Assert.Single(ConsultantComparison.Compare([Y2026, Y2025], paid, placements, new Dictionary<string, ParameterHistory<decimal>> { ["Borås"] = BorasPrice }));

        var (y25, y26) = (boras.Periods[0], boras.Periods[1]);
        Assert.Equal(Y2025, y25.Period);
        Assert.Equal(20 /* 06-21..06-30 = 10, 07-01..07-10 = 10 */, y25.PlacementDays);
        Assert.Equal([(10, 19_000m), (10, 20_000m)], y25.Segments.Select(s => (s.Days, s.Amount)));
        Assert.Equal(10 * 1900m + 10 * 2000m /* = 39 000 */, y25.ConsultantCost);
        Assert.Equal(30_000m - 39_000m, y25.Difference);
        Assert.Equal(31 * 2000m /* = 62 000 */, y26.ConsultantCost);
        Assert.Equal((30_000m + 50_000m, 39_000m + 62_000m, -9_000m + -12_000m), (y26.CumulativePaid, y26.CumulativeConsultantCost, y26.CumulativeDifference));
        Assert.Equal(
            "2025-01-01..2025-12-31: betalt via enheten 30\u00A0000,00\u00A0kr; 20 placeringsdygn som konsulentstött familjehem (Konsulentstött familjehem, Borås): " +
            "10 × 1\u00A0900,00\u00A0kr (från 2025-01, KS 2024-11-20 § 201) + 10 × 2\u00A0000,00\u00A0kr (från 2025-07, KS 2025-06-11 § 88) = 39\u00A0000,00\u00A0kr; " +
            "enheten 9\u00A0000,00\u00A0kr billigare",
            y25.Explanation);
    }

    [Fact]
    public void Compare_MemberThatPaidButPlacedNothing_ShowsTheUnitDearer()
    {
        var mark = Assert.Single(ConsultantComparison.Compare([Y2025], [new("Mark", Y2025, 120_000m)], [], new Dictionary<string, ParameterHistory<decimal>>()));
        var row = Assert.Single(mark.Periods);
        Assert.Equal((0, 0m, 120_000m), (row.PlacementDays, row.ConsultantCost, row.Difference));
        Assert.EndsWith("inga placeringsdygn, konsulentstött 0,00\u00A0kr; enheten 120\u00A0000,00\u00A0kr dyrare", row.Explanation);
    }

    [Fact]
    public void Compare_PlacementDaysBeforeTheFirstPrice_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => ConsultantComparison.Compare([Range("2024-01-01", "2024-12-31")], [],
            [Placed("P1", "Borås", "H1", "2024-12-01", null)], new Dictionary<string, ParameterHistory<decimal>> { ["Borås"] = BorasPrice }));
        Assert.Contains("the first takes effect 2025-01-01", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Compare_OverlappingPeriodsOrShareForAnotherPeriod_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => ConsultantComparison.Compare([Y2025, Range("2025-07-01", "2026-06-30")],
            [new("Borås", Y2026, 1m)], [], new Dictionary<string, ParameterHistory<decimal>>()));
        Assert.Equal(["periods", "period"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Compare_MemberWithDaysButNoPrice_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => ConsultantComparison.Compare([Y2026], [], [Placed("P1", "Vara", "H1", "2026-03-01", null)],
            new Dictionary<string, ParameterHistory<decimal>>()));
        Assert.Equal(("member Vara", "daily_price"), (ex.Problems[0].Source, ex.Problems[0].Field));
    }
}
