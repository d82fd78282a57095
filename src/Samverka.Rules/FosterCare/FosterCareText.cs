using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>Swedish names of the foster-care terms, as the UI and the explanations show them (see GLOSSARY.md).</summary>
public static class FosterCareNames
{
    /// <summary>"Familjehem", "Jourhem" or "Förstärkt familjehem".</summary>
    public static string Of(HomeType type) => type switch
    {
        HomeType.FamilyHome => "Familjehem",
        HomeType.EmergencyHome => "Jourhem",
        HomeType.ReinforcedFamilyHome => "Förstärkt familjehem",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown home type."),
    };

    /// <summary>The board column's name, for example "Familjehemsutredning".</summary>
    public static string Of(RecruitmentState state) => state switch
    {
        RecruitmentState.Inquiry => "Intresseanmälan",
        RecruitmentState.FirstContact => "Första kontakt",
        RecruitmentState.HomeStudy => "Familjehemsutredning",
        RecruitmentState.Training => "Utbildning",
        RecruitmentState.Approved => "Godkänd",
        RecruitmentState.Available => "Tillgänglig",
        RecruitmentState.Occupied => "Placerad",
        RecruitmentState.Paused => "Vilande",
        RecruitmentState.Ended => "Avslutad",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown recruitment state."),
    };

    /// <summary>"SoL" or "LVU".</summary>
    public static string Of(LegalBasis basis) => basis switch
    {
        LegalBasis.SoL => "SoL",
        LegalBasis.Lvu => "LVU",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown legal basis."),
    };

    /// <summary>"Planerad", "Brådskande" or "Akut".</summary>
    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Planned => "Planerad",
        Urgency.Urgent => "Brådskande",
        Urgency.Emergency => "Akut",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>"Arvode" or "Omkostnadsersättning".</summary>
    public static string Of(FeeKind kind) => kind switch
    {
        FeeKind.Fee => "Arvode",
        FeeKind.ExpenseAllowance => "Omkostnadsersättning",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fee kind."),
    };
}

/// <summary>Swedish number and date text for explanations, independent of the machine's culture.</summary>
internal static class FosterCareText
{
    /// <summary><c>9 800,00 kr</c>: two decimals, no-break space between thousands, minus U+2212.</summary>
    public static string Kronor(decimal amount) => SwedishFormat.Kronor(amount);

    /// <summary><c>12,5</c>, <c>40</c>: at most <paramref name="maxDecimals"/> decimals (half away from zero).</summary>
    public static string Number(decimal value, int minDecimals, int maxDecimals) => SwedishFormat.Number(value, minDecimals, maxDecimals);

    /// <summary><c>2026-03-01</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>2026-03-01..2026-03-31</c>, or <c>2026-03-01..</c> when open-ended.</summary>
    public static string Range(DateRange range) =>
        range.End == DateOnly.MaxValue ? Date(range.Start) + ".." : Date(range.Start) + ".." + Date(range.End);

    /// <summary><c>från 2026-01</c> when a version takes effect on the first of a month, else <c>från 2026-01-15</c>.</summary>
    public static string From(DateOnly effectiveFrom) =>
        "från " + (effectiveFrom.Day == 1 ? CalendarMonth.Of(effectiveFrom).ToString() : Date(effectiveFrom));

    /// <summary>"arabiska, somaliska och tigrinja".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " och " + items[^1],
    };
}
