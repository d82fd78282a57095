namespace Samverka.Kernel;

/// <summary>One party's part of an exact allocation.</summary>
/// <param name="Exact">The unrounded share.</param>
/// <param name="RoundedDown">The exact share rounded down to whole öre.</param>
/// <param name="RoundingOre">The öre given back by the largest-remainder step: 0.00 or 0.01.</param>
public readonly record struct AllocatedShare(decimal Exact, decimal RoundedDown, decimal RoundingOre)
{
    /// <summary>The amount to charge or pay: rounded-down share plus rounding öre.</summary>
    public decimal Amount => RoundedDown + RoundingOre;
}

/// <summary>Splits an amount exactly to the öre by the largest-remainder method.</summary>
/// <remarks>Each exact share is rounded down to whole öre; the öre left over go one each to the parties with
/// the largest discarded fractions, ties to the lower key (ordinal). The amounts then sum to the total exactly.
/// Source: ../shared/specs/cost-allocation.md.</remarks>
public static class ExactAllocation
{
    private const decimal Tolerance = 0.000000000001m;

    /// <summary>Allocates <paramref name="total"/> (whole öre, not negative) given each party's exact share.</summary>
    /// <param name="total">The amount to split.</param>
    /// <param name="exactShares">Unrounded shares, not negative, summing to the total (up to decimal precision).</param>
    /// <param name="tieBreakKeys">One key per party; on equal fractions the lower key (ordinal) gets the öre.</param>
    public static AllocatedShare[] ByExactShares(decimal total, IReadOnlyList<decimal> exactShares, IReadOnlyList<string> tieBreakKeys)
    {
        if (total < 0) throw new ArgumentOutOfRangeException(nameof(total), total, "The total must not be negative.");
        if (total != Math.Round(total, 2)) throw new ArgumentException($"The total {total} has more than two decimals.", nameof(total));
        if (exactShares.Count != tieBreakKeys.Count) throw new ArgumentException("One tie-break key is needed per share.", nameof(tieBreakKeys));
        var n = exactShares.Count;
        if (n == 0)
        {
            if (total != 0) throw new ArgumentException("A non-zero total needs at least one party.", nameof(exactShares));
            return [];
        }

        // The shares must describe the total: decimal division leaves at most a few units in the 20th decimal.
        var sumExact = 0m;
        foreach (var share in exactShares) sumExact += share;
        if (Math.Abs(sumExact - total) > Tolerance)
            throw new ArgumentException($"The shares sum to {sumExact}, not to the total {total}.", nameof(exactShares));

        var result = new AllocatedShare[n];
        var fractions = new decimal[n];
        var sumDown = 0m;
        for (var i = 0; i < n; i++)
        {
            var exact = exactShares[i];
            if (exact < 0) throw new ArgumentOutOfRangeException(nameof(exactShares), exact, $"Share {i} is negative.");
            var down = decimal.Floor(exact * 100m) / 100m;
            fractions[i] = exact - down;
            sumDown += down;
            result[i] = new AllocatedShare(exact, down, 0m);
        }

        var leftoverOre = (int)((total - sumDown) * 100m);
        if (leftoverOre < 0 || leftoverOre > n)
            throw new ArgumentException($"The shares sum to {sumDown}, which cannot be rounded to the total {total}.", nameof(exactShares));

        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => fractions[i])
            .ThenBy(i => tieBreakKeys[i], StringComparer.Ordinal)
            .Take(leftoverOre);
        foreach (var i in order) result[i] = result[i] with { RoundingOre = 0.01m };
        return result;
    }

    /// <summary>Allocates <paramref name="total"/> in proportion to <paramref name="weights"/>.</summary>
    /// <remarks>When every weight is zero the total is split equally.</remarks>
    public static AllocatedShare[] ByWeights(decimal total, IReadOnlyList<decimal> weights, IReadOnlyList<string> tieBreakKeys)
    {
        var sum = 0m;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentOutOfRangeException(nameof(weights), w, "A weight must not be negative.");
            sum += w;
        }
        var exact = new decimal[weights.Count];
        for (var i = 0; i < exact.Length; i++)
            exact[i] = sum == 0 ? total / weights.Count : total * (weights[i] / sum);
        return ByExactShares(total, exact, tieBreakKeys);
    }
}
