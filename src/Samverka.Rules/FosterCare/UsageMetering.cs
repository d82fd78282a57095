using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>Hours of support the unit gave on a day, booked to the member whose placement it served.</summary>
/// <param name="MemberId">The member the hours are booked to.</param>
/// <param name="HomeId">The home supported, if the hours concern one.</param>
/// <param name="Date">The day of the support.</param>
/// <param name="Hours">Hours (not negative; decimals allowed, for example 1,5).</param>
public sealed record SupportHoursEntry(string MemberId, string? HomeId, DateOnly Date, decimal Hours)
{
    /// <summary>Hours (not negative).</summary>
    public decimal Hours { get; } = Hours >= 0 ? Hours : throw new ArgumentOutOfRangeException(nameof(Hours), Hours, "Support hours must not be negative.");
}

/// <summary>The part of one placement that lies in a period.</summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="HomeId">Its home.</param>
/// <param name="Days">The placement's days clipped to the period (both ends included).</param>
public sealed record PlacementInPeriod(string PlacementId, string HomeId, DateRange Days)
{
    /// <summary>Number of placement days (dygn) in the period.</summary>
    public int DayCount => Days.DayCount;
}

/// <summary>One member's usage of the pool in a period: the usage keys of the cost split.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Period">The period (both ends included).</param>
/// <param name="PlacementDays">Days in the period on which a child of the member was placed, summed over placements.</param>
/// <param name="PlacementCount">Placements of the member with at least one day in the period.</param>
/// <param name="SupportHours">Support hours booked to the member on days of the period.</param>
/// <param name="Placements">Each placement's days in the period, ordered by start, then placement id.</param>
public sealed record MemberUsage(string MemberId, DateRange Period, int PlacementDays, int PlacementCount, decimal SupportHours, IReadOnlyList<PlacementInPeriod> Placements)
{
    /// <summary>In Swedish, for example "2026-01-01..2026-12-31: 412 placeringsdygn i 2 placeringar, 14,5 stödtimmar".</summary>
    public string Explanation =>
        $"{FosterCareText.Range(Period)}: {PlacementDays} placeringsdygn i {PlacementCount} placering{(PlacementCount == 1 ? "" : "ar")}, " +
        $"{FosterCareText.Number(SupportHours, 0, 2)} stödtimmar";
}

/// <summary>Usage metering from placements: placement days, number of placements and support hours per member.</summary>
/// <remarks>Days are counted inclusively and clipped to the period: a placement 2025-12-20..2026-01-10 gives 12 days to
/// 2025 and 10 to 2026. A day belongs to exactly one of two adjacent periods, so the days of adjacent periods add up to
/// the days of the joined period. The placement count does not add up that way: a placement across the border counts
/// in both periods.</remarks>
public static class UsageMetering
{
    /// <summary>Usage per member in <paramref name="period"/>, ordered by member id (ordinal).</summary>
    /// <param name="period">The period measured.</param>
    /// <param name="placements">The placements (any period; those outside it count nothing).</param>
    /// <param name="supportHours">Support entries (any dates).</param>
    /// <param name="members">Members to report even when they used nothing; members with usage are reported anyway.</param>
    public static IReadOnlyList<MemberUsage> Measure(DateRange period, IReadOnlyList<Placement> placements, IReadOnlyList<SupportHoursEntry> supportHours, IEnumerable<string>? members = null)
    {
        ArgumentNullException.ThrowIfNull(placements);
        ArgumentNullException.ThrowIfNull(supportHours);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in members ?? []) ids.Add(m);
        foreach (var p in placements) if (p.Days.Overlaps(period)) ids.Add(p.MemberId);
        foreach (var s in supportHours) if (period.Contains(s.Date)) ids.Add(s.MemberId);

        return ids.Select(member =>
        {
            var parts = placements
                .Where(p => string.Equals(p.MemberId, member, StringComparison.Ordinal))
                .Select(p => (p, days: p.Days.Intersect(period)))
                .Where(x => x.days is not null)
                .Select(x => new PlacementInPeriod(x.p.Id, x.p.HomeId, x.days!.Value))
                .OrderBy(x => x.Days.Start).ThenBy(x => x.PlacementId, StringComparer.Ordinal)
                .ToArray();
            var hours = supportHours.Where(s => string.Equals(s.MemberId, member, StringComparison.Ordinal) && period.Contains(s.Date)).Sum(s => s.Hours);
            return new MemberUsage(member, period, parts.Sum(x => x.DayCount), parts.Length, hours, parts);
        }).ToArray();
    }

    /// <summary>Placement days per member in <paramref name="period"/> (members with none are left out).</summary>
    public static IReadOnlyDictionary<string, int> PlacementDays(DateRange period, IReadOnlyList<Placement> placements) =>
        Measure(period, placements, []).Where(u => u.PlacementDays > 0).ToDictionary(u => u.MemberId, u => u.PlacementDays, StringComparer.Ordinal);
}
