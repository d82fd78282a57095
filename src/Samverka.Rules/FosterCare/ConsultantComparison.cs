using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>What a member paid through the unit for a period: its allocated share (from the cost split).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Period">The period the share is for.</param>
/// <param name="Amount">The share, kr.</param>
public sealed record PaidShare(string MemberId, DateRange Period, decimal Amount);

/// <summary>The placement days of a period that fall under one version of the consultant price.</summary>
/// <param name="Version">The daily price version, with its decision.</param>
/// <param name="Days">Placement days priced by it.</param>
/// <param name="Amount">Days × daily price, rounded to öre half away from zero.</param>
public sealed record PriceSegment(DatedValue<decimal> Version, int Days, decimal Amount);

/// <summary>One member's comparison for one period, with the running totals from the first period.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Period">The period.</param>
/// <param name="Paid">Paid through the unit (0 when no share is given for the period).</param>
/// <param name="PlacementDays">The member's placement days in the period.</param>
/// <param name="Segments">The days by price version, oldest version first.</param>
/// <param name="ConsultantCost">What the days would have cost in consultant-supported homes: the segments' sum.</param>
/// <param name="Difference">Paid − consultant cost: negative when the unit was cheaper.</param>
/// <param name="CumulativePaid">Paid, summed over this and the earlier periods.</param>
/// <param name="CumulativeConsultantCost">Consultant cost, summed likewise.</param>
/// <param name="CumulativeDifference">Difference, summed likewise.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record PeriodComparison(string MemberId, DateRange Period, decimal Paid, int PlacementDays, IReadOnlyList<PriceSegment> Segments,
    decimal ConsultantCost, decimal Difference, decimal CumulativePaid, decimal CumulativeConsultantCost, decimal CumulativeDifference, string Explanation);

/// <summary>One member's comparison over all periods.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Periods">One row per period, in time order; the last row's cumulative columns are the totals.</param>
public sealed record MemberComparison(string MemberId, IReadOnlyList<PeriodComparison> Periods);

/// <summary>What each member paid through the unit against what its placement days would have cost as
/// consultant-supported homes (konsulentstött familjehem) at its own dated daily price.</summary>
/// <remarks>Each placement day is priced at the version in force on that day, so a period across a price change is
/// split by date. Each version's amount is rounded to öre; the period's cost is their sum.</remarks>
public static class ConsultantComparison
{
    /// <summary>Compares per member and period; members are those with a paid share or a placement day in a period,
    /// ordered by id (ordinal).</summary>
    /// <param name="periods">The periods, not overlapping (any order; rows come in time order).</param>
    /// <param name="paid">Shares paid, at most one per member and period; each period must be one of <paramref name="periods"/>.</param>
    /// <param name="placements">The placements.</param>
    /// <param name="dailyPrices">Per member, the consultant daily price (kr/dygn) with its decisions.</param>
    /// <exception cref="InputProblemsException">Overlapping periods, a share for an unknown period or given twice, a member
    /// with placement days but no price in force on one of them; every problem, nothing compared.</exception>
    public static IReadOnlyList<MemberComparison> Compare(IReadOnlyList<DateRange> periods, IReadOnlyList<PaidShare> paid,
        IReadOnlyList<Placement> placements, IReadOnlyDictionary<string, ParameterHistory<decimal>> dailyPrices)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(dailyPrices);
        var problems = new List<InputProblem>();
        var ordered = periods.Distinct().OrderBy(p => p.Start).ToArray();
        for (var i = 1; i < ordered.Length; i++)
            if (ordered[i].Overlaps(ordered[i - 1]))
                problems.Add(new InputProblem("comparison", null, "periods", $"the periods {ordered[i - 1]} and {ordered[i]} overlap; days would be counted twice"));
        foreach (var share in paid)
            if (!ordered.Contains(share.Period))
                problems.Add(new InputProblem($"member {share.MemberId}", null, "period", $"a share is paid for {share.Period}, which is not one of the periods compared"));
        foreach (var dup in paid.GroupBy(s => (s.MemberId, s.Period)).Where(g => g.Count() > 1))
            problems.Add(new InputProblem($"member {dup.Key.MemberId}", null, "period", $"{dup.Count()} shares are given for {dup.Key.Period}"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var usage = ordered.Select(period => UsageMetering.Measure(period, placements, []).ToDictionary(u => u.MemberId, StringComparer.Ordinal)).ToArray();
        var members = new SortedSet<string>(paid.Select(s => s.MemberId), StringComparer.Ordinal);
        foreach (var u in usage) foreach (var m in u.Keys) members.Add(m);

        var result = new List<MemberComparison>();
        foreach (var member in members)
        {
            var rows = new List<PeriodComparison>();
            decimal cumPaid = 0m, cumCost = 0m;
            dailyPrices.TryGetValue(member, out var prices);
            for (var i = 0; i < ordered.Length; i++)
            {
                var period = ordered[i];
                var amountPaid = paid.Where(s => s.MemberId == member && s.Period == period).Sum(s => s.Amount);
                var days = usage[i].TryGetValue(member, out var u) ? u.Placements.Select(x => x.Days).ToArray() : [];
                var segments = Price(member, days, prices, problems);
                var cost = segments.Sum(s => s.Amount);
                var dayCount = days.Sum(d => d.DayCount);
                cumPaid += amountPaid;
                cumCost += cost;
                rows.Add(new PeriodComparison(member, period, amountPaid, dayCount, segments, cost, amountPaid - cost,
                    cumPaid, cumCost, cumPaid - cumCost, Explain(period, amountPaid, dayCount, segments, cost, prices)));
            }
            result.Add(new MemberComparison(member, rows));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return result;
    }

    private static IReadOnlyList<PriceSegment> Price(string member, IReadOnlyList<DateRange> days, ParameterHistory<decimal>? prices, List<InputProblem> problems)
    {
        if (days.Count == 0) return [];
        if (prices is null)
        {
            problems.Add(new InputProblem($"member {member}", null, "daily_price", $"no consultant daily price is given, but the member has placement days from {FosterCareText.Date(days.Min(d => d.Start))}"));
            return [];
        }
        var byVersion = new SortedDictionary<DateOnly, (DatedValue<decimal> Version, int Days)>();
        foreach (var range in days)
        {
            var versions = prices.Values;
            var first = versions.Count > 0 ? versions[0].EffectiveFrom : DateOnly.MaxValue;
            if (range.Start < first)
            {
                problems.Add(new InputProblem($"member {member}", null, "daily_price", string.Create(CultureInfo.InvariantCulture,
                    $"no version of '{prices.Name}' is in force on {range.Start:yyyy-MM-dd}, a placement day") +
                    (versions.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; the first takes effect {first:yyyy-MM-dd}") : "")));
                continue;
            }
            for (var v = 0; v < versions.Count; v++)
            {
                var validUntil = v + 1 < versions.Count ? versions[v + 1].EffectiveFrom.AddDays(-1) : DateOnly.MaxValue;
                if (validUntil < versions[v].EffectiveFrom) continue;
                if (range.Intersect(new DateRange(versions[v].EffectiveFrom, validUntil)) is not { } part) continue;
                var key = versions[v].EffectiveFrom;
                byVersion[key] = byVersion.TryGetValue(key, out var acc) ? (acc.Version, acc.Days + part.DayCount) : (versions[v], part.DayCount);
            }
        }
        return byVersion.Values
            .Select(x => new PriceSegment(x.Version, x.Days, Math.Round(x.Days * x.Version.Value, 2, MidpointRounding.AwayFromZero)))
            .ToArray();
    }

    private static string Explain(DateRange period, decimal paid, int days, IReadOnlyList<PriceSegment> segments, decimal cost, ParameterHistory<decimal>? prices)
    {
        var text = $"{FosterCareText.Range(period)}: betalt via enheten {FosterCareText.Kronor(paid)}; ";
        if (days == 0) text += $"inga placeringsdygn, konsulentstött {FosterCareText.Kronor(0m)}";
        else
        {
            var parts = segments.Select(s =>
                $"{s.Days} × {FosterCareText.Kronor(s.Version.Value)} ({FosterCareText.From(s.Version.EffectiveFrom)}, {s.Version.Decision.Reference})");
            text += $"{days} placeringsdygn som konsulentstött familjehem{(prices is null ? "" : $" ({prices.Name})")}: {string.Join(" + ", parts)} = {FosterCareText.Kronor(cost)}";
        }
        var diff = paid - cost;
        text += diff switch
        {
            < 0 => $"; enheten {FosterCareText.Kronor(-diff)} billigare",
            > 0 => $"; enheten {FosterCareText.Kronor(diff)} dyrare",
            _ => "; lika",
        };
        return text;
    }
}
