using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>An officer's individual assessment of an organisation whose form is eligible only after one
/// (a foundation, a looser group).</summary>
/// <param name="OfficerId">The officer who made it.</param>
/// <param name="Date">The day it was recorded.</param>
/// <param name="Eligible">Whether it found the organisation eligible.</param>
/// <param name="Reasoning">Why, in the officer's words.</param>
public sealed record IndividualAssessment(string OfficerId, DateOnly Date, bool Eligible, string Reasoning);

/// <summary>A submitted application to one programme year.</summary>
/// <param name="Id">The application's id, unique within the round; the last tie-breaker of the ranking.</param>
/// <param name="ProgrammeId">The programme applied to.</param>
/// <param name="Year">The programme year (budget year) applied to.</param>
/// <param name="OrganisationId">The applying organisation.</param>
/// <param name="Form">The applicant's legal form.</param>
/// <param name="SubmittedAt">The instant the application was submitted.</param>
/// <param name="Amounts">Amount applied for per year; consecutive years from the programme year.</param>
public sealed record GrantApplication(
    string Id,
    string ProgrammeId,
    int Year,
    string OrganisationId,
    OrganisationForm Form,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<YearAmount> Amounts)
{
    /// <summary>The programme's priority areas the application says it serves.</summary>
    public IReadOnlyList<string> PriorityAreas { get; init; } = [];

    /// <summary>The individual assessment, when an officer has recorded one.</summary>
    public IndividualAssessment? Assessment { get; init; }

    /// <summary>Name used as the source of problems: <c>application A-17</c>.</summary>
    public string Source => $"application {Id}";
}

/// <summary>The rules an application must satisfy: at submission (window, amounts, years, priority areas, a form
/// that can be eligible at all) and before it is decided (a recorded individual assessment where the form needs one).</summary>
public static class ApplicationRules
{
    /// <summary>Every problem that refuses the submission (empty when it is accepted).</summary>
    /// <remarks>A form that needs an individual assessment may submit without one: the officer records it after
    /// submission. <see cref="ValidateForDecision"/> requires it.</remarks>
    public static IReadOnlyList<InputProblem> ValidateSubmission(ProgrammeYear programme, GrantApplication application)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(application);
        var problems = new List<InputProblem>();
        void Add(string field, string message) => problems.Add(new InputProblem(application.Source, null, field, message));

        if (!string.Equals(application.ProgrammeId, programme.ProgrammeId, StringComparison.Ordinal) || application.Year != programme.Year)
            Add("programme", string.Create(CultureInfo.InvariantCulture,
                $"the application is for {application.ProgrammeId} {application.Year}, not {programme.ProgrammeId} {programme.Year}"));

        switch (programme.Window.PositionOf(application.SubmittedAt))
        {
            case WindowPosition.BeforeOpening:
                Add("submitted_at", $"submitted {ApplicationWindow.StockholmText(application.SubmittedAt)}, before the window opens; the window is {programme.Window}");
                break;
            case WindowPosition.Closed:
                Add("submitted_at", $"submitted {ApplicationWindow.StockholmText(application.SubmittedAt)}, after the window closed; the window is {programme.Window}");
                break;
        }

        problems.AddRange(AmountProblems(programme, application.Amounts, application.Source, "amounts"));

        var known = new HashSet<string>(programme.PriorityAreas.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        foreach (var area in application.PriorityAreas)
            if (!known.Contains(area.Trim()))
                Add("priority_areas", $"'{area}' is not a priority area of {programme.ProgrammeId} {programme.Year} ({string.Join(", ", programme.PriorityAreas)})");

        if (programme.EligibilityOf(application.Form) == FormEligibility.NotEligible)
            Add("organisation_form", $"{application.Form} is not eligible in {programme.ProgrammeId} {programme.Year}");
        return problems;
    }

    /// <summary>Every problem that refuses granting the application (empty when it may be granted): the submission
    /// problems, plus a form that needs an individual assessment without one that found it eligible.</summary>
    public static IReadOnlyList<InputProblem> ValidateForDecision(ProgrammeYear programme, GrantApplication application)
    {
        var problems = ValidateSubmission(programme, application).ToList();
        problems.AddRange(EligibilityProblems(programme, application));
        return problems;
    }

    /// <summary>The problem with the applicant's form, if the form needs an individual assessment and none found it eligible.</summary>
    public static IReadOnlyList<InputProblem> EligibilityProblems(ProgrammeYear programme, GrantApplication application)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(application);
        if (programme.EligibilityOf(application.Form) != FormEligibility.AfterIndividualAssessment) return [];
        return application.Assessment switch
        {
            null => [new InputProblem(application.Source, null, "individual_assessment",
                $"{application.Form} is eligible only after an individual assessment, and none is recorded")],
            { Eligible: false } a => [new InputProblem(application.Source, null, "individual_assessment",
                string.Create(CultureInfo.InvariantCulture, $"the individual assessment by {a.OfficerId} on {a.Date:yyyy-MM-dd} found the organisation not eligible"))],
            _ => [],
        };
    }

    /// <summary>Problems with amounts per year for <paramref name="programme"/>: each above zero, whole öre, at most the
    /// cap; years distinct, consecutive, starting at the programme year, no more than the programme allows.</summary>
    /// <param name="programme">The programme year.</param>
    /// <param name="amounts">The amounts, any order.</param>
    /// <param name="source">Source for the problems.</param>
    /// <param name="field">Field prefix, for example <c>amounts</c>; a year's problem is reported at <c>amounts[2027]</c>.</param>
    public static IReadOnlyList<InputProblem> AmountProblems(ProgrammeYear programme, IReadOnlyList<YearAmount> amounts, string source, string field)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(amounts);
        var problems = new List<InputProblem>();
        void Add(string f, string message) => problems.Add(new InputProblem(source, null, f, message));

        if (amounts.Count == 0)
        {
            Add(field, "no amount is given for any year");
            return problems;
        }
        foreach (var a in amounts.OrderBy(a => a.Year))
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{field}[{a.Year}]");
            if (a.Amount < 0) Add(at, $"{Sv.Kr(a.Amount)} is negative");
            else if (a.Amount == 0) Add(at, "0 kr: an amount is above zero (leave the year out instead)");
            else if (a.Amount != Math.Round(a.Amount, 2)) Add(at, $"{a.Amount.ToString(CultureInfo.InvariantCulture)} is not a whole number of öre");
            else if (a.Amount > programme.CapPerYear)
                Add(at, $"{Sv.Kr(a.Amount)} is above the cap of {Sv.Kr(programme.CapPerYear)} per application and year, by {Sv.Kr(a.Amount - programme.CapPerYear)}");
        }

        var years = amounts.Select(a => a.Year).OrderBy(y => y).ToList();
        var allowed = Math.Min(programme.MaxYears, ProgrammeYear.AbsoluteMaxYears);
        if (years.Distinct().Count() != years.Count)
            Add(field, $"a year appears twice ({string.Join(", ", years.GroupBy(y => y).Where(g => g.Count() > 1).Select(g => g.Key))})");
        else if (years.Count > allowed)
            Add(field, years.Count > ProgrammeYear.AbsoluteMaxYears
                ? $"{years.Count} years; no grant covers more than {ProgrammeYear.AbsoluteMaxYears} years"
                : $"{years.Count} years; {programme.ProgrammeId} {programme.Year} allows at most {allowed}");
        if (years[0] != programme.Year)
            Add(field, string.Create(CultureInfo.InvariantCulture, $"the first year is {years[0]}; a grant of {programme.ProgrammeId} {programme.Year} starts in {programme.Year}"));
        for (var i = 1; i < years.Count; i++)
            if (years[i] != years[i - 1] + 1 && years[i] != years[i - 1])
                Add(field, string.Create(CultureInfo.InvariantCulture, $"the years are not consecutive: {years[i - 1]} is followed by {years[i]}"));
        return problems;
    }
}
