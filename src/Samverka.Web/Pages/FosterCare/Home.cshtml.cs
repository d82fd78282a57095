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

/// <summary>One home: household (audited read), history with each step's documents, the next recruitment step, and its
/// supervision and support log.</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class HomeModel(GetHome get, TransitionHome transition, GetSupportLog getLog, LogSupport logSupport, CompleteFollowUp completeFollowUp,
    AddStepDocument addDocument, ListStepDocuments listDocuments, ChangeHome change, DeleteStepDocument deleteDocument) : PageModel
{
    public GetHome.Details Details { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)] public bool Logged { get; set; }

    [BindProperty(SupportsGet = true)] public bool Filed { get; set; }

    [BindProperty(SupportsGet = true)] public bool Removed { get; set; }

    [BindProperty(SupportsGet = true)] public bool Changed { get; set; }

    /// <summary>What the home can take, to change: filled with what it takes now.</summary>
    public IReadOnlyList<FieldView> HomeFields { get; private set; } = [];

    /// <summary>The documents of the home's steps, by step.</summary>
    public ILookup<Guid, ListStepDocuments.Item> Documents { get; private set; } = Array.Empty<ListStepDocuments.Item>().ToLookup(d => d.StepId);

    public IReadOnlyList<FieldView> DocumentFields { get; private set; } = [];

    public IReadOnlyList<GetSupportLog.Entry> Log { get; private set; } = [];

    public IReadOnlyList<FieldView> SupportFields { get; private set; } = [];

    public bool ShowRecords { get; private set; }

    public IReadOnlyList<FieldView> StepFields { get; private set; } = [];

    public IReadOnlyList<FieldView> RecordFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["step.To"] = Text.Translate("Next step"), ["step.On"] = Text.Translate("Date"), ["step.Note"] = Text.Translate("Note"),
        ["step.StudyCompletedOn"] = Text.Translate("Home study completed"), ["step.StudyAssessment"] = Text.Translate("Assessment"),
        ["step.StudyDecidedBy"] = Text.Translate("Decided by"), ["step.TrainingCourse"] = Text.Translate("Course"),
        ["step.TrainingSessions"] = Text.Translate("Sessions attended"), ["step.TrainingCompletedOn"] = Text.Translate("Training completed"),
        ["support.Date"] = Text.Translate("Date"), ["support.Kind"] = Text.Translate("Kind of support"), ["support.Hours"] = Text.Translate("Hours"),
        ["support.Staff"] = Text.Translate("Staff who took part"), ["support.Household"] = Text.Translate("Household adults who took part"),
        ["support.Notes"] = Text.Translate("Notes"), ["support.FollowUpDue"] = Text.Translate("Follow-up due"), ["followup.DoneOn"] = Text.Translate("Follow-up done"),
        ["document.StepId"] = Text.Translate("Step"), ["document.File"] = Text.Translate("File"),
        ["home.Address"] = Text.Translate("Address"), ["home.Places"] = Text.Translate("Places"), ["home.MinAge"] = Text.Translate("Youngest age taken"),
        ["home.MaxAge"] = Text.Translate("Oldest age taken"), ["home.AcceptsSiblings"] = Text.Translate("Takes siblings"), ["home.MaxSiblingGroup"] = Text.Translate("Largest sibling group"),
        ["home.Languages"] = Text.Translate("Languages (comma-separated)"), ["home.Competences"] = Text.Translate("Competences (comma-separated)"),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
        Details = details;
        await BuildAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSupportAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? F(string n) => Request.Form["support." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        var hours = F("Hours")?.Replace(',', '.');
        var request = new LogSupport.Request(D("Date"), Enum.TryParse<SupportKind>(F("Kind"), out var kind) ? kind : null,
            decimal.TryParse(hours, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) ? h : null,
            F("Staff"), F("Household"), F("Notes"), D("FollowUpDue"));
        return await RunAsync(id, "support", async () => await logSupport.HandleAsync(id, request, HttpContext.Actor(), cancellationToken) is not null, "logged", cancellationToken);
    }

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var file = Request.Form.Files["document.File"];
        Guid? stepId = Guid.TryParse(Request.Form["document.StepId"].ToString(), out var step) ? step : null;
        return await RunAsync(id, "document", async () =>
        {
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            return await addDocument.HandleAsync(id, stepId, file?.FileName, stream, file?.Length ?? 0, HttpContext.Actor(), cancellationToken) is not null;
        }, "filed", cancellationToken, "documents");
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await RunAsync(id, "document", () => deleteDocument.HandleAsync(id, documentId, HttpContext.Actor(), cancellationToken), "removed", cancellationToken, "documents");
    }

    public async Task<IActionResult> OnPostHomeAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? F(string n) => Request.Form["home." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        int? I(string n) => int.TryParse(F(n), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        var request = new ChangeHome.Request(F("Address"), I("Places"), I("MinAge"), I("MaxAge"), F("AcceptsSiblings") == "true", I("MaxSiblingGroup"), F("Languages"), F("Competences"));
        return await RunAsync(id, "home", () => change.HandleAsync(id, request, HttpContext.Actor(), cancellationToken), "changed", cancellationToken, "what-it-takes");
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, Guid entryId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var done = DateOnly.TryParseExact(Request.Form["followup.DoneOn"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null;
        return await RunAsync(id, "followup", () => completeFollowUp.HandleAsync(entryId, new CompleteFollowUp.Request(done), HttpContext.Actor(), cancellationToken), "logged", cancellationToken);
    }

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task<bool>> action, string flag, CancellationToken cancellationToken, string anchor = "support-log")
    {
        try
        {
            if (!await action()) return NotFound();
            return Redirect($"/foster-care/homes/{id}?{flag}=true#{anchor}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, prefix);
            if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
            Details = details;
            await BuildAsync(cancellationToken);
            return Page();
        }
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
            await BuildAsync(cancellationToken);
            return Page();
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        Log = await getLog.HandleAsync(Details.Home.Id, HttpContext.Actor(), cancellationToken) ?? [];
        Documents = (await listDocuments.HandleAsync(Details.Home.Id, HttpContext.Actor(), cancellationToken)).ToLookup(d => d.StepId);
        string? Doc(string n) => Request.HasFormContentType ? Request.Form["document." + n].ToString() : null;
        DocumentFields =
        [
            FieldView.For(ModelState, "document.StepId", Labels["document.StepId"], Doc("StepId")) with
            {
                Type = "select", Required = true,
                Options = [("", Text.Translate("Choose the step")), .. Details.Home.Steps.Select(s => (s.Id.ToString(), $"{FosterCareView.Name(s.State)} {FosterCareView.Date(s.Date)}"))],
            },
            FieldView.For(ModelState, "document.File", Labels["document.File"], null) with
            {
                Type = "file", Required = true, Hint = Text.Translate("PDF, Word, Excel, OpenDocument, text or CSV; at most 5 MB."),
            },
        ];
        string? S(string n) => Request.HasFormContentType ? Request.Form["support." + n].ToString() : null;
        FieldView L(string n, string type = "text", bool required = false) => FieldView.For(ModelState, "support." + n, Labels["support." + n], S(n)) with { Type = type, Required = required };
        SupportFields =
        [
            L("Date", "date", true),
            L("Kind", "select", true) with { Options = [("", Text.Translate("Choose the kind of support")), .. Enum.GetValues<SupportKind>().Select(k => (k.ToString(), FosterCareView.Name(k)))] },
            L("Hours", required: true) with { Hint = Text.Translate("For example 1,5.") },
            L("Staff", required: true) with { Hint = Text.Translate("Names, separated by commas.") },
            L("Household") with { Hint = Text.Translate("Names, separated by commas.") },
            L("Notes"), L("FollowUpDue", "date") with { Hint = Text.Translate("Empty: no follow-up.") },
        ];
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
        string? Home(string n, string now) => Request.HasFormContentType && Request.Form.ContainsKey("home." + n) ? Request.Form["home." + n].ToString() : now;
        FieldView H(string n, string now, string type = "text") => FieldView.For(ModelState, "home." + n, Labels["home." + n], Home(n, now)) with { Type = type };
        string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        HomeFields =
        [
            H("Address", h.Address) with { Required = true },
            H("Places", N(h.Places), "number") with { Required = true },
            H("MinAge", N(h.MinAge), "number") with { Required = true },
            H("MaxAge", N(h.MaxAge), "number") with { Required = true },
            H("AcceptsSiblings", h.AcceptsSiblings ? "true" : "false", "select") with { Options = [("false", Text.Translate("No")), ("true", Text.Translate("Yes"))] },
            H("MaxSiblingGroup", N(h.MaxSiblingGroup), "number"),
            H("Languages", h.Languages), H("Competences", h.Competences),
        ];
        ShowRecords = Details.AllowedNext.Any(s => s is RecruitmentState.Training or RecruitmentState.Approved) || ModelState.ErrorCount > 0;
    }
}
