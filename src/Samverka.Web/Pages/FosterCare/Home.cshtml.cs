using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Rules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>One home: household (audited read), history, and the next recruitment step.</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class HomeModel(GetHome get, TransitionHome transition) : PageModel
{
    public GetHome.Details Details { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public bool ShowRecords { get; private set; }

    public IReadOnlyList<FieldView> StepFields { get; private set; } = [];

    public IReadOnlyList<FieldView> RecordFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["step.To"] = Text.Translate("Next step"), ["step.On"] = Text.Translate("Date"), ["step.Note"] = Text.Translate("Note"),
        ["step.StudyCompletedOn"] = Text.Translate("Home study completed"), ["step.StudyAssessment"] = Text.Translate("Assessment"),
        ["step.StudyDecidedBy"] = Text.Translate("Decided by"), ["step.TrainingCourse"] = Text.Translate("Course"),
        ["step.TrainingSessions"] = Text.Translate("Sessions attended"), ["step.TrainingCompletedOn"] = Text.Translate("Training completed"),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
        Details = details;
        Build();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? F(string n) => Request.Form["step." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        var request = new TransitionHome.Request(Enum.TryParse<RecruitmentState>(F("To"), out var to) ? to : null, D("On"), F("Note"),
            D("StudyCompletedOn"), F("StudyAssessment"), F("StudyDecidedBy"), F("TrainingCourse"),
            int.TryParse(F("TrainingSessions"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var sessions) ? sessions : null, D("TrainingCompletedOn"));
        try
        {
            if (!await transition.HandleAsync(id, request, HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect($"/foster-care/homes/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "step");
            if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
            Details = details;
            Build();
            return Page();
        }
    }

    private void Build()
    {
        string? V(string n) => Request.HasFormContentType ? Request.Form["step." + n].ToString() : null;
        FieldView F(string n, string type = "text") => FieldView.For(ModelState, "step." + n, Labels["step." + n], V(n)) with { Type = type };
        StepFields =
        [
            F("To", "select") with { Required = true, Options = [("", Text.Translate("Choose the next step")), .. Details.AllowedNext.Select(s => (s.ToString(), FosterCareView.Name(s)))] },
            F("On", "date") with { Required = true },
            F("Note"),
        ];
        var h = Details.Home;
        RecordFields =
        [
            F("StudyCompletedOn", "date") with { Value = V("StudyCompletedOn") ?? (h.StudyCompletedOn is { } a ? FosterCareView.Date(a) : null) },
            F("StudyAssessment") with { Value = V("StudyAssessment") ?? h.StudyAssessment },
            F("StudyDecidedBy") with { Value = V("StudyDecidedBy") ?? h.StudyDecidedBy },
            F("TrainingCourse") with { Value = V("TrainingCourse") ?? h.TrainingCourse, Hint = Text.Translate("For example \"Ett hem att växa i\".") },
            F("TrainingSessions", "number") with { Value = V("TrainingSessions") ?? (h.TrainingCourse is null ? null : h.TrainingSessions.ToString(CultureInfo.InvariantCulture)) },
            F("TrainingCompletedOn", "date") with { Value = V("TrainingCompletedOn") ?? (h.TrainingCompletedOn is { } b ? FosterCareView.Date(b) : null) },
        ];
        ShowRecords = Details.AllowedNext.Any(s => s is RecruitmentState.Training or RecruitmentState.Approved) || ModelState.ErrorCount > 0;
    }
}
