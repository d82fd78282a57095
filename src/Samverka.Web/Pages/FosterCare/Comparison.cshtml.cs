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

/// <summary>Paid through the unit against consultant-supported homes, per year and cumulated; staff set daily prices.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class ComparisonModel(GetConsultantComparison get, SetConsultantPrice set, FosterCareAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetConsultantComparison.Result Result { get; private set; } = null!;

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["price.MemberId"] = Text.Translate("Member"), ["price.EffectiveFrom"] = Text.Translate("Applies from"), ["price.DailyPrice"] = Text.Translate("Daily price (kr)"),
        ["price.DecisionBody"] = Text.Translate("Decided by (body)"), ["price.DecisionDate"] = Text.Translate("Date of the decision"),
        ["price.DecisionReference"] = Text.Translate("Decision reference"), ["price.DecisionTitle"] = Text.Translate("Title of the decision"),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, Policies.ManageFosterCare)).Succeeded) return Forbid();
        ModelState.Clear();
        string? F(string n) => Request.Form["price." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        decimal? price = F("DailyPrice") is { } text && decimal.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? p : null;
        try
        {
            await set.HandleAsync(new SetConsultantPrice.Request(Guid.TryParse(F("MemberId"), out var m) ? m : Guid.Empty, D("EffectiveFrom"), price,
                F("DecisionBody"), D("DecisionDate"), F("DecisionReference"), F("DecisionTitle")), HttpContext.Actor(), cancellationToken);
            return Redirect("/foster-care/comparison?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "price");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        Result = await get.HandleAsync(actor, null, null, cancellationToken);
        var members = Result.Unit is { IsStaff: true } u ? await access.MembersAsync(u.UnitId, cancellationToken) : [];
        string? V(string n) => Request.HasFormContentType ? Request.Form["price." + n].ToString() : null;
        FieldView F(string n, string type = "text", bool required = true) => FieldView.For(ModelState, "price." + n, Labels["price." + n], V(n)) with { Type = type, Required = required };
        Fields =
        [
            F("MemberId", "select") with { Options = [("", Text.Translate("Choose a member")), .. members.Select(m => (m.Id.ToString(), m.Name))] },
            F("EffectiveFrom", "date"), F("DailyPrice"), F("DecisionBody"), F("DecisionDate", "date"), F("DecisionReference"), F("DecisionTitle", required: false),
        ];
    }
}
