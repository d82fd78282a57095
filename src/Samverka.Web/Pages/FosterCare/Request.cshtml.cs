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

/// <summary>One request: the unit ranks the fitting homes and proposes one; the placing member registers the placement.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class RequestModel(GetPlacementRequest get, ProposeHome propose, RegisterPlacement register, WithdrawPlacementRequest withdraw, IAuthorizationService authorization) : PageModel
{
    public GetPlacementRequest.Result Found { get; private set; } = null!;

    public bool CanPlace { get; private set; }

    public bool CanWithdraw { get; private set; }

    public IReadOnlyList<FieldView> WithdrawFields { get; private set; } = [];

    public IReadOnlyList<FieldView> PlaceFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["place.ChildName"] = Text.Translate("Child's name"), ["place.ChildPersonnummer"] = Text.Translate("Child's personnummer"),
        ["place.Start"] = Text.Translate("First day"), ["place.End"] = Text.Translate("Last day (empty: until further notice)"), ["place.LegalBasis"] = Text.Translate("Legal basis"),
        ["place.HomeId"] = Text.Translate("Home"), ["place.RequestId"] = Text.Translate("Request"), ["proposal.HomeId"] = Text.Translate("Home"), ["proposal.request"] = Text.Translate("Request"),
        ["withdraw.Reason"] = Text.Translate("Why the request is withdrawn"), ["withdraw.Status"] = Text.Translate("Status"), ["withdraw.member"] = Text.Translate("Member"),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProposeAsync(Guid id, Guid? homeId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageFosterCare)).Succeeded) return Forbid();
        ModelState.Clear();
        try
        {
            if (!await propose.HandleAsync(id, homeId, HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect($"/foster-care/requests/{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "proposal");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    public async Task<IActionResult> OnPostPlaceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded) return Forbid();
        ModelState.Clear();
        string? F(string n) => Request.Form["place." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        try
        {
            await register.HandleAsync(new RegisterPlacement.Request(id, null, F("ChildName"), F("ChildPersonnummer"), D("Start"), D("End"),
                Enum.TryParse<LegalBasis>(F("LegalBasis"), out var b) ? b : null), HttpContext.Actor(), cancellationToken);
            return Redirect("/foster-care/placements?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "place");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded) return Forbid();
        ModelState.Clear();
        try
        {
            var reason = Request.Form["withdraw.Reason"].ToString();
            if (!await withdraw.HandleAsync(id, new WithdrawPlacementRequest.Request(reason), HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect("/foster-care/requests");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "withdraw");
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } found) return false;
        Found = found;
        CanPlace = found.IsPlacingMember && found.Request.Status == RequestStatus.Proposed
                   && (await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded;
        CanWithdraw = found.IsPlacingMember && found.Request.Status is RequestStatus.Open or RequestStatus.Proposed
                      && (await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded;
        WithdrawFields = CanWithdraw
            ? [FieldView.For(ModelState, "withdraw.Reason", Labels["withdraw.Reason"], Request.HasFormContentType ? Request.Form["withdraw.Reason"].ToString() : null) with { Required = true }]
            : [];
        string? V(string n) => Request.HasFormContentType ? Request.Form["place." + n].ToString() : null;
        FieldView F(string n, string type = "text", bool required = true) => FieldView.For(ModelState, "place." + n, Labels["place." + n], V(n)) with { Type = type, Required = required };
        PlaceFields =
        [
            F("ChildName") with { Autocomplete = "off" }, F("ChildPersonnummer") with { Hint = Text.Translate("12 digits, e.g. 20150509-1234") },
            F("Start", "date") with { Value = V("Start") ?? FosterCareView.Date(found.Request.FromDate) }, F("End", "date", false),
            F("LegalBasis", "select") with { Options = [("", Text.Translate("Choose the legal basis")), .. Enum.GetValues<LegalBasis>().Select(x => (x.ToString(), FosterCareView.Name(x)))] },
        ];
        return true;
    }
}
