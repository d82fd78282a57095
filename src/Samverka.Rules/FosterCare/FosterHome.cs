using System.Globalization;

namespace Samverka.Rules.FosterCare;

/// <summary>The kind of foster home (see GLOSSARY.md).</summary>
public enum HomeType
{
    /// <summary>Familjehem: a family that takes a child for a longer placement.</summary>
    FamilyHome,

    /// <summary>Jourhem: a home that takes children at short notice for a short time.</summary>
    EmergencyHome,

    /// <summary>Förstärkt familjehem: a family home with extra support for children with greater needs.</summary>
    ReinforcedFamilyHome,
}

/// <summary>What a home can take: ages, siblings, languages, needs.</summary>
/// <remarks>Ages are completed years, both ends included: 4-12 takes a child who is 4 and a child who is 12.
/// Languages and needs are free tags compared without regard to case (for example "arabiska", "trauma").</remarks>
/// <param name="MinAge">The youngest age taken, completed years (0 or more).</param>
/// <param name="MaxAge">The oldest age taken, completed years (at least <paramref name="MinAge"/>).</param>
/// <param name="AcceptsSiblings">Whether the home takes siblings placed together.</param>
/// <param name="MaxSiblingGroup">The largest sibling group taken, counting every child in it (2 or more when siblings
/// are accepted, otherwise 1).</param>
/// <param name="Languages">Languages spoken in the home, Swedish names ("svenska", "arabiska").</param>
/// <param name="Competences">Needs the home has the competence for ("trauma", "adhd", "funktionsnedsättning").</param>
public sealed record HomeCapacity(int MinAge, int MaxAge, bool AcceptsSiblings, int MaxSiblingGroup, IReadOnlyList<string> Languages, IReadOnlyList<string> Competences)
{
    /// <summary>The youngest age taken, completed years.</summary>
    public int MinAge { get; } = MinAge >= 0 ? MinAge : throw new ArgumentOutOfRangeException(nameof(MinAge), MinAge, "The youngest age must not be negative.");

    /// <summary>The oldest age taken, completed years.</summary>
    public int MaxAge { get; } = MaxAge >= MinAge ? MaxAge : throw new ArgumentOutOfRangeException(nameof(MaxAge), MaxAge, string.Create(CultureInfo.InvariantCulture, $"The oldest age must not be below the youngest ({MinAge})."));

    /// <summary>The largest sibling group taken (1 when siblings are not accepted).</summary>
    public int MaxSiblingGroup { get; } = AcceptsSiblings
        ? MaxSiblingGroup >= 2 ? MaxSiblingGroup : throw new ArgumentOutOfRangeException(nameof(MaxSiblingGroup), MaxSiblingGroup, "A home that accepts siblings takes a group of at least 2.")
        : MaxSiblingGroup == 1 ? 1 : throw new ArgumentOutOfRangeException(nameof(MaxSiblingGroup), MaxSiblingGroup, "A home that does not accept siblings takes a group of 1.");

    /// <summary>Languages spoken in the home.</summary>
    public IReadOnlyList<string> Languages { get; } = Tags(Languages, nameof(Languages));

    /// <summary>Needs the home has the competence for.</summary>
    public IReadOnlyList<string> Competences { get; } = Tags(Competences, nameof(Competences));

    /// <summary>Whether the home takes a child of <paramref name="age"/> completed years.</summary>
    public bool TakesAge(int age) => age >= MinAge && age <= MaxAge;

    /// <summary>Whether the home speaks <paramref name="language"/> (case ignored).</summary>
    public bool Speaks(string language) => Languages.Contains(language.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the home has the competence for <paramref name="need"/> (case ignored).</summary>
    public bool Covers(string need) => Competences.Contains(need.Trim(), StringComparer.OrdinalIgnoreCase);

    internal static IReadOnlyList<string> Tags(IReadOnlyList<string>? tags, string name)
    {
        ArgumentNullException.ThrowIfNull(tags, name);
        if (tags.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("A tag must not be blank.", name);
        return tags.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}

/// <summary>A home in the joint pool: its type, places, what it can take, its municipality and its recruitment
/// history (from which its status on any day follows).</summary>
/// <remarks>Immutable; a change is a new value (<see cref="WithTransition"/>). The household's adults and address are
/// kept by the module, not here: no rule needs them.</remarks>
/// <param name="Id">The home's id; ordinal order is the ranking's final tie-break.</param>
/// <param name="Type">Family, emergency or reinforced family home.</param>
/// <param name="MunicipalityId">The municipality the home lives in (matched against the placing member).</param>
/// <param name="Places">How many children the home can have placed at once (1 or more).</param>
/// <param name="Capacity">What the home can take.</param>
/// <param name="Recruitment">The dated steps of the recruitment pipeline.</param>
public sealed record FosterHome(string Id, HomeType Type, string MunicipalityId, int Places, HomeCapacity Capacity, RecruitmentHistory Recruitment)
{
    /// <summary>The home's id.</summary>
    public string Id { get; } = string.IsNullOrWhiteSpace(Id) ? throw new ArgumentException("A home needs an id.", nameof(Id)) : Id.Trim();

    /// <summary>The municipality the home lives in.</summary>
    public string MunicipalityId { get; } = string.IsNullOrWhiteSpace(MunicipalityId) ? throw new ArgumentException("A home needs a municipality.", nameof(MunicipalityId)) : MunicipalityId.Trim();

    /// <summary>How many children the home can have placed at once.</summary>
    public int Places { get; } = Places >= 1 ? Places : throw new ArgumentOutOfRangeException(nameof(Places), Places, "A home has at least one place.");

    /// <summary>What the home can take.</summary>
    public HomeCapacity Capacity { get; } = Capacity ?? throw new ArgumentNullException(nameof(Capacity));

    /// <summary>The dated steps of the recruitment pipeline.</summary>
    public RecruitmentHistory Recruitment { get; } = Recruitment ?? throw new ArgumentNullException(nameof(Recruitment));

    /// <summary>The state on <paramref name="date"/>, or null before the inquiry.</summary>
    public RecruitmentState? StateOn(DateOnly date) => Recruitment.StateOn(date);

    /// <summary>The home with one more dated step; refuses an illegal transition (see <see cref="RecruitmentPipeline.Transition"/>).</summary>
    /// <exception cref="Kernel.InputProblemsException">The transition is not allowed.</exception>
    public FosterHome WithTransition(RecruitmentState to, DateOnly on, string note = "") =>
        new(Id, Type, MunicipalityId, Places, Capacity, RecruitmentPipeline.Transition(Id, Recruitment, to, on, note));
}
