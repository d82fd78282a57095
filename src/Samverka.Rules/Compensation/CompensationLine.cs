using Samverka.Kernel;
using static System.FormattableString;

namespace Samverka.Rules.Compensation;

/// <summary>Why a month is paid.</summary>
public enum CompensationKind
{
    /// <summary>The child attends: with <see cref="Proration.ByDay"/> on every day of the month or outside a
    /// transition window; with <see cref="Proration.AnyDay"/> on at least one day.</summary>
    Ordinary,

    /// <summary>The month lies in a transition window and the child does not attend all of it (with
    /// <see cref="Proration.AnyDay"/>: not at all), so it is paid because of the notice.</summary>
    Transition,
}

/// <summary>One payment: one child at one provider in one month, with its derivation.</summary>
/// <param name="Month">The month paid.</param>
/// <param name="ProviderId">The provider paid.</param>
/// <param name="ChildId">The child paid for.</param>
/// <param name="Kind">Ordinary or transition month.</param>
/// <param name="Age">The child's age in the month by the rule set's age rule.</param>
/// <param name="Band">The age band applied.</param>
/// <param name="Amount">The amount paid, SEK, whole öre.</param>
/// <param name="RateFrom">The <c>from</c> month of the rate version in force.</param>
/// <param name="Decision">The decision that adopted that rate version.</param>
/// <param name="EnrolledDays">Days of the month the child is enrolled at the provider (several enrollments added, capped).</param>
/// <param name="DaysInMonth">Days the month has.</param>
/// <param name="TransitionMonth">When the month lies in a transition window: its number in the window, 1 = the notice month.</param>
/// <param name="Notice">The notice date that opened that window.</param>
public sealed record CompensationLine(
    CalendarMonth Month,
    string ProviderId,
    string ChildId,
    CompensationKind Kind,
    int Age,
    AgeBand Band,
    decimal Amount,
    CalendarMonth RateFrom,
    string Decision,
    int EnrolledDays,
    int DaysInMonth,
    int? TransitionMonth,
    DateOnly? Notice)
{
    /// <summary>What else the sentence needs: the birth date and the rule set's parameters.</summary>
    internal LineBasis Basis { get; init; }

    /// <summary>One Swedish sentence that derives the amount, built from the line's own fields when it is read (a run
    /// of many lines builds no text that nobody reads).</summary>
    public string Explanation => CompensationCalculator.Explain(this);
}

/// <summary>The facts of a line's explanation that are not columns of the line.</summary>
/// <param name="BirthDate">The child's date of birth.</param>
/// <param name="AgeRule">The rule set's age rule.</param>
/// <param name="AgeChangeMonth">The rule set's age change month.</param>
/// <param name="TransitionMonths">The rule set's transition months.</param>
/// <param name="Prorated">Whether the amount was prorated by day.</param>
internal readonly record struct LineBasis(DateOnly BirthDate, AgeRule AgeRule, int AgeChangeMonth, int TransitionMonths, bool Prorated);

/// <summary>What one provider is paid for one month.</summary>
/// <param name="Month">The month.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="Children">Children with a line (a paid month) at the provider.</param>
/// <param name="OrdinaryAmount">Sum of ordinary lines, SEK.</param>
/// <param name="TransitionAmount">Sum of transition lines, SEK: the visible cost of the transition rule.</param>
public sealed record CompensationTotal(CalendarMonth Month, string ProviderId, int Children, decimal OrdinaryAmount, decimal TransitionAmount)
{
    /// <summary>Ordinary plus transition amount.</summary>
    public decimal Total => OrdinaryAmount + TransitionAmount;
}

/// <summary>A payable month for which nothing is paid because no age band of the version in force covers the child.</summary>
/// <param name="Month">The month.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="ChildId">The child.</param>
/// <param name="Age">The child's age by the age rule (-1: not born by the reference day).</param>
/// <param name="RateFrom">The <c>from</c> month of the version in force.</param>
/// <param name="Location">The first enrollment of the child at the provider, when read from a file.</param>
public sealed record CompensationWarning(CalendarMonth Month, string ProviderId, string ChildId, int Age, CalendarMonth RateFrom, InputLocation? Location)
{
    /// <summary>What is wrong, in a sentence naming child, provider and month.</summary>
    public string Message => Invariant(
        $"child {ChildId} at provider {ProviderId} in {Month}: no age band of the rates from {RateFrom} covers age {Age}; nothing is paid");

    /// <summary><c>file:line: warning: message</c> when the location is known, else <c>warning: message</c>.</summary>
    public override string ToString() =>
        Location is { } at ? Invariant($"{at.Source}:{at.Line}: warning: {Message}") : $"warning: {Message}";
}

/// <summary>The result of a compensation run: lines sorted by month, provider and child (ordinal), totals per month
/// and provider sorted by month and provider, and warnings.</summary>
/// <param name="Lines">Every paid line.</param>
/// <param name="Totals">Sums of the lines per month and provider.</param>
/// <param name="Warnings">Payable months for which nothing was paid.</param>
public sealed record CompensationResult(
    IReadOnlyList<CompensationLine> Lines,
    IReadOnlyList<CompensationTotal> Totals,
    IReadOnlyList<CompensationWarning> Warnings);
