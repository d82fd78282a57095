using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>One grant year's follow-up report: the association submits it (text and a file if it wants), officers read
/// and accept it. Anyone signed in may open the page; the use cases decide (another organisation's grant is a 404).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class FollowUpReportModel(GetFollowUpReport get, SubmitFollowUpReport submit, AcceptFollowUpReport accept) : PageModel
{
    [BindProperty] public string? ReportText { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetFollowUpReport.Result Report { get; private set; } = null!;

    public FieldView TextField { get; private set; } = null!;

    public FieldView FileField { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int year, CancellationToken cancellationToken)
    {
        await BuildAsync(id, year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, int year, CancellationToken cancellationToken) =>
        await get.AttachmentAsync(id, year, HttpContext.Actor(), cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, int year, IFormFile? file, CancellationToken cancellationToken) =>
        RunAsync(id, year, async () =>
        {
            await using var stream = file?.OpenReadStream();
            await submit.HandleAsync(id, year, ReportText, file?.FileName, stream, file?.Length ?? 0, HttpContext.Actor(), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, int year, CancellationToken cancellationToken) =>
        RunAsync(id, year, () => accept.HandleAsync(id, year, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, int year, Func<Task> action, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await action();
            return Redirect($"/grants/applications/{id}/follow-up/{year}?saved=true");
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems) ModelState.AddModelError(p.Field == "Text" ? "ReportText" : p.Field, p.Message);
            await BuildAsync(id, year, cancellationToken);
            return Page();
        }
    }

    private async Task BuildAsync(Guid id, int year, CancellationToken cancellationToken)
    {
        Report = await get.HandleAsync(id, year, HttpContext.Actor(), cancellationToken);
        TextField = FieldView.For(ModelState, "ReportText", Text.Translate("How the money was used"), ReportText)
            with { Required = true, Hint = Text.Translate("The activities carried out, whom they reached, and what the grant paid for.") };
        FileField = FieldView.For(ModelState, "File", Text.Translate("File (optional)"), null)
            with { Hint = Text.Translate("E.g. the annual report and accounts: PDF, Word, Excel, OpenDocument, text or CSV, at most 5 MB.") };
        ViewData["FieldLabels"] = new Dictionary<string, string> { ["ReportText"] = TextField.Label, ["File"] = FileField.Label, ["Report"] = Text.Translate("Follow-up report") };
    }
}
