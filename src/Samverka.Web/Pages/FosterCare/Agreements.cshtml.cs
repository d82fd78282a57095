using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The members' agreements: bound until, notice deadlines, the end of a notice on a chosen day; staff create and
/// change agreements and record notices.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class AgreementsModel(ListAgreements list, RecordNotice record, SaveAgreement save, FosterCareAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? NoticeDate { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? Saved { get; set; }

    /// <summary>The agreement whose terms the form is filled with (<c>?edit=</c>), or null for a new agreement.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }

    [BindProperty(SupportsGet = true)] public bool Stored { get; set; }

    public IReadOnlyList<FieldView> AgreementFields { get; private set; } = [];

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
        ["agreement.MemberId"] = Text.Translate("Member"), ["agreement.Start"] = Text.Translate("Start"), ["agreement.TermYears"] = Text.Translate("Initial term (years)"),
        ["agreement.NoticeMonths"] = Text.Translate("Notice period (months)"), ["agreement.RenewalYears"] = Text.Translate("Renewed by (years; 0: rolling)"),
        ["agreement.InvoiceEmail"] = Text.Translate("Invoice e-mail"), ["agreement.BuyerReference"] = Text.Translate("The member's invoice reference"),
        ["agreement.DecisionBody"] = Text.Translate("Decided by (body)"), ["agreement.DecisionDate"] = Text.Translate("Date of the decision"),
        ["agreement.DecisionReference"] = Text.Translate("Decision reference"), ["agreement.DecisionTitle"] = Text.Translate("Title of the decision"),
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

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Result = await list.HandleAsync(HttpContext.Actor(), NoticeDate, cancellationToken);
        if (Result.Unit is not { IsStaff: true }) return;
        var members = await access.MembersAsync(Result.Unit.UnitId, cancellationToken);
        var edit = Result.Items.FirstOrDefault(a => a.Id == Edit && a.NoticeGivenOn is null);
        var posted = Request.HasFormContentType && Request.Form.ContainsKey("agreement.Start");
        string? V(string n, string? current) => posted ? Request.Form["agreement." + n].ToString() : current;
        string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
        FieldView F(string n, string? current, string type = "text", bool required = true) =>
            FieldView.For(ModelState, "agreement." + n, Labels["agreement." + n], V(n, current)) with { Type = type, Required = required };
        AgreementFields =
        [
            edit is null
                ? F("MemberId", null, "select") with { Options = [("", Text.Translate("Choose a member")), .. members.Select(m => (m.Id.ToString(), m.Name))] }
                : F("MemberId", edit.MemberId.ToString(), "select") with { Options = [(edit.MemberId.ToString(), edit.MemberName)] },
            F("Start", edit is null ? null : FosterCareView.Date(edit.Start), "date"),
            F("TermYears", edit is null ? "5" : Inv(edit.TermYears), "number"), F("NoticeMonths", edit is null ? "12" : Inv(edit.NoticeMonths), "number"),
            F("RenewalYears", edit is null ? "5" : Inv(edit.RenewalYears), "number"),
            F("InvoiceEmail", edit?.InvoiceEmail, "email", required: false) with { Hint = Text.Translate("Empty: the member's own e-mail address.") },
            F("BuyerReference", edit?.BuyerReference, required: false),
            F("DecisionBody", null), F("DecisionDate", null, "date"), F("DecisionReference", null), F("DecisionTitle", null, required: false),
        ];
    }

    public async Task<IActionResult> OnPostAgreementAsync([FromForm(Name = "agreement")] SaveAgreement.Request request, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (await save.HandleAsync(Edit, request, HttpContext.Actor(), cancellationToken) is not { } id) return NotFound();
            return Redirect($"/foster-care/agreements?stored=true#agreement-{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "agreement");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

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
            await LoadAsync(cancellationToken);
            return Page();
        }
    }
}
