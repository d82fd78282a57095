using Samverka.Kernel;
using static System.FormattableString;

namespace Samverka.Rules.Compensation;

/// <summary>How a child's age in a month is counted (rule set key <c>age_rule</c>).</summary>
public enum AgeRule
{
    /// <summary><c>first-of-month</c>: completed years on the first day of the month.</summary>
    FirstOfMonth,

    /// <summary><c>end-of-month</c>: completed years on the last day of the month.</summary>
    EndOfMonth,

    /// <summary><c>year-turning</c>: age A from month <see cref="CompensationRuleSet.AgeChangeMonth"/> of the
    /// calendar year in which the child turns A.</summary>
    YearTurning,
}

/// <summary>How a month with only some enrolled days is paid (rule set key <c>proration</c>).</summary>
public enum Proration
{
    /// <summary><c>any-day</c>: a month with at least one enrolled day is paid in full.</summary>
    AnyDay,

    /// <summary><c>by-day</c>: amount x enrolled days / days in the month, rounded to öre half away from zero.</summary>
    ByDay,
}

/// <summary>Where a piece of input came from, so that problems and warnings point at it.</summary>
/// <param name="Source">The file name (or form) of the input.</param>
/// <param name="Line">The 1-based line in that source.</param>
public readonly record struct InputLocation(string Source, int Line);

/// <summary>An age band of a rate version: children aged <see cref="MinAge"/> to <see cref="MaxAge"/> are paid
/// <see cref="Monthly"/> a month.</summary>
/// <param name="MinAge">Lowest age in completed years, included.</param>
/// <param name="MaxAge">Highest age in completed years, included; null when the band is open upwards.</param>
/// <param name="Monthly">Amount in SEK for a full month; whole öre, not negative.</param>
public sealed record AgeBand(int MinAge, int? MaxAge, decimal Monthly)
{
    /// <summary>Where the band was read from, when it was read from a file.</summary>
    public InputLocation? Location { get; init; }

    /// <summary>Whether a child of <paramref name="age"/> completed years belongs to the band.</summary>
    public bool Contains(int age) => age >= MinAge && (MaxAge is not { } max || age <= max);

    /// <summary>Swedish label: <c>0-3 år</c>, <c>3 år</c>, <c>6 år och äldre</c>.</summary>
    public string SwedishLabel =>
        MaxAge is not { } max ? Invariant($"{MinAge} år och äldre")
        : max == MinAge ? Invariant($"{MinAge} år")
        : Invariant($"{MinAge}-{max} år");
}

/// <summary>A dated version of the rate table: from month <see cref="From"/> (until the next version) these
/// bands apply, as adopted by <see cref="Decision"/>.</summary>
/// <remarks>A version that has paid money is never edited; a change is a new version with a later
/// <see cref="From"/>. The version in force in a month is the latest with <see cref="From"/> at or before it.</remarks>
/// <param name="From">First month the version applies to.</param>
/// <param name="Decision">Reference of the decision that adopted it, e.g. <c>KS 2007-06-14 § 98</c>.</param>
/// <param name="Bands">Age bands; they must not overlap.</param>
public sealed record RateVersion(CalendarMonth From, string Decision, IReadOnlyList<AgeBand> Bands)
{
    /// <summary>Where the version was read from, when it was read from a file.</summary>
    public InputLocation? Location { get; init; }

    /// <summary>The band containing <paramref name="age"/>, or null when no band does (or the age is negative).</summary>
    public AgeBand? BandFor(int age)
    {
        if (age < 0) return null;
        foreach (var band in Bands)
            if (band.Contains(age)) return band;
        return null;
    }
}

/// <summary>The parameters of the per-child compensation: age rule, proration, transition period and dated
/// rate versions. Source: ../shared/specs/compensation.md.</summary>
/// <param name="AgeRule">How age in a month is counted.</param>
/// <param name="AgeChangeMonth">For <see cref="AgeRule.YearTurning"/>: the month (1-12) in which the age changes.</param>
/// <param name="Proration">How partly enrolled months are paid.</param>
/// <param name="TransitionMonths">Months paid in full from and including the month of a notice; 0 = no transition rule.</param>
/// <param name="Rates">Rate versions, any order.</param>
public sealed record CompensationRuleSet(
    AgeRule AgeRule,
    int AgeChangeMonth,
    Proration Proration,
    int TransitionMonths,
    IReadOnlyList<RateVersion> Rates)
{
    /// <summary>The longest transition period accepted: 100 years, far beyond any real rule.</summary>
    public const int MaxTransitionMonths = 1200;

    /// <summary>Name used for the rule set in problems (the file name when read from a file).</summary>
    public string Source { get; init; } = "rules";

    /// <summary>The version in force in <paramref name="month"/>: the latest with <c>From</c> at or before it;
    /// null when none is.</summary>
    public RateVersion? VersionInForce(CalendarMonth month)
    {
        RateVersion? best = null;
        foreach (var v in Rates)
            if (v.From <= month && (best is null || v.From > best.From)) best = v;
        return best;
    }

    /// <summary>The child's age in <paramref name="month"/> under <see cref="AgeRule"/>; -1 when the child is not yet
    /// born by the rule's reference day.</summary>
    /// <remarks>Completed years follow <see cref="Age.CompletedYears"/> (<see cref="DateOnly.AddYears"/>: a child born
    /// 29 February turns a year older on 28 February in common years). With <see cref="AgeRule.YearTurning"/> the child
    /// counts as A from <see cref="AgeChangeMonth"/> of the year it turns A; a born child is never younger than 0.</remarks>
    public int AgeIn(DateOnly birthDate, CalendarMonth month)
    {
        switch (AgeRule)
        {
            case AgeRule.FirstOfMonth: return Age.CompletedYears(birthDate, month.FirstDay);
            case AgeRule.EndOfMonth: return Age.CompletedYears(birthDate, month.LastDay);
            default:
                if (month < CalendarMonth.Of(birthDate)) return -1;
                var age = month.Year - birthDate.Year - (month.Month < AgeChangeMonth ? 1 : 0);
                return Math.Max(age, 0);
        }
    }

    /// <summary>Every problem with the rule set (empty when it can be used): age change month, transition months,
    /// missing or duplicate versions, missing decisions, negative ages or amounts, amounts not in whole öre,
    /// bands that overlap within a version.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        if (AgeChangeMonth is < 1 or > 12)
            problems.Add(Problem(null, "age_change_month", Invariant($"{AgeChangeMonth} is not a month number 1-12")));
        if (TransitionMonths is < 0 or > MaxTransitionMonths)
            problems.Add(Problem(null, "transition_months", Invariant($"{TransitionMonths} is not a number of months 0-{MaxTransitionMonths}")));
        if (Rates.Count == 0)
            problems.Add(Problem(null, "rates", "at least one rate version is required"));

        var seen = new Dictionary<CalendarMonth, RateVersion>();
        foreach (var version in Rates)
        {
            if (seen.TryGetValue(version.From, out var earlier))
                problems.Add(Problem(version.Location, "from",
                    $"two rate versions start {version.From}{At(" (the other ", earlier.Location, ")")}; a change needs a later month"));
            else seen.Add(version.From, version);
            if (string.IsNullOrWhiteSpace(version.Decision))
                problems.Add(Problem(version.Location, "decision", $"the version from {version.From} has no decision reference"));

            foreach (var band in version.Bands)
            {
                var at = band.Location ?? version.Location;
                if (band.MinAge < 0)
                    problems.Add(Problem(at, "min_age", Invariant($"{band.MinAge} is negative")));
                if (band.MaxAge is { } max && max < band.MinAge)
                    problems.Add(Problem(at, "max_age", Invariant($"{max} is below min_age {band.MinAge}")));
                if (band.Monthly < 0)
                    problems.Add(Problem(at, "monthly", Invariant($"{band.Monthly} is negative")));
                else if (band.Monthly != Math.Round(band.Monthly, 2))
                    problems.Add(Problem(at, "monthly", Invariant($"{band.Monthly} is not a whole number of öre (at most two decimals)")));
            }

            // Overlap: after sorting by lower bound, a band overlaps the previous one when it starts at or before its end.
            var sorted = version.Bands.OrderBy(b => b.MinAge).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                var prev = sorted[i - 1];
                var band = sorted[i];
                if (prev.MaxAge is not { } prevMax || band.MinAge <= prevMax)
                    problems.Add(Problem(band.Location ?? version.Location, "min_age",
                        $"band {band.SwedishLabel} overlaps band {prev.SwedishLabel}{At(" (", prev.Location, ")")} in the version from {version.From}"));
            }
        }
        return problems;
    }

    private InputProblem Problem(InputLocation? at, string field, string message) =>
        new(at?.Source ?? Source, at?.Line, field, message);

    private static string At(string before, InputLocation? at, string after) =>
        at is { } l ? Invariant($"{before}line {l.Line}{after}") : "";
}
