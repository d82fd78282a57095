namespace Samverka.Rules.CostAllocation;

/// <summary>One key's part of one member's share: <c>total x weight x value / sum of values</c>.</summary>
/// <param name="Key">The key whose weight this part carries.</param>
/// <param name="SplitBy">The key whose values split the part: <see cref="Key"/> itself, or the first key when
/// <see cref="Key"/>'s values sum to zero (for example nobody used the service, so usage is split by size).</param>
/// <param name="MemberValue">The member's value of <see cref="SplitBy"/>.</param>
/// <param name="KeySum">The sum of all members' values of <see cref="SplitBy"/>.</param>
/// <param name="Exact">The unrounded part in SEK.</param>
public sealed record AllocationPart(AllocationKey Key, AllocationKey SplitBy, decimal MemberValue, decimal KeySum, decimal Exact)
{
    /// <summary>Whether the part was split by the first key because this key's values sum to zero.</summary>
    public bool FellBack => !ReferenceEquals(Key, SplitBy);
}

/// <summary>One member's share of the total, with how it was reached.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Amount">The share to charge: <see cref="RoundedDown"/> plus <see cref="RoundingOre"/>.</param>
/// <param name="Exact">The unrounded share: the sum of the parts.</param>
/// <param name="RoundedDown">The exact share rounded down to whole öre.</param>
/// <param name="RoundingOre">0.00 or 0.01: the öre given by the largest-remainder step.</param>
/// <param name="Parts">One part per key, in the order of the keys.</param>
/// <param name="Explanation">The derivation in one Swedish sentence.</param>
public sealed record MemberShare(
    string MemberId,
    decimal Amount,
    decimal Exact,
    decimal RoundedDown,
    decimal RoundingOre,
    IReadOnlyList<AllocationPart> Parts,
    string Explanation);

/// <summary>The result of an allocation: one share per member, in input order, summing exactly to the total.</summary>
/// <param name="Total">The allocated total.</param>
/// <param name="Keys">The keys and weights used.</param>
/// <param name="Shares">One share per member, in the order of the input.</param>
/// <param name="Basis">The basis in one Swedish sentence: total, keys and weights.</param>
public sealed record CostAllocationResult(
    decimal Total,
    IReadOnlyList<AllocationKey> Keys,
    IReadOnlyList<MemberShare> Shares,
    string Basis);
