using Samverka.Kernel;

namespace Samverka.Rules.CostAllocation;

/// <summary>Splits a joint organisation's cost between its members by weighted keys, exactly to the öre.</summary>
/// <remarks>
/// <para>Exact share of member i: <c>C x sum_k(w_k x K_ik / sum_j K_jk)</c>. Two keys (size, usage) are the usual case;
/// a base fee split equally (every member's value 1) or the Finsam statutory shares (insurance agency 1/2, region
/// 1/4, municipalities 1/4 by the charter's key) are the same mechanism with other keys.</para>
/// <para>A key with weight above zero whose values sum to zero (nobody used the service) has its part split by the
/// first key, normally size: the spec's "when sum U = 0 the usage part is split by size", generalised. When the
/// first key itself sums to zero and a part needs it, the input is refused: there is nothing to split by.</para>
/// <para>Rounding: <see cref="ExactAllocation.ByExactShares"/> (round down to öre, left-over öre by largest
/// remainder, ties to the lower member id, ordinal). Before that each exact share is rounded to
/// <see cref="ExactScale"/> decimals: decimal division carries about 28 significant digits, and without this an
/// amount that is exactly on an öre (or two remainders that are exactly equal) could differ in the 20th decimal
/// and be rounded or tie-broken on that noise. 16 decimals keeps totals up to 10^11 SEK exact to far below an öre.</para>
/// Source: ../shared/specs/cost-allocation.md.
/// </remarks>
public static class CostAllocator
{
    /// <summary>The decimals kept of each exact share before rounding to öre (see remarks).</summary>
    public const int ExactScale = 16;

    /// <summary>Everything wrong with <paramref name="input"/>, in input order; empty when it can be allocated.</summary>
    /// <remarks>Problems about members and keys name <see cref="CostAllocationInput.Source"/>, the member's line and the
    /// key's field; problems about the total and weights name <see cref="CostAllocationInput.ParametersSource"/>.</remarks>
    public static IReadOnlyList<InputProblem> Validate(CostAllocationInput input)
    {
        var problems = new List<InputProblem>();
        var parameters = input.ParametersSource;

        if (input.Total < 0)
            problems.Add(new(parameters, null, input.TotalField, $"the total {Invariant(input.Total)} is negative"));
        if (input.Total != Math.Round(input.Total, 2))
            problems.Add(new(parameters, null, input.TotalField, $"the total {Invariant(input.Total)} has more than two decimals (whole öre)"));

        if (input.Keys.Count == 0)
            problems.Add(new(parameters, null, input.WeightsField, "at least one key with a weight is needed"));
        var weightSum = 0m;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in input.Keys)
        {
            if (!names.Add(key.Name))
                problems.Add(new(parameters, null, input.WeightsField, $"the key '{key.Name}' is given twice"));
            if (key.Weight < 0)
                problems.Add(new(parameters, null, input.WeightsField, $"the weight of '{key.Name}' is negative ({Invariant(key.Weight)})"));
            weightSum += key.Weight;
        }
        if (input.Keys.Count > 0 && weightSum != 1m)
            problems.Add(new(parameters, null, input.WeightsField,
                $"the weights sum to {Invariant(weightSum)}, not 1 ({string.Join(", ", input.Keys.Select(k => $"{k.Name}={Invariant(k.Weight)}"))})"));

        if (input.Members.Count == 0)
            problems.Add(new(input.Source, null, "member_id", "there are no members to allocate to"));
        var seen = new Dictionary<string, AllocationMember>(StringComparer.Ordinal);
        foreach (var member in input.Members)
        {
            if (string.IsNullOrWhiteSpace(member.Id))
                problems.Add(new(input.Source, member.Line, "member_id", "the member id is empty"));
            else if (seen.TryGetValue(member.Id, out var first))
                problems.Add(new(input.Source, member.Line, "member_id",
                    $"the member id '{member.Id}' is a duplicate" + (first.Line is { } l ? $" of line {l}" : "")));
            else
                seen.Add(member.Id, member);

            if (member.KeyValues.Count != input.Keys.Count)
            {
                problems.Add(new(input.Source, member.Line, "(keys)",
                    $"the member has {member.KeyValues.Count} key values, but there are {input.Keys.Count} keys"));
                continue;
            }
            for (var k = 0; k < input.Keys.Count; k++)
                if (member.KeyValues[k] < 0)
                    problems.Add(new(input.Source, member.Line, input.Keys[k].Field,
                        $"the key value {Invariant(member.KeyValues[k])} is negative; keys may be zero but not negative"));
        }

        if (problems.Count == 0 && input.Members.Count > 0 && input.Keys.Count > 0)
        {
            var sums = KeySums(input);
            var needsFirst = input.Keys.Select((key, k) => key.Weight > 0 && (k == 0 || sums[k] == 0)).Any(x => x);
            if (sums[0] == 0 && needsFirst)
                problems.Add(new(input.Source, null, input.Keys[0].Field,
                    $"every member's '{input.Keys[0].Field}' is zero, so there is nothing to split by"));
        }
        return problems;
    }

    /// <summary>Allocates the total; throws <see cref="InputProblemsException"/> with every problem when the input is bad.</summary>
    public static CostAllocationResult Allocate(CostAllocationInput input)
    {
        var problems = Validate(input);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var keys = input.Keys;
        var members = input.Members;
        var sums = KeySums(input);
        var splitBy = new int[keys.Count];
        for (var k = 0; k < keys.Count; k++) splitBy[k] = sums[k] != 0 ? k : 0;

        var parts = new AllocationPart[members.Count][];
        var exact = new decimal[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            parts[i] = new AllocationPart[keys.Count];
            var sum = 0m;
            for (var k = 0; k < keys.Count; k++)
            {
                var s = splitBy[k];
                var value = members[i].KeyValues[s];
                // Multiply before dividing: the part is then exact whenever it can be written in 28 digits.
                var part = keys[k].Weight == 0 || sums[s] == 0 ? 0m : input.Total * keys[k].Weight * value / sums[s];
                parts[i][k] = new AllocationPart(keys[k], keys[s], value, sums[s], part);
                sum += part;
            }
            exact[i] = Math.Round(sum, ExactScale, MidpointRounding.ToEven);
        }

        var allocated = ExactAllocation.ByExactShares(input.Total, exact, members.Select(m => m.Id).ToList());
        var shares = new MemberShare[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var a = allocated[i];
            shares[i] = new MemberShare(members[i].Id, a.Amount, a.Exact, a.RoundedDown, a.RoundingOre, parts[i],
                Explain(input.Total, parts[i], a));
        }
        return new CostAllocationResult(input.Total, keys, shares, Basis(input.Total, keys));
    }

    private static decimal[] KeySums(CostAllocationInput input)
    {
        var sums = new decimal[input.Keys.Count];
        foreach (var m in input.Members)
            for (var k = 0; k < sums.Length; k++) sums[k] += m.KeyValues[k];
        return sums;
    }

    // "Storlek 50 % av 8 400 000,00 kr × 24 000/120 000 invånare = 840 000,00 kr; nyttjande 50 % av … ;
    //  exakt andel = 1 890 000,00 kr; ingen avrundning; andel 1 890 000,00 kr."
    private static string Explain(decimal total, IReadOnlyList<AllocationPart> parts, AllocatedShare share)
    {
        var clauses = new List<string>(parts.Count + 3);
        foreach (var p in parts)
        {
            var head = $"{p.Key.Label} {SwedishNumber.Percent(p.Key.Weight)} av {SwedishNumber.Kronor(total)}";
            if (p.Key.Weight == 0)
            {
                clauses.Add($"{head} = {SwedishNumber.Kronor(0)}");
                continue;
            }
            var unit = p.SplitBy.Unit.Length > 0 ? "\u00A0" + p.SplitBy.Unit : "";
            var fallback = p.FellBack
                ? $" fördelas efter {p.SplitBy.Label.ToLowerInvariant()} eftersom summan av {p.Key.Label.ToLowerInvariant()} är 0:"
                : "";
            clauses.Add($"{head}{fallback} × {SwedishNumber.Value(p.MemberValue)}/{SwedishNumber.Value(p.KeySum)}{unit} {SwedishNumber.ExactKronor(p.Exact)}");
        }
        for (var c = 1; c < clauses.Count; c++) clauses[c] = LowerFirst(clauses[c]);
        clauses.Add($"exakt andel {SwedishNumber.ExactKronor(share.Exact)}");
        clauses.Add(share.RoundingOre == 0
            ? (share.Exact == share.RoundedDown ? "ingen avrundning" : $"avrundad nedåt till {SwedishNumber.Kronor(share.RoundedDown)}")
            : $"avrundad nedåt till {SwedishNumber.Kronor(share.RoundedDown)}, avrundning +{SwedishNumber.Kronor(share.RoundingOre)} (största avrundningsrest)");
        clauses.Add($"andel {SwedishNumber.Kronor(share.Amount)}");
        return string.Join("; ", clauses) + ".";
    }

    private static string Basis(decimal total, IReadOnlyList<AllocationKey> keys) =>
        $"{SwedishNumber.Kronor(total)} fördelat efter " +
        string.Join(", ", keys.Select(k => $"{k.Label.ToLowerInvariant()} {SwedishNumber.Percent(k.Weight)}")) +
        "; avrundat till hela ören med största rest, lika rest till lägsta medlems-id.";

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Invariant(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
