using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.CostAllocation;
using Samverka.Rules.FosterCare;

namespace Samverka.Rules.Tests.FosterCare;

public class UsageKeysTests
{
    // Metered in 2026: 412 placement days in 2 placements, 14.5 support hours.
    private static readonly MemberUsage Metered = new("Borås", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), 412, 2, 14.5m, []);

    [Theory]
    // nothing entered: the metered usage in the measure in force
    [InlineData(null, null, UsageMeasure.PlacementDays, 412, false, "2026-01-01..2026-12-31: 412 placeringsdygn i 2 placeringar, 14,5 stödtimmar")]
    [InlineData(null, null, UsageMeasure.PlacementCount, 2, false, "2026-01-01..2026-12-31: 412 placeringsdygn i 2 placeringar, 14,5 stödtimmar")]
    [InlineData(null, null, UsageMeasure.SupportHours, 14.5, false, "2026-01-01..2026-12-31: 412 placeringsdygn i 2 placeringar, 14,5 stödtimmar")]
    // entered in the measure in force: the entered value, said in its measure
    [InlineData(1200.0, UsageMeasure.PlacementDays, UsageMeasure.PlacementDays, 1200, true, "Nyttjande inmatat av enheten: 1\u00a0200 placeringsdygn")]
    [InlineData(3.0, UsageMeasure.PlacementCount, UsageMeasure.PlacementCount, 3, true, "Nyttjande inmatat av enheten: 3 placeringar")]
    [InlineData(7.5, UsageMeasure.SupportHours, UsageMeasure.SupportHours, 7.5, true, "Nyttjande inmatat av enheten: 7,5 stödtimmar")]
    // zero entered is a value, not "metered"
    [InlineData(0.0, UsageMeasure.SupportHours, UsageMeasure.SupportHours, 0, true, "Nyttjande inmatat av enheten: 0 stödtimmar")]
    public void Choose_InTheMeasureInForce_UsesTheEnteredValueElseTheMetered(double? value, UsageMeasure? measure, UsageMeasure inForce, double expected, bool entered, string explanation)
    {
        var key = UsageKeys.Choose("Borås kommun", Metered, value is { } v ? new EnteredUsage((decimal)v, measure!.Value) : null, inForce);
        Assert.Equal(((decimal)expected, entered, explanation), (key.Value, key.Entered, key.Explanation));
    }

    [Theory]
    [InlineData(1200, UsageMeasure.PlacementDays, UsageMeasure.SupportHours,
        "Borås kommun: usage entered in placement days (1200), but the weights in force measure support hours; enter it again in support hours or remove it")]
    [InlineData(7.5, UsageMeasure.SupportHours, UsageMeasure.PlacementDays,
        "Borås kommun: usage entered in support hours (7.5), but the weights in force measure placement days; enter it again in placement days or remove it")]
    [InlineData(3, UsageMeasure.PlacementCount, UsageMeasure.PlacementDays,
        "Borås kommun: usage entered in placements (3), but the weights in force measure placement days; enter it again in placement days or remove it")]
    public void Choose_InAnotherMeasure_IsRefusedNamingTheMemberAndBothMeasures(double value, UsageMeasure measure, UsageMeasure inForce, string message)
    {
        var e = Assert.Throws<InputProblemsException>(() => UsageKeys.Choose("Borås kommun", Metered, new EnteredUsage((decimal)value, measure), inForce));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("keys", "EnteredUsage", message), (problem.Source, problem.Field, problem.Message));
    }

    [Fact]
    public void Split_WithAnEnteredKey_DividesTheUsagePartByIt()
    {
        // 1 200 000 kr, size 0.4 / usage 0.6 in support hours; Borås entered 7.5 h, Mark metered 14.5 h, populations 100 000 and 50 000.
        var boras = UsageKeys.Choose("Borås kommun", Metered, new EnteredUsage(7.5m, UsageMeasure.SupportHours), UsageMeasure.SupportHours);
        var mark = UsageKeys.Choose("Mark kommun", Metered with { MemberId = "Mark" }, null, UsageMeasure.SupportHours);
        var result = CostAllocator.Allocate(new CostAllocationInput(1_200_000m, [AllocationKey.Size(0.4m), AllocationKey.Usage(0.6m, "stödtimmar")],
            [new AllocationMember("Borås", [100_000m, boras.Value]), new AllocationMember("Mark", [50_000m, mark.Value])]));
        Assert.Equal(1_200_000m * 0.6m * 7.5m / (7.5m + 14.5m), result.Shares[0].Parts[1].Exact);
        Assert.Equal(1_200_000m * 0.6m * 14.5m / (7.5m + 14.5m), result.Shares[1].Parts[1].Exact);
        Assert.Equal(1_200_000m, result.Shares.Sum(s => s.Amount));
    }

    [Fact]
    public void Choose_NeverReadsAValueInAnotherMeasure()
    {
        var measures = Gen.Enum<UsageMeasure>();
        Gen.Select(Gen.Int[0, 100_000], measures, measures).Sample((hundredths, entered, inForce) =>
        {
            var value = hundredths / 100m;
            var given = new EnteredUsage(value, entered);
            if (entered == inForce) return UsageKeys.Choose("M", Metered, given, inForce).Value == value;
            return UsageKeys.Mismatch("M", given, inForce) is not null
                   && Assert.Throws<InputProblemsException>(() => UsageKeys.Choose("M", Metered, given, inForce)).Problems.Count == 1;
        });
    }
}
