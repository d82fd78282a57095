using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>What kind of support the unit gave a home.</summary>
public enum SupportKind
{
    /// <summary>Individual supervision ("Enskild handledning").</summary>
    IndividualSupervision,

    /// <summary>Group supervision ("Grupphandledning").</summary>
    GroupSupervision,

    /// <summary>A support call ("Stödsamtal").</summary>
    SupportCall,

    /// <summary>A home visit ("Hembesök").</summary>
    HomeVisit,
}

/// <summary>The usage key of the cost split: which of the metered measures (<see cref="MemberUsage"/>) the unit uses.</summary>
public enum UsageMeasure
{
    /// <summary>Placement days ("placeringsdygn").</summary>
    PlacementDays,

    /// <summary>Placements with a day in the period ("placeringar").</summary>
    PlacementCount,

    /// <summary>Support hours booked to the member ("stödtimmar").</summary>
    SupportHours,
}

/// <summary>Swedish names of the support log's terms.</summary>
public static class SupportNames
{
    /// <summary>"Enskild handledning", "Grupphandledning", "Stödsamtal" or "Hembesök".</summary>
    public static string Of(SupportKind kind) => kind switch
    {
        SupportKind.IndividualSupervision => "Enskild handledning",
        SupportKind.GroupSupervision => "Grupphandledning",
        SupportKind.SupportCall => "Stödsamtal",
        SupportKind.HomeVisit => "Hembesök",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown support kind."),
    };

    /// <summary>The measure's unit as the cost split names its usage key: "placeringsdygn", "placeringar" or "stödtimmar".</summary>
    public static string Of(UsageMeasure measure) => measure switch
    {
        UsageMeasure.PlacementDays => "placeringsdygn",
        UsageMeasure.PlacementCount => "placeringar",
        UsageMeasure.SupportHours => "stödtimmar",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown usage measure."),
    };

    /// <summary>The member's usage in the chosen measure.</summary>
    public static decimal ValueOf(this MemberUsage usage, UsageMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return measure switch
        {
            UsageMeasure.PlacementDays => usage.PlacementDays,
            UsageMeasure.PlacementCount => usage.PlacementCount,
            UsageMeasure.SupportHours => usage.SupportHours,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown usage measure."),
        };
    }
}

/// <summary>Support hours given to a home on a day, booked to the members whose children were placed there.</summary>
/// <param name="Entries">One entry per member with a child placed in the home on the day, ordered by member id; empty
/// when no child was placed.</param>
/// <param name="Explanation">In Swedish, for example "2,5 h 2026-03-04: Borås 2 av 3 barn = 1,67 h, Mark 1 av 3 barn = 0,83 h".</param>
public sealed record SupportAttribution(IReadOnlyList<SupportHoursEntry> Entries, string Explanation);

/// <summary>Books the hours of a support entry to the placing members.</summary>
/// <remarks>
/// <para>The hours of support to a home on day D serve the children placed there on D: each member gets the hours in
/// proportion to its children placed in the home on D (placements whose inclusive range contains D). The hours are
/// split to hundredths by the largest remainder (<see cref="ExactAllocation"/>; ties to the lower member id), so the
/// members' hours sum to the entry's hours exactly.</para>
/// <para>When no child is placed in the home on D (a home between placements, a home in recruitment) the hours are
/// booked to nobody: they are the unit's own work and no member's usage.</para>
/// </remarks>
public static class SupportHoursRule
{
    /// <summary>Books <paramref name="hours"/> given to <paramref name="homeId"/> on <paramref name="date"/>.</summary>
    /// <param name="homeId">The home, as the placements name it.</param>
    /// <param name="date">The day of the support.</param>
    /// <param name="hours">Hours, not negative, at most two decimals.</param>
    /// <param name="placements">The unit's placements (any homes and dates).</param>
    /// <param name="nameOf">The member's name in the explanation (the id when null).</param>
    public static SupportAttribution Attribute(string homeId, DateOnly date, decimal hours, IReadOnlyList<Placement> placements, Func<string, string>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(placements);
        if (hours < 0) throw new ArgumentOutOfRangeException(nameof(hours), hours, "Support hours must not be negative.");
        if (hours != Math.Round(hours, 2)) throw new ArgumentException($"Support hours have at most two decimals ({hours}).", nameof(hours));
        var name = nameOf ?? (id => id);
        var children = placements.Where(p => string.Equals(p.HomeId, homeId, StringComparison.Ordinal) && p.Days.Contains(date))
            .GroupBy(p => p.MemberId, StringComparer.Ordinal)
            .Select(g => (Member: g.Key, Children: g.Count()))
            .OrderBy(x => x.Member, StringComparer.Ordinal).ToArray();
        var head = $"{FosterCareText.Number(hours, 0, 2)} h {FosterCareText.Date(date)}";
        if (children.Length == 0)
            return new SupportAttribution([], $"{head}: inget barn placerat i hemmet den dagen; timmarna bokas inte på någon medlem.");
        var total = children.Sum(c => c.Children);
        var split = ExactAllocation.ByWeights(hours, children.Select(c => (decimal)c.Children).ToArray(), children.Select(c => c.Member).ToArray());
        var entries = children.Select((c, i) => new SupportHoursEntry(c.Member, homeId, date, split[i].Amount)).ToArray();
        var parts = children.Select((c, i) => $"{name(c.Member)} {c.Children} av {total} barn = {FosterCareText.Number(split[i].Amount, 0, 2)} h");
        return new SupportAttribution(entries, $"{head}: {string.Join(", ", parts)}");
    }
}
