namespace Samverka.Rules.CostAllocation;

/// <summary>A key by which a joint cost is split between members, with its weight.</summary>
/// <remarks>Each member has one value per key (its population, its placement days, 1 for an equal base fee, its
/// statutory share). A key's part of the total is <c>total x weight</c>, split in proportion to the members'
/// values. Source: ../shared/specs/cost-allocation.md.</remarks>
/// <param name="Name">The key's name as in the weights, e.g. <c>size</c>, <c>usage</c>, <c>base</c>.</param>
/// <param name="Weight">The key's weight, 0-1; the weights of all keys sum to exactly 1.</param>
public sealed record AllocationKey(string Name, decimal Weight)
{
    /// <summary>The input field the members' values come from (a CSV column), used in problems; defaults to
    /// <see cref="Name"/>.</summary>
    public string Field { get; init; } = Name;

    /// <summary>The key's name in Swedish explanations, e.g. <c>Storlek</c>; defaults to <see cref="Name"/>.</summary>
    public string Label { get; init; } = Name;

    /// <summary>The unit of the members' values in Swedish explanations, e.g. <c>invånare</c>; may be empty.</summary>
    public string Unit { get; init; } = "";

    /// <summary>The size key: members' populations (column <c>population</c>).</summary>
    public static AllocationKey Size(decimal weight) =>
        new("size", weight) { Field = "population", Label = "Storlek", Unit = "invånare" };

    /// <summary>The usage key: how much each member used the service (column <c>usage</c>), in <paramref name="unit"/>
    /// (placement days, placements, hours: a setting of the organisation).</summary>
    public static AllocationKey Usage(decimal weight, string unit = "dagar") =>
        new("usage", weight) { Field = "usage", Label = "Nyttjande", Unit = unit };

    /// <summary>A base fee split equally: give every member the value 1.</summary>
    public static AllocationKey BaseFee(decimal weight) =>
        new("base", weight) { Field = "base", Label = "Grundavgift", Unit = "medlemmar" };
}

/// <summary>One member of the joint organisation and its value for each key.</summary>
/// <param name="Id">The member's identity; unique; on equal rounding remainders the lower id (ordinal) gets the öre.</param>
/// <param name="KeyValues">One value per key, in the order of <see cref="CostAllocationInput.Keys"/>; none negative.</param>
public sealed record AllocationMember(string Id, IReadOnlyList<decimal> KeyValues)
{
    /// <summary>The line the member came from (CSV line), used in problems; null when not from a file.</summary>
    public int? Line { get; init; }
}

/// <summary>What to allocate: a total, the keys with their weights and the members with their key values.</summary>
/// <param name="Total">The cost for the period in SEK: not negative, whole öre.</param>
/// <param name="Keys">The keys, at least one; the first is the fallback key (normally size).</param>
/// <param name="Members">The members, at least one, ids unique.</param>
public sealed record CostAllocationInput(decimal Total, IReadOnlyList<AllocationKey> Keys, IReadOnlyList<AllocationMember> Members)
{
    /// <summary>Where the members come from (a file name), used in problems about members and keys.</summary>
    public string Source { get; init; } = "members";

    /// <summary>Where the total and the weights come from, used in problems about them.</summary>
    public string ParametersSource { get; init; } = "parameters";

    /// <summary>The name of the total in problems (e.g. <c>--total</c> on the command line).</summary>
    public string TotalField { get; init; } = "total";

    /// <summary>The name of the weights in problems (e.g. <c>--weights</c> on the command line).</summary>
    public string WeightsField { get; init; } = "weights";
}
