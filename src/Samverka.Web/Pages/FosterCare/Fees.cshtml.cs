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

/// <summary>Fees to the homes for a month per placing member, each line explained; the unit's staff add fee table versions.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class FeesModel(GetFosterFees get, SetFeeTable set, TimeProvider clock) : PageModel
{
    private const int BandRows = 4;

    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetFosterFees.Result Result { get; private set; } = null!;

    public IReadOnlyList<FieldView> HeadFields { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<FieldView>> BandFields { get; private set; } = [];

    public IReadOnlyList<FieldView> DecisionFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var labels = new Dictionary<string, string>
        {
            ["fees.EffectiveFrom"] = Text.Translate("Applies from (the first of a month)"), ["fees.Bands"] = Text.Translate("Age bands"),
            ["fees.DecisionBody"] = Text.Translate("Decided by (body)"), ["fees.DecisionDate"] = Text.Translate("Date of the decision"),
            ["fees.DecisionReference"] = Text.Translate("Decision reference"), ["fees.DecisionTitle"] = Text.Translate("Title of the decision"),
        };
        for (var i = 0; i < BandRows; i++)
        {
            labels[$"fees.Bands[{i}].FromAge"] = string.Format(CultureInfo.CurrentCulture, Text.Translate("Band {0}: youngest age"), i + 1);
            labels[$"fees.Bands[{i}].ToAge"] = string.Format(CultureInfo.CurrentCulture, Text.Translate("Band {0}: oldest age"), i + 1);
            labels[$"fees.Bands[{i}].Fee"] = string.Format(CultureInfo.CurrentCulture, Text.Translate("Band {0}: arvode per month (kr)"), i + 1);
            labels[$"fees.Bands[{i}].ExpenseAllowance"] = string.Format(CultureInfo.CurrentCulture, Text.Translate("Band {0}: expense allowance per month (kr)"), i + 1);
        }
        return labels;
    }

    private string MonthOrDefault => string.IsNullOrWhiteSpace(Month) ? clock.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture) : Month.Trim();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? F(string n) => Request.Form["fees." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        int? I(string n) => int.TryParse(F(n), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        decimal? M(string n) => decimal.TryParse(F(n)?.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        var bands = Enumerable.Range(0, BandRows).Select(i => new SetFeeTable.Band(I($"Bands[{i}].FromAge"), I($"Bands[{i}].ToAge"), M($"Bands[{i}].Fee"), M($"Bands[{i}].ExpenseAllowance"))).ToList();
        var request = new SetFeeTable.Request(D("EffectiveFrom"), bands, F("DecisionBody"), D("DecisionDate"), F("DecisionReference"), F("DecisionTitle"));
        try
        {
            await set.HandleAsync(request, HttpContext.Actor(), cancellationToken);
            return Redirect($"/foster-care/fees?month={Uri.EscapeDataString(MonthOrDefault)}&saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "fees");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Result = await get.HandleAsync(HttpContext.Actor(), MonthOrDefault, cancellationToken);
        string? V(string n) => Request.HasFormContentType ? Request.Form["fees." + n].ToString() : null;
        FieldView F(string n, string type = "text", bool required = true) => FieldView.For(ModelState, "fees." + n, Labels["fees." + n], V(n)) with { Type = type, Required = required };
        HeadFields = [F("EffectiveFrom", "date")];
        BandFields = Enumerable.Range(0, BandRows).Select(i => (IReadOnlyList<FieldView>)
            [F($"Bands[{i}].FromAge", "number", false), F($"Bands[{i}].ToAge", "number", false), F($"Bands[{i}].Fee", "text", false), F($"Bands[{i}].ExpenseAllowance", "text", false)]).ToList();
        DecisionFields = [F("DecisionBody"), F("DecisionDate", "date"), F("DecisionReference"), F("DecisionTitle", required: false)];
    }
}
