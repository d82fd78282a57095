using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>How urgent a request is.</summary>
public enum Urgency
{
    /// <summary>Planerad: time to prepare the placement.</summary>
    Planned,

    /// <summary>Brådskande: within days.</summary>
    Urgent,

    /// <summary>Akut: today; an emergency home (jourhem) may be used whatever type was asked for.</summary>
    Emergency,
}

/// <summary>A member's request for a home for a child (and the siblings to be placed with it).</summary>
/// <param name="MemberId">The placing member municipality.</param>
/// <param name="ChildBirthDate">The child's birth date; the age is computed on <paramref name="FromDate"/>.</param>
/// <param name="SiblingsTogether">Siblings to be placed together with the child (0 when the child comes alone).</param>
/// <param name="Languages">Languages the child needs spoken in the home.</param>
/// <param name="Needs">Needs the home must have the competence for (tags, as in <see cref="HomeCapacity.Competences"/>).</param>
/// <param name="Urgency">Planned, urgent or emergency.</param>
/// <param name="FromDate">The day the placement would start.</param>
/// <param name="WantedType">The type of home asked for.</param>
public sealed record MatchRequest(string MemberId, DateOnly ChildBirthDate, int SiblingsTogether, IReadOnlyList<string> Languages, IReadOnlyList<string> Needs, Urgency Urgency, DateOnly FromDate, HomeType WantedType)
{
    /// <summary>The placing member municipality.</summary>
    public string MemberId { get; } = string.IsNullOrWhiteSpace(MemberId) ? throw new ArgumentException("A request needs the placing member.", nameof(MemberId)) : MemberId.Trim();

    /// <summary>Siblings to be placed together with the child.</summary>
    public int SiblingsTogether { get; } = SiblingsTogether >= 0 ? SiblingsTogether : throw new ArgumentOutOfRangeException(nameof(SiblingsTogether), SiblingsTogether, "Siblings must not be negative.");

    /// <summary>The child's birth date.</summary>
    public DateOnly ChildBirthDate { get; } = ChildBirthDate <= FromDate ? ChildBirthDate : throw new ArgumentException("The child's birth date is after the from-date.", nameof(ChildBirthDate));

    /// <summary>Languages the child needs spoken in the home.</summary>
    public IReadOnlyList<string> Languages { get; } = HomeCapacity.Tags(Languages, nameof(Languages));

    /// <summary>Needs the home must have the competence for.</summary>
    public IReadOnlyList<string> Needs { get; } = HomeCapacity.Tags(Needs, nameof(Needs));

    /// <summary>Children to place: the child and its siblings.</summary>
    public int Children => SiblingsTogether + 1;

    /// <summary>The child's age in completed years on the from-date.</summary>
    public int ChildAge => Age.CompletedYears(ChildBirthDate, FromDate);
}

/// <summary>The points of the ranking score; the unit's own setting (defaults below).</summary>
/// <param name="Needs">Points when every need asked for is covered (pro rata for some).</param>
/// <param name="Language">Points when every language asked for is spoken (pro rata for some).</param>
/// <param name="SameMunicipality">Points when the home lives in the placing member's municipality (the distance proxy).</param>
/// <param name="PerSparePlace">Points per place left free after the placement.</param>
/// <param name="MaxSparePlaces">Spare places that count at most.</param>
/// <param name="PerMonthWaiting">Points per whole month since the home's last placement started (or since it was approved).</param>
/// <param name="MaxMonthsWaiting">Months that count at most.</param>
public sealed record MatchingWeights(decimal Needs, decimal Language, decimal SameMunicipality, decimal PerSparePlace, int MaxSparePlaces, decimal PerMonthWaiting, int MaxMonthsWaiting)
{
    /// <summary>Needs 40, language 20, same municipality 15, 5 per spare place up to 2, 1 per month waiting up to 15 (max 100).</summary>
    public static MatchingWeights Default { get; } = new(40m, 20m, 15m, 5m, 2, 1m, 15);

    /// <summary>Points when every need is covered.</summary>
    public decimal Needs { get; } = NonNegative(Needs, nameof(Needs));

    /// <summary>Points when every language is spoken.</summary>
    public decimal Language { get; } = NonNegative(Language, nameof(Language));

    /// <summary>Points for the same municipality.</summary>
    public decimal SameMunicipality { get; } = NonNegative(SameMunicipality, nameof(SameMunicipality));

    /// <summary>Points per spare place.</summary>
    public decimal PerSparePlace { get; } = NonNegative(PerSparePlace, nameof(PerSparePlace));

    /// <summary>Spare places that count at most.</summary>
    public int MaxSparePlaces { get; } = MaxSparePlaces >= 0 ? MaxSparePlaces : throw new ArgumentOutOfRangeException(nameof(MaxSparePlaces));

    /// <summary>Points per month waiting.</summary>
    public decimal PerMonthWaiting { get; } = NonNegative(PerMonthWaiting, nameof(PerMonthWaiting));

    /// <summary>Months that count at most.</summary>
    public int MaxMonthsWaiting { get; } = MaxMonthsWaiting >= 0 ? MaxMonthsWaiting : throw new ArgumentOutOfRangeException(nameof(MaxMonthsWaiting));

    private static decimal NonNegative(decimal value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Points must not be negative.");
}

/// <summary>One part of a home's score.</summary>
/// <param name="Key">"needs", "language", "capacity", "municipality" or "waiting".</param>
/// <param name="Points">Points given (not rounded).</param>
/// <param name="MaxPoints">Points possible.</param>
/// <param name="Reason">Why, in Swedish ("talar arabiska", "2 lediga platser", "samma kommun").</param>
public sealed record ScorePart(string Key, decimal Points, decimal MaxPoints, string Reason);

/// <summary>A home that fits the request, with its place in the ranking.</summary>
/// <param name="Rank">1 = best; distinct, no gaps.</param>
/// <param name="Home">The home.</param>
/// <param name="FreePlaces">Places free on every day from the from-date on, before this placement.</param>
/// <param name="Score">Sum of the parts (not rounded).</param>
/// <param name="Parts">The parts of the score.</param>
/// <param name="Reasons">Why it fits and how it scores, in Swedish, in display order.</param>
public sealed record MatchedHome(int Rank, FosterHome Home, int FreePlaces, decimal Score, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string> Reasons)
{
    /// <summary>The reasons joined: "Tar emot 4–12 år; talar arabiska; 2 lediga platser; samma kommun".</summary>
    public string Explanation => string.Join("; ", Reasons);

    /// <summary>The score's derivation, for example "Poäng 55 = språk 20 av 20 + kapacitet 5 av 10 + kommun 15 av 15 + väntetid 15 av 15".</summary>
    public string ScoreExplanation =>
        $"Poäng {FosterCareText.Number(Score, 0, 2)} = " +
        string.Join(" + ", Parts.Select(p => $"{PartName(p.Key)} {FosterCareText.Number(p.Points, 0, 2)} av {FosterCareText.Number(p.MaxPoints, 0, 2)}"));

    private static string PartName(string key) => key switch
    {
        "needs" => "behov",
        "language" => "språk",
        "capacity" => "kapacitet",
        "municipality" => "kommun",
        "waiting" => "väntetid",
        _ => key,
    };
}

/// <summary>A home that does not fit, with every reason why.</summary>
/// <param name="Home">The home.</param>
/// <param name="Reasons">Why it is excluded, in Swedish.</param>
public sealed record ExcludedHome(FosterHome Home, IReadOnlyList<string> Reasons)
{
    /// <summary>The reasons joined with "; ".</summary>
    public string Explanation => string.Join("; ", Reasons);
}

/// <summary>The outcome of matching a request against the pool.</summary>
/// <param name="Request">The request.</param>
/// <param name="ChildAge">The child's age in completed years on the from-date.</param>
/// <param name="Ranked">Homes that fit, best first.</param>
/// <param name="Excluded">Homes that do not fit, ordered by home id.</param>
public sealed record MatchResult(MatchRequest Request, int ChildAge, IReadOnlyList<MatchedHome> Ranked, IReadOnlyList<ExcludedHome> Excluded);

/// <summary>Matching a request against the pool: filter the homes that fit, rank them with an explained score.</summary>
/// <remarks>
/// <para>A home fits when, on the from-date: its type is the one asked for (or it is an emergency home and the
/// request is an emergency); it is Tillgänglig or Placerad (a home with a child may have a place left); the child's
/// age is in its range; a sibling group is accepted and not larger than it takes; and its free places on every day
/// from the from-date on (given the placements, booked ones included) are at least the children to place.</para>
/// <para>Ranking: higher score first, scores compared at 10 decimals; ties by home id (ordinal). The order of the
/// homes given does not matter.</para>
/// </remarks>
public static class Matching
{
    /// <summary>Matches <paramref name="request"/> against <paramref name="homes"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="homes">The pool (ids distinct).</param>
    /// <param name="placements">Placements in the pool homes (others are ignored), for free places and waiting time.</param>
    /// <param name="weights">The score's points; <see cref="MatchingWeights.Default"/> when null.</param>
    /// <exception cref="InputProblemsException">Two homes share an id.</exception>
    public static MatchResult Match(MatchRequest request, IReadOnlyList<FosterHome> homes, IReadOnlyList<Placement> placements, MatchingWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(homes);
        ArgumentNullException.ThrowIfNull(placements);
        weights ??= MatchingWeights.Default;
        var duplicates = homes.GroupBy(h => h.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new InputProblem($"home {g.Key}", null, "id", $"the id is used by {g.Count()} homes in the pool")).ToList();
        if (duplicates.Count > 0) throw new InputProblemsException(duplicates);

        var age = request.ChildAge;
        var fitting = new List<(FosterHome Home, int Free, decimal Score, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string> Reasons)>();
        var excluded = new List<ExcludedHome>();
        foreach (var home in homes.OrderBy(h => h.Id, StringComparer.Ordinal))
        {
            var free = home.Places - PlacementRules.PeakOccupancyFrom(home.Id, placements, request.FromDate);
            var (fits, misses) = Filter(request, age, home, free);
            if (misses.Count > 0)
            {
                excluded.Add(new ExcludedHome(home, misses));
                continue;
            }
            var parts = Score(request, home, free, placements, weights);
            fitting.Add((home, free, parts.Sum(p => p.Points), parts, [.. fits, .. parts.Select(p => p.Reason)]));
        }

        var ranked = fitting
            .OrderByDescending(f => Math.Round(f.Score, 10, MidpointRounding.AwayFromZero))
            .ThenBy(f => f.Home.Id, StringComparer.Ordinal)
            .Select((f, i) => new MatchedHome(i + 1, f.Home, f.Free, f.Score, f.Parts, f.Reasons))
            .ToArray();
        return new MatchResult(request, age, ranked, excluded);
    }

    private static (List<string> Fits, List<string> Misses) Filter(MatchRequest request, int age, FosterHome home, int free)
    {
        var fits = new List<string>();
        var misses = new List<string>();
        var capacity = home.Capacity;

        var wanted = FosterCareNames.Of(request.WantedType).ToLowerInvariant();
        var emergencySubstitute = request.Urgency == Urgency.Emergency && home.Type == HomeType.EmergencyHome && request.WantedType != HomeType.EmergencyHome;
        if (emergencySubstitute) fits.Add($"jourhem vid akut placering (önskad typ {wanted})");
        else if (home.Type != request.WantedType) misses.Add($"{FosterCareNames.Of(home.Type)}, önskad typ {wanted}");

        var state = home.StateOn(request.FromDate);
        var day = FosterCareText.Date(request.FromDate);
        switch (state)
        {
            case RecruitmentState.Available or RecruitmentState.Occupied:
                break;
            case null:
                misses.Add($"inte i poolen {day} (ingen intresseanmälan ännu)");
                break;
            case RecruitmentState.Approved:
                misses.Add($"godkänd men inte anmäld som tillgänglig {day}");
                break;
            case < RecruitmentState.Approved:
                misses.Add($"inte godkänd {day} ({FosterCareNames.Of(state.Value).ToLowerInvariant()})");
                break;
            default:
                misses.Add($"inte tillgänglig {day} ({FosterCareNames.Of(state.Value).ToLowerInvariant()})");
                break;
        }

        var ages = $"Tar emot {capacity.MinAge}\u2013{capacity.MaxAge} år";
        if (capacity.TakesAge(age)) fits.Insert(0, ages);
        else misses.Add($"{ages}; barnet är {age} år");

        if (request.Children > 1)
        {
            if (!capacity.AcceptsSiblings) misses.Add("tar inte emot syskon");
            else if (capacity.MaxSiblingGroup < request.Children)
                misses.Add($"tar emot syskongrupper om högst {capacity.MaxSiblingGroup}; gruppen är {request.Children}");
            else fits.Add($"tar emot syskongrupp om {request.Children}");
        }

        if (free < request.Children)
            misses.Add($"{Places(free)}; behöver {request.Children}");
        return (fits, misses);
    }

    private static List<ScorePart> Score(MatchRequest request, FosterHome home, int free, IReadOnlyList<Placement> placements, MatchingWeights weights)
    {
        var parts = new List<ScorePart>();
        var capacity = home.Capacity;

        if (request.Needs.Count > 0)
        {
            var covered = request.Needs.Where(capacity.Covers).ToArray();
            var missing = request.Needs.Where(n => !capacity.Covers(n)).ToArray();
            var text = covered.Length == 0 ? $"saknar kompetens för {FosterCareText.List(missing)}"
                : missing.Length == 0 ? $"har kompetens för {FosterCareText.List(covered)}"
                : $"har kompetens för {FosterCareText.List(covered)}, inte för {FosterCareText.List(missing)}";
            parts.Add(new ScorePart("needs", weights.Needs * covered.Length / request.Needs.Count, weights.Needs, text));
        }

        if (request.Languages.Count > 0)
        {
            var spoken = request.Languages.Where(capacity.Speaks).ToArray();
            var missing = request.Languages.Where(l => !capacity.Speaks(l)).ToArray();
            var text = spoken.Length == 0 ? $"talar inte {FosterCareText.List(missing)}"
                : missing.Length == 0 ? $"talar {FosterCareText.List(spoken)}"
                : $"talar {FosterCareText.List(spoken)}, inte {FosterCareText.List(missing)}";
            parts.Add(new ScorePart("language", weights.Language * spoken.Length / request.Languages.Count, weights.Language, text));
        }

        var spare = Math.Min(free - request.Children, weights.MaxSparePlaces);
        parts.Add(new ScorePart("capacity", weights.PerSparePlace * spare, weights.PerSparePlace * weights.MaxSparePlaces, Places(free)));

        var same = string.Equals(home.MunicipalityId, request.MemberId, StringComparison.Ordinal);
        parts.Add(new ScorePart("municipality", same ? weights.SameMunicipality : 0m, weights.SameMunicipality,
            same ? "samma kommun" : $"annan kommun ({home.MunicipalityId})"));

        var lastStart = placements
            .Where(p => string.Equals(p.HomeId, home.Id, StringComparison.Ordinal) && p.Start <= request.FromDate)
            .Select(p => (DateOnly?)p.Start).Max();
        var since = lastStart ?? home.Recruitment.ApprovedOn(request.FromDate) ?? home.Recruitment.Steps[0].Date;
        var months = CompletedMonths(since, request.FromDate);
        var waitingText = lastStart is not null
            ? $"senaste placering började {FosterCareText.Date(since)} ({months} mån sedan)"
            : $"ingen placering sedan godkännandet {FosterCareText.Date(since)} ({months} mån)";
        parts.Add(new ScorePart("waiting", weights.PerMonthWaiting * Math.Min(months, weights.MaxMonthsWaiting), weights.PerMonthWaiting * weights.MaxMonthsWaiting, waitingText));
        return parts;
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is earlier).</summary>
    internal static int CompletedMonths(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (from.AddMonths(months) > to) months--;
        return months;
    }

    private static string Places(int free) => free switch
    {
        <= 0 => "inga lediga platser",
        1 => "1 ledig plats",
        _ => string.Create(CultureInfo.InvariantCulture, $"{free} lediga platser"),
    };
}
