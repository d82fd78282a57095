using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The members' agreements: bound until, notice deadlines, the end of a notice on a chosen day; staff record notices.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class AgreementsModel(ListAgreements list, RecordNotice record) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? NoticeDate { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? Saved { get; set; }

    public ListAgreements.Result Result { get; private set; } = null!;

    private Guid? _failed;
    private RecordNotice.Request? _input;

    public IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["notice.AgreementId"] = Text.Translate("Member"),
        ["notice.NoticeDate"] = Text.Translate("Notice given on"),
        ["notice.DecisionBody"] = Text.Translate("Decided by (body)"),
        ["notice.DecisionDate"] = Text.Translate("Date of the decision"),
        ["notice.DecisionReference"] = Text.Translate("Decision reference"),
        ["notice.DecisionTitle"] = Text.Translate("Title of the decision"),
    };

    public IReadOnlyList<FieldView> NoticeFields()
    {
        var input = _input;
        FieldView F(string name, string? value, string type = "text") =>
            FieldView.For(ModelState, "notice." + name, Labels["notice." + name], value) with { Type = type, Required = name != "DecisionTitle" };
        return
        [
            F("AgreementId", _failed?.ToString(), "select") with
            {
                Options = [("", Text.Translate("Choose a member")), .. Result.Items.Where(a => a.NoticeGivenOn is null).Select(a => (a.Id.ToString(), a.MemberName))],
            },
            F("NoticeDate", input?.NoticeDate is { } n ? FosterCareView.Date(n) : null, "date"), F("DecisionBody", input?.DecisionBody),
            F("DecisionDate", input?.DecisionDate is { } d ? FosterCareView.Date(d) : null, "date"), F("DecisionReference", input?.DecisionReference),
            F("DecisionTitle", input?.DecisionTitle),
        ];
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await list.HandleAsync(HttpContext.Actor(), NoticeDate, cancellationToken);

    public async Task<IActionResult> OnPostNoticeAsync([FromForm(Name = "notice.AgreementId")] Guid? id, [FromForm(Name = "notice")] RecordNotice.Request notice, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (id is null) throw new InputProblemsException(new InputProblem("notice", null, "AgreementId", "Choose a member."));
            if (await record.HandleAsync(id.Value, notice, HttpContext.Actor(), cancellationToken) is not { } end) return NotFound();
            return Redirect($"/foster-care/agreements?saved={FosterCareView.Date(end)}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "notice");
            _failed = id;
            _input = notice;
            Result = await list.HandleAsync(HttpContext.Actor(), NoticeDate, cancellationToken);
            return Page();
        }
    }
}
