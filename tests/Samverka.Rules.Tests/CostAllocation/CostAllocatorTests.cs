using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.CostAllocation;

namespace Samverka.Rules.Tests.CostAllocation;

public class CostAllocatorTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Members as "id:population:usage|id:population:usage", weights size/usage.</summary>
    private static CostAllocationResult Allocate(string total, string members, string size = "0.5", string usage = "0.5") =>
        CostAllocator.Allocate(new CostAllocationInput(D(total), [AllocationKey.Size(D(size)), AllocationKey.Usage(D(usage))],
            members.Split('|').Select((m, i) => m.Split(':') is var f
                ? new AllocationMember(f[0], [D(f[1]), D(f[2])]) { Line = i + 2 } : null!).ToList()));

    private static string Amounts(CostAllocationResult r) =>
        string.Join("|", r.Shares.Select(s => $"{s.MemberId}={s.Amount.ToString("0.00", CultureInfo.InvariantCulture)}"));

    [Theory]
    // A = 1 000 000 × (0.5×30 000/40 000 + 0.5×100/400) = 375 000 + 125 000; B = 125 000 + 375 000
    [InlineData("1000000.00", "A:30000:100|B:10000:300", "0.5", "0.5", "A=500000.00|B=500000.00")]
    // spec example: K01 = 8 400 000 × (0.5×24 000/120 000 + 0.5×300/1 200) = 840 000 + 1 050 000; K02 = 3 360 000 + 3 150 000
    [InlineData("8400000.00", "K01:24000:300|K02:96000:900", "0.5", "0.5", "K01=1890000.00|K02=6510000.00")]
    // size only: 1 000 × 1/4 and × 3/4
    [InlineData("1000.00", "A:1:7|B:3:0", "1", "0", "A=250.00|B=750.00")]
    // usage only: 1 000 × 7/7 and × 0/7
    [InlineData("1000.00", "A:1:7|B:3:0", "0", "1", "A=1000.00|B=0.00")]
    // 0.30 × 1/3 = 0.10 exactly each: no öre to hand out
    [InlineData("0.30", "A:1:0|B:1:0|C:1:0", "1", "0", "A=0.10|B=0.10|C=0.10")]
    // 0.10 × 1/3 = 0.0333… → 0.03, 0.10 × 2/3 = 0.0666… → 0.06; 0.01 left goes to the larger remainder (B: 0.0066… > A: 0.0033…)
    [InlineData("0.10", "A:1:0|B:2:0", "1", "0", "A=0.03|B=0.07")]
    // a zero total gives zero shares
    [InlineData("0.00", "A:1:1|B:2:3", "0.5", "0.5", "A=0.00|B=0.00")]
    public void Allocate_TableOfDerivations(string total, string members, string size, string usage, string expected) =>
        Assert.Equal(expected, Amounts(Allocate(total, members, size, usage)));

    [Fact]
    public void Allocation_WhenUsageIsZero_SplitsBySize()
    {
        // Σ usage = 0: the usage half is split 30 000/40 000 like the size half: A = 1 000 × (0.5×0.75 + 0.5×0.75) = 750
        var r = Allocate("1000.00", "A:30000:0|B:10000:0");
        Assert.Equal("A=750.00|B=250.00", Amounts(r));
        var usagePart = r.Shares[0].Parts[1];
        Assert.True(usagePart.FellBack);
        Assert.Equal("size", usagePart.SplitBy.Name);
        Assert.Equal(375m, usagePart.Exact);
        Assert.Contains("fördelas efter storlek eftersom summan av nyttjande är 0", r.Shares[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_OnEqualRemainders_GivesTheOreToTheLowerMemberId()
    {
        // 100.00 / 3 = 33.333… each: 3 × 33.33 = 99.99, the one öre left goes to the lowest id (ordinal), not the first row.
        var r = Allocate("100.00", "C:1:1|B:1:1|A:1:1");
        Assert.Equal("C=33.33|B=33.33|A=33.34", Amounts(r));
        Assert.Equal(0.01m, r.Shares[2].RoundingOre);
        Assert.Equal(33.33m, r.Shares[2].RoundedDown);
    }

    [Fact]
    public void Rounding_EqualRemaindersReachedByDifferentKeys_StillTieByMemberId()
    {
        // A's 1/3 comes from size, B's 1/3 from usage: decimal noise must not break the tie (exact shares are kept to 16 decimals).
        // size 0.5: A 2/3, B 0, C 1/3 of 1.00 × 0.5; usage 0.5: A 0, B 2/3, C 1/3.  A = B = 0.3333…, C = 0.3333…
        var r = Allocate("1.00", "B:0:2|A:2:0|C:1:1");
        Assert.Equal("B=0.33|A=0.34|C=0.33", Amounts(r));
    }

    [Fact]
    public void Explanation_SaysSizePartUsagePartAndRounding()
    {
        var r = Allocate("8400000.00", "K01:24000:300|K02:96000:900");
        Assert.Equal(
            "Storlek 50 % av 8 400 000,00 kr × 24 000/120 000 invånare = 840 000,00 kr; " +
            "nyttjande 50 % av 8 400 000,00 kr × 300/1 200 dagar = 1 050 000,00 kr; " +
            "exakt andel = 1 890 000,00 kr; ingen avrundning; andel 1 890 000,00 kr.",
            r.Shares[0].Explanation.Replace('\u00A0', ' '));
        Assert.Equal(840000m, r.Shares[0].Parts[0].Exact);
        Assert.Equal(1050000m, r.Shares[0].Parts[1].Exact);
    }

    [Fact]
    public void Explanation_WithRoundingOre_SaysSo()
    {
        var r = Allocate("100.00", "A:1:1|B:1:1|C:1:1");
        Assert.EndsWith("exakt andel ≈ 33,3333 kr; avrundad nedåt till 33,33 kr, avrundning +0,01 kr (största avrundningsrest); andel 33,34 kr.",
            r.Shares[0].Explanation.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_WithBaseFeeSizeAndUsage_AddsThreeParts()
    {
        // base 20 %: 200/2 = 100 each; size 40 %: 400 × 1/4 = 100, × 3/4 = 300; usage 40 %: 400 × 1/1 = 400, × 0 = 0
        var input = new CostAllocationInput(1000m,
            [AllocationKey.BaseFee(0.2m), AllocationKey.Size(0.4m), AllocationKey.Usage(0.4m)],
            [new AllocationMember("A", [1m, 1m, 1m]), new AllocationMember("B", [1m, 3m, 0m])]);
        var r = CostAllocator.Allocate(input);
        Assert.Equal("A=600.00|B=400.00", Amounts(r));
        Assert.Equal([100m, 100m, 400m], r.Shares[0].Parts.Select(p => p.Exact));
    }

    [Fact]
    public void Allocate_FinsamStatutoryShares_AreTheSameMechanism()
    {
        // Försäkringskassan 1/2, region 1/4, municipalities together 1/4 by population (30 000 : 10 000):
        // 4 000 000 × 1/2 = 2 000 000; × 1/4 = 1 000 000; × 1/4 × 3/4 = 750 000; × 1/4 × 1/4 = 250 000
        var input = new CostAllocationInput(4_000_000m,
            [new AllocationKey("state", 0.5m), new AllocationKey("region", 0.25m), new AllocationKey("municipalities", 0.25m)],
            [
                new AllocationMember("FK", [1m, 0m, 0m]),
                new AllocationMember("REG", [0m, 1m, 0m]),
                new AllocationMember("KA", [0m, 0m, 30000m]),
                new AllocationMember("KB", [0m, 0m, 10000m]),
            ]);
        Assert.Equal("FK=2000000.00|REG=1000000.00|KA=750000.00|KB=250000.00", Amounts(CostAllocator.Allocate(input)));
    }

    [Fact]
    public void Validate_ReportsEveryProblemWithSourceLineAndField()
    {
        var input = new CostAllocationInput(100.005m, [AllocationKey.Size(0.6m), AllocationKey.Usage(0.5m)],
            [
                new AllocationMember("A", [-1m, 1m]) { Line = 2 },
                new AllocationMember("B", [1m, -2m]) { Line = 3 },
                new AllocationMember("A", [1m, 1m]) { Line = 4 },
            ])
        { Source = "members.csv", ParametersSource = "(command line)", TotalField = "--total", WeightsField = "--weights" };
        var problems = CostAllocator.Validate(input).Select(p => $"{p.Source}:{p.Line}:{p.Field}").ToList();
        Assert.Equal(
            ["(command line)::--total", "(command line)::--weights", "members.csv:2:population", "members.csv:3:usage", "members.csv:4:member_id"],
            problems);
        var e = Assert.Throws<InputProblemsException>(() => CostAllocator.Allocate(input));
        Assert.Equal(5, e.Problems.Count);
        Assert.Contains("duplicate of line 2", e.Problems[4].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.5", "0.4999999999")] // weights must sum to exactly 1, not nearly
    [InlineData("0.7", "0.7")]
    [InlineData("-0.5", "1.5")]
    public void Validate_WeightsNotSummingToOneOrNegative_AreRefused(string size, string usage)
    {
        var input = new CostAllocationInput(1m, [AllocationKey.Size(D(size)), AllocationKey.Usage(D(usage))], [new AllocationMember("A", [1m, 1m])]);
        Assert.Contains(CostAllocator.Validate(input), p => p.Field == "weights");
    }

    [Fact]
    public void Validate_NoMembers_IsAProblem()
    {
        var input = new CostAllocationInput(1m, [AllocationKey.Size(1m)], []);
        Assert.Equal("member_id", Assert.Single(CostAllocator.Validate(input)).Field);
    }

    [Fact]
    public void Validate_SizeSumsToZeroWhenNeeded_IsAProblem()
    {
        var input = new CostAllocationInput(1m, [AllocationKey.Size(0.5m), AllocationKey.Usage(0.5m)],
            [new AllocationMember("A", [0m, 1m]), new AllocationMember("B", [0m, 1m])]);
        Assert.Equal("population", Assert.Single(CostAllocator.Validate(input)).Field);

        // With weight 0 on size and usage present, size is not needed.
        var usageOnly = input with { Keys = [AllocationKey.Size(0m), AllocationKey.Usage(1m)] };
        Assert.Empty(CostAllocator.Validate(usageOnly));
    }
}
