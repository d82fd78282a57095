using CsCheck;
using Samverka.Rules.CostAllocation;

namespace Samverka.Rules.Tests.CostAllocation;

public class CostAllocatorProperties
{
    // Members with population 1..10^6 and usage 0..2 000 (often all zero), weight of size 0..100 %, totals up to 10^10 SEK.
    private static readonly Gen<CostAllocationInput> Inputs =
        Gen.Select(
            Gen.Long[0, 1_000_000_000_000],
            Gen.Int[0, 100],
            Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 2_000], Gen.Bool).Array[1, 9])
        .Select((ore, sizePercent, rows) => new CostAllocationInput(
            ore / 100m,
            [AllocationKey.Size(sizePercent / 100m), AllocationKey.Usage(1m - sizePercent / 100m)],
            rows.Select((r, i) => new AllocationMember($"M{i:D2}", [r.Item1, r.Item3 ? r.Item2 : 0m])).ToList()));

    [Fact]
    public void Shares_AlwaysSumExactlyToTheTotal() =>
        Inputs.Sample(input =>
        {
            var r = CostAllocator.Allocate(input);
            Assert.Equal(input.Total, r.Shares.Sum(s => s.Amount));
            Assert.All(r.Shares, s => Assert.True(Math.Abs(s.Amount - s.Exact) < 0.01m, $"{s.MemberId}: {s.Amount} vs {s.Exact}"));
        }, iter: 2000);

    [Fact]
    public void Shares_DoNotDependOnMemberOrder() =>
        Gen.Select(Inputs, Gen.Int).Sample((input, seed) =>
        {
            var shuffled = input with { Members = input.Members.OrderBy(_ => Random.Shared.Next()).ThenBy(m => seed).ToList() };
            var a = CostAllocator.Allocate(input).Shares.ToDictionary(s => s.MemberId, s => s.Amount);
            var b = CostAllocator.Allocate(shuffled).Shares.ToDictionary(s => s.MemberId, s => s.Amount);
            Assert.Equal(a.OrderBy(x => x.Key), b.OrderBy(x => x.Key));
        }, iter: 1000);

    /// <summary>Raising one of member i's keys never lowers its share, exact or rounded.</summary>
    /// <remarks>Largest remainder keeps this for one member's own key: i's exact share rises and every other exact share
    /// falls (or stays). A member ranked above i for the left-over öre afterwards either was above i before (its
    /// remainder only fell, i's only rose) or had its whole-öre part drop, which frees one more öre to hand out. So if i
    /// had an öre before it still has one, unless its own whole-öre part rose by that öre. Both roundings (to 28
    /// digits, then to <see cref="CostAllocator.ExactScale"/> decimals) are monotone, so ties cannot turn against i.</remarks>
    [Fact]
    public void RaisingAMembersKey_NeverLowersItsShare() =>
        Gen.Select(Inputs, Gen.Int[0, 8], Gen.Int[1, 1_000_000], Gen.Bool).Sample((input, index, raise, usage) =>
        {
            var i = index % input.Members.Count;
            var k = usage ? 1 : 0;
            var members = input.Members.ToList();
            var values = members[i].KeyValues.ToArray();
            values[k] += usage ? raise % 500 + 1 : raise;
            members[i] = members[i] with { KeyValues = values };
            var before = CostAllocator.Allocate(input).Shares[i];
            var after = CostAllocator.Allocate(input with { Members = members }).Shares[i];
            Assert.True(after.Exact >= before.Exact, $"exact {before.Exact} -> {after.Exact}");
            Assert.True(after.Amount >= before.Amount, $"amount {before.Amount} -> {after.Amount}");
        }, iter: 3000);

    [Fact]
    public void RaisingAKey_ByATinyAmount_KeepsTheRoundingOre()
    {
        // 1.00 by size among A, B, C with 1 each: 0.3333… each, the öre to A (lowest id): 0.34, 0.33, 0.33.
        // A 1.0001: A 0.333355…, B = C 0.333322…: A still has the largest remainder and keeps 0.34.
        Assert.Equal(0.34m, Shares(1.00m, [("A", 1m), ("B", 1m), ("C", 1m)])["A"]);
        Assert.Equal(0.34m, Shares(1.00m, [("A", 1.0001m), ("B", 1m), ("C", 1m)])["A"]);
        // C instead of A raised: C 0.333355… now has the largest remainder and takes the öre from A.
        var raisedC = Shares(1.00m, [("A", 1m), ("B", 1m), ("C", 1.0001m)]);
        Assert.Equal((0.33m, 0.34m), (raisedC["A"], raisedC["C"]));
    }

    private static Dictionary<string, decimal> Shares(decimal total, (string Id, decimal Size)[] members) =>
        CostAllocator.Allocate(new CostAllocationInput(total, [AllocationKey.Size(1m)],
                members.Select(m => new AllocationMember(m.Id, [m.Size])).ToList()))
            .Shares.ToDictionary(s => s.MemberId, s => s.Amount);
}
