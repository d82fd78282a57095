using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>One application: the applicant's view (attachments of a draft), the officers' (individual assessment,
/// conflicts of interest, scores and recommended amounts).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ApplicationModel(GetGrantApplication get, AddGrantAttachment attach, RecordIndividualAssessment assess,
    DeclareConflictOfInterest declare, ScoreGrantApplication score, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty] public RecordIndividualAssessment.Input Assess { get; set; } = new();

    [BindProperty] public ScoreGrantApplication.Input Score { get; set; } = new();

    [BindProperty] public string? ConflictReasonText { get; set; }

    [BindProperty] public GrantAttachmentKind? AttachmentKind { get; set; }

    public GetGrantApplication.Details Details { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public FieldView AttachKind { get; private set; } = null!;

    public FieldView AttachFile { get; private set; } = null!;

    public FieldView AssessEligible { get; private set; } = null!;

    public FieldView AssessReasoning { get; private set; } = null!;

    public FieldView ConflictReason { get; private set; } = null!;

    public IReadOnlyList<(string Legend, FieldView Score, FieldView Comment)> ScoreFields { get; private set; } = [];

    public IReadOnlyList<FieldView> RecommendFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAttachAsync(Guid id, IFormFile? file, CancellationToken cancellationToken) =>
        RunAsync(id, "Attach", async () =>
        {
            await using var stream = file?.OpenReadStream() ?? Stream.Null;
            await attach.HandleAsync(id, AttachmentKind, file?.FileName, stream, file?.Length ?? 0, HttpContext.Actor(), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostAssessAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Assess", () => assess.HandleAsync(id, Assess, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostConflictAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Conflict", () => declare.HandleAsync(id, ConflictReasonText, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostScoreAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Score", () => score.HandleAsync(id, Score, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task> action, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await action();
            return Redirect($"/grants/applications/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems)
                ModelState.AddModelError(prefix switch { "Conflict" => "ConflictReasonText", "Attach" => p.Field == "Kind" ? "AttachmentKind" : "Attach.File", _ => prefix + "." + p.Field }, p.Message);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        catch (Rules.Grants.ClosedRoundCannotChangeException e)
        {
            ModelState.AddModelError("", e.Message);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return false;
        Details = details;
        CanManage = (await authorization.AuthorizeAsync(User, Policies.GrantsManage)).Succeeded;
        AttachKind = FieldView.For(ModelState, "AttachmentKind", Text.Translate("Kind of attachment"), AttachmentKind?.ToString()) with
        {
            Type = "select", Required = true,
            Options = [("", Text.Translate("Choose a kind")), .. Enum.GetValues<GrantAttachmentKind>().Select(k => (k.ToString(), GrantsText.Attachment(k)))],
        };
        AttachFile = FieldView.For(ModelState, "Attach.File", Text.Translate("File"), null) with { Hint = Text.Translate("PDF, Word, Excel, OpenDocument, text or CSV; at most 5 MB.") };
        AssessEligible = FieldView.For(ModelState, "Assess.Eligible", Text.Translate("Result of the assessment"), Assess.Eligible?.ToString()) with
        {
            Type = "select", Required = true,
            Options = [("", Text.Translate("Choose")), ("True", Text.Translate("Eligible")), ("False", Text.Translate("Not eligible"))],
        };
        AssessReasoning = FieldView.For(ModelState, "Assess.Reasoning", Text.Translate("Reasoning"), Assess.Reasoning) with { Type = "textarea", Required = true };
        ConflictReason = FieldView.For(ModelState, "ConflictReasonText", Text.Translate("Reason for the conflict of interest"), ConflictReasonText) with
        {
            Hint = Text.Translate("E.g. board member of the association"),
        };
        var rule = details.Rule;
        var scale = Enumerable.Range(rule.MinScore, rule.MaxScore - rule.MinScore + 1).Select(i => (i.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture)));
        ScoreFields = rule.Criteria.Select(c => (
            Text.Translate("{0} (weight {1})").Replace("{0}", c.Name, StringComparison.Ordinal).Replace("{1}", GrantsText.Number(c.Weight, 2), StringComparison.Ordinal),
            FieldView.For(ModelState, $"Score.Scores[{c.Key}]", Text.Translate("Score for {0}").Replace("{0}", c.Name, StringComparison.Ordinal),
                Score.Scores.GetValueOrDefault(c.Key)?.ToString(CultureInfo.InvariantCulture)) with { Type = "select", Required = true, Options = [("", Text.Translate("Choose")), .. scale] },
            FieldView.For(ModelState, $"Score.Comments[{c.Key}]", Text.Translate("Comment on {0}").Replace("{0}", c.Name, StringComparison.Ordinal), Score.Comments.GetValueOrDefault(c.Key)))).ToList();
        RecommendFields = Enumerable.Range(0, Math.Min(rule.MaxYears, 3)).Select(i => FieldView.For(ModelState, $"Score.Recommended{i + 1}",
            Text.Translate("Recommended amount {0} (kr)").Replace("{0}", (rule.Year + i).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            GrantForms.Amount(i switch { 0 => Score.Recommended1, 1 => Score.Recommended2, _ => Score.Recommended3 })) with
        {
            Hint = i == 0 ? Text.Translate("Leave empty to recommend the amounts applied for") : null,
        }).ToList();
        Labels = new[] { AttachKind, AttachFile, AssessEligible, AssessReasoning, ConflictReason }
            .Concat(ScoreFields.SelectMany(f => new[] { f.Score, f.Comment })).Concat(RecommendFields).ToDictionary(f => f.Name, f => f.Label);
        Labels["Score.Scores"] = Text.Translate("Scores");
        Labels["Score.Status"] = Text.Translate("Status");
        Labels["Assess.Eligible"] = AssessEligible.Label;
        return true;
    }
}
