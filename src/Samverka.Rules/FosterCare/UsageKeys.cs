using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>A usage value the unit entered for a member and period instead of the metered one, with the measure it was
/// entered in.</summary>
/// <param name="Value">The value (not negative), in <paramref name="Measure"/>.</param>
/// <param name="Measure">What the value counts: placement days, placements or support hours.</param>
public sealed record EnteredUsage(decimal Value, UsageMeasure Measure);

/// <summary>One member's usage key in a period's cost split.</summary>
/// <param name="Value">The key, in the measure in force.</param>
/// <param name="Entered">Whether the unit entered it (true) or it was metered (false).</param>
/// <param name="Explanation">In Swedish, for example "Nyttjande inmatat av enheten: 1 200 placeringsdygn" or the
/// metering's sentence.</param>
public sealed record UsageKey(decimal Value, bool Entered, string Explanation);

/// <summary>Chooses a member's usage key: an entered value when it counts the measure in force, otherwise the metered
/// usage in that measure.</summary>
/// <remarks>
/// <para>An entered value keeps the measure it was entered in. When the weights in force measure something else, the
/// value is not silently read in the other measure (1 200 placement days are not 1 200 support hours), and it is not
/// silently replaced by the metered usage either: the split is refused, naming the member and both measures, until the
/// unit enters the value again in the measure in force or removes it. A controller signs off a split whose every key
/// is the one the unit meant; a key quietly swapped would change every member's share without anyone deciding it.</para>
/// </remarks>
public static class UsageKeys
{
    /// <summary>The key of one member; throws <see cref="InputProblemsException"/> (field <c>EnteredUsage</c>) when the
    /// entered value counts another measure than <paramref name="inForce"/>.</summary>
    /// <param name="memberName">The member, as named in a problem.</param>
    /// <param name="metered">The member's metered usage in the period.</param>
    /// <param name="entered">The value the unit entered, or null to use the metered usage.</param>
    /// <param name="inForce">The measure of the weights in force on the period's first day.</param>
    public static UsageKey Choose(string memberName, MemberUsage metered, EnteredUsage? entered, UsageMeasure inForce) =>
        Mismatch(memberName, entered, inForce) is { } problem ? throw new InputProblemsException(problem)
        : entered is null ? new UsageKey(metered.ValueOf(inForce), false, metered.Explanation)
        : new UsageKey(entered.Value, true, $"Nyttjande inmatat av enheten: {FosterCareText.Number(entered.Value, 0, 2)} {SupportNames.Of(entered.Measure)}");

    /// <summary>The problem of an entered value in another measure than the one in force, or null when there is none.</summary>
    public static InputProblem? Mismatch(string memberName, EnteredUsage? entered, UsageMeasure inForce) =>
        entered is null || entered.Measure == inForce ? null
        : new InputProblem("keys", null, "EnteredUsage",
            $"{memberName}: usage entered in {Name(entered.Measure)} ({entered.Value.ToString(CultureInfo.InvariantCulture)}), but the weights in force measure "
            + $"{Name(inForce)}; enter it again in {Name(inForce)} or remove it");

    /// <summary>The measure in English, as problems are written: "placement days", "placements", "support hours".</summary>
    public static string Name(UsageMeasure measure) => measure switch
    {
        UsageMeasure.PlacementDays => "placement days",
        UsageMeasure.PlacementCount => "placements",
        UsageMeasure.SupportHours => "support hours",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown usage measure."),
    };
}
