using Samverka.Kernel;

namespace Samverka.Rules.Compensation;

/// <summary>Swedish wording for explanations, without depending on the machine's culture.</summary>
internal static class SwedishText
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];

    /// <summary><c>sep 2007</c>.</summary>
    public static string Month(CalendarMonth m) => $"{MonthNames[m.Month - 1]} {m.Year}";

    /// <summary><c>aug</c>.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary><c>1 sep 2007</c>.</summary>
    public static string Day(DateOnly d) => $"{d.Day} {MonthNames[d.Month - 1]} {d.Year}";

    /// <summary><c>10 120,00 kr</c> with no-break spaces, always two decimals (as on a payment specification).</summary>
    public static string Kronor(decimal amount) => SwedishFormat.Kronor(amount);
}

/// <summary>Problems both calculation paths report in the same words.</summary>
internal static class CompensationProblems
{
    public static InputProblem FromAfterTo(CalendarMonth from, CalendarMonth to) =>
        new("run", null, "from", $"{from} is after to {to}");

    public static InputProblem NoVersionInForce(CompensationRuleSet ruleSet, CalendarMonth month)
    {
        var earliest = ruleSet.Rates.MinBy(v => v.From);
        return new InputProblem(ruleSet.Source, earliest?.Location?.Line, "rates",
            $"no rate version is in force in {month}, a month in which children are payable; " +
            (earliest is null ? "there are no versions" : $"the earliest version applies from {earliest.From}"));
    }

    public static void ThrowIfAny(IEnumerable<InputProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count > 0) throw new InputProblemsException(list);
    }
}
