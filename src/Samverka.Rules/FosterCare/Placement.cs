using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>The law a placement is made under.</summary>
public enum LegalBasis
{
    /// <summary>Socialtjänstlagen: placement with the consent of the guardians.</summary>
    SoL,

    /// <summary>Lagen med särskilda bestämmelser om vård av unga: compulsory care.</summary>
    Lvu,
}

/// <summary>A child placed in a pool home by a member municipality.</summary>
/// <remarks>The child is an opaque reference known to the placing member only; a personnummer is refused here so
/// that it never reaches the unit's records. <see cref="Days"/> includes both the start and the end day.</remarks>
/// <param name="Id">The placement's id.</param>
/// <param name="MemberId">The placing member municipality (it pays the home's fees and the usage is its).</param>
/// <param name="HomeId">The home.</param>
/// <param name="ChildRef">An opaque id of the child, never a personnummer.</param>
/// <param name="Start">The first day of the placement.</param>
/// <param name="End">The last day of the placement (included), or null while it goes on.</param>
/// <param name="LegalBasis">SoL or LVU.</param>
public sealed record Placement(string Id, string MemberId, string HomeId, string ChildRef, DateOnly Start, DateOnly? End, LegalBasis LegalBasis)
{
    /// <summary>The placement's id.</summary>
    public string Id { get; } = NonBlank(Id, nameof(Id));

    /// <summary>The placing member.</summary>
    public string MemberId { get; } = NonBlank(MemberId, nameof(MemberId));

    /// <summary>The home.</summary>
    public string HomeId { get; } = NonBlank(HomeId, nameof(HomeId));

    /// <summary>An opaque id of the child.</summary>
    public string ChildRef { get; } = OpaqueChildRef(ChildRef);

    /// <summary>The last day (included), or null while the placement goes on.</summary>
    public DateOnly? End { get; } = End is { } end && end < Start
        ? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Placement {Id} ends {end:yyyy-MM-dd}, before it starts {Start:yyyy-MM-dd}."), nameof(End))
        : End;

    /// <summary>The placement's days, both ends included; open-ended placements end on <see cref="DateOnly.MaxValue"/>.</summary>
    public DateRange Days => new(Start, End ?? DateOnly.MaxValue);

    private static string NonBlank(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException($"A placement needs a {name}.", name) : text.Trim();

    private static string OpaqueChildRef(string? text)
    {
        var trimmed = NonBlank(text, nameof(ChildRef));
        if (Personnummer.TryParse(trimmed, DateOnly.MaxValue, out _, out _))
            throw new ArgumentException("The child reference must be an opaque id, not a personnummer.", nameof(ChildRef));
        return trimmed;
    }
}

/// <summary>Rules that refuse placements: capacity of a home and approval on the start day.</summary>
public static class PlacementRules
{
    /// <summary>Every problem with the set of placements (empty when all are accepted): a duplicate id; a home that is
    /// not in the pool; a home that is not approved on the start day (state Godkänd, Tillgänglig or Placerad; a paused,
    /// ended or not yet approved home takes no child); more placements at once in a home than it has places (each
    /// over-full set of placements named once, with the days they overlap).</summary>
    public static IReadOnlyList<InputProblem> Validate(IReadOnlyList<FosterHome> homes, IReadOnlyList<Placement> placements)
    {
        ArgumentNullException.ThrowIfNull(homes);
        ArgumentNullException.ThrowIfNull(placements);
        var problems = new List<InputProblem>();
        var byId = homes.ToDictionary(h => h.Id, StringComparer.Ordinal);

        foreach (var dup in placements.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add(new InputProblem($"placement {dup.Key}", null, "id", $"the id is used by {dup.Count()} placements"));

        foreach (var p in placements)
        {
            if (!byId.TryGetValue(p.HomeId, out var home))
            {
                problems.Add(new InputProblem($"placement {p.Id}", null, "home_id", $"home {p.HomeId} is not in the pool"));
                continue;
            }
            if (!home.Recruitment.IsApprovedOn(p.Start))
            {
                var state = home.StateOn(p.Start);
                problems.Add(new InputProblem($"placement {p.Id}", null, "home_id", string.Create(CultureInfo.InvariantCulture,
                    $"home {home.Id} is not approved on the start day {p.Start:yyyy-MM-dd}: ") +
                    (state is { } s ? $"it is {FosterCareNames.Of(s)} ({s})" : "it has no recruitment step yet")));
            }
        }

        foreach (var group in placements.Where(p => byId.ContainsKey(p.HomeId)).GroupBy(p => p.HomeId, StringComparer.Ordinal))
        {
            var home = byId[group.Key];
            foreach (var (set, days) in OverfullSets(group.ToArray(), home.Places))
                problems.Add(new InputProblem($"home {home.Id}", null, "places",
                    $"placements {string.Join(", ", set.Select(p => p.Id))} overlap on {FosterCareText.Range(days)}: {set.Count} children at once in a home with {home.Places} place{(home.Places == 1 ? "" : "s")}"));
        }
        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <exception cref="InputProblemsException">Every problem found.</exception>
    public static void EnsureValid(IReadOnlyList<FosterHome> homes, IReadOnlyList<Placement> placements)
    {
        var problems = Validate(homes, placements);
        if (problems.Count > 0) throw new InputProblemsException(problems);
    }

    /// <summary>The most children placed at once in <paramref name="homeId"/> on any day from <paramref name="from"/> on
    /// (placements already ended before it do not count; booked ones starting later do).</summary>
    public static int PeakOccupancyFrom(string homeId, IReadOnlyList<Placement> placements, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(placements);
        var relevant = placements.Where(p => string.Equals(p.HomeId, homeId, StringComparison.Ordinal) && p.Days.End >= from).ToArray();
        // Occupancy only rises on a start day, so the peak is on from or on a later start day.
        var candidates = relevant.Select(p => p.Start > from ? p.Start : from).Distinct();
        return candidates.Select(day => relevant.Count(p => p.Days.Contains(day))).DefaultIfEmpty(0).Max();
    }

    private static IEnumerable<(IReadOnlyList<Placement> Set, DateRange Days)> OverfullSets(Placement[] placements, int places)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in placements.Select(p => p.Start).Distinct().Order())
        {
            var active = placements.Where(p => p.Days.Contains(day)).OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
            if (active.Length <= places) continue;
            var key = string.Join("\u0001", active.Select(p => p.Id).Order(StringComparer.Ordinal));
            if (!seen.Add(key)) continue;
            var start = active.Max(p => p.Start);
            var end = active.Min(p => p.Days.End);
            yield return (active, new DateRange(start, end));
        }
    }
}
