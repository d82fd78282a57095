using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Rules.FosterCare;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The unit's cost for a period split between the members, every share explained, with a chart; staff set the
/// weights, costs and keys and issue the invoices.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class CostSplitModel(GetCostSplit get, SetCostWeights setWeights, SetUnitCost setCost, SetMemberKeys setKeys, IssueCostInvoices issue,
    FosterCareAccess access, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<TableColumn<GetCostSplit.Share>> Columns { get; } =
    [
        new("Member", s => s.MemberName, "member"),
        new("Population", s => FosterCareView.Number(s.Population), "population", Value: s => s.Population),
        new("Usage", s => FosterCareView.Number(s.Usage) + (s.UsageEntered ? " *" : ""), "usage", Value: s => s.Usage),
        new("Size part", s => FosterCareView.Amount(Math.Round(s.SizePart, 2)), Value: s => Math.Round(s.SizePart, 6)),
        new("Usage part", s => FosterCareView.Amount(Math.Round(s.UsagePart, 2)), Value: s => Math.Round(s.UsagePart, 6)),
        new("Rounding öre", s => s.RoundingOre == 0 ? "0" : "1", Value: s => s.RoundingOre),
        new("Share", s => FosterCareView.Amount(s.Amount), "share", Value: s => s.Amount),
    ];

    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    [BindProperty(SupportsGet = true)] public CostBasis Basis { get; set; }

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public GetCostSplit.Result Result { get; private set; } = null!;

    public TableView Table { get; private set; } = null!;

    public IReadOnlyList<FieldView> WeightFields { get; private set; } = [];

    public IReadOnlyList<FieldView> CostFields { get; private set; } = [];

    public IReadOnlyList<FieldView> KeyFields { get; private set; } = [];

    public IReadOnlyList<FieldView> IssueFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["weights.EffectiveFrom"] = Text.Translate("Applies from"), ["weights.Size"] = Text.Translate("Weight of size"), ["weights.Usage"] = Text.Translate("Weight of usage"), ["weights.Measure"] = Text.Translate("Usage measured in"),
        ["weights.DecisionBody"] = Text.Translate("Decided by (body)"), ["weights.DecisionDate"] = Text.Translate("Date of the decision"),
        ["weights.DecisionReference"] = Text.Translate("Decision reference"), ["weights.DecisionTitle"] = Text.Translate("Title of the decision"),
        ["cost.CostType"] = Text.Translate("Cost type"), ["cost.Amount"] = Text.Translate("Amount (kr)"),
        ["keys.MemberId"] = Text.Translate("Member"), ["keys.Population"] = Text.Translate("Population"), ["keys.EnteredUsage"] = Text.Translate("Usage entered, in the measure in force (empty: metered from placements and the log)"),
        ["keys.EnteredUsageMeasure"] = Text.Translate("What the entered usage counts"),
        ["issue.IssueDate"] = Text.Translate("Issue date"), ["issue.Period"] = Text.Translate("Period"), ["cost.Period"] = Text.Translate("Period"), ["keys.Period"] = Text.Translate("Period"),
    };

    private string PeriodOrDefault => string.IsNullOrWhiteSpace(Period) ? clock.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture) : Period.Trim();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(null, cancellationToken);
        return FosterCareView.Export(Result.Shares, Columns, Request, $"kostnadsfordelning-{Result.Period}") is { } file ? file : Page();
    }

    public Task<IActionResult> OnPostWeightsAsync(CancellationToken ct)
    {
        var r = new SetCostWeights.Request(FormDate("weights.EffectiveFrom"), FormDecimal("weights.Size"), FormDecimal("weights.Usage"), Form("weights.DecisionBody"),
            FormDate("weights.DecisionDate"), Form("weights.DecisionReference"), Form("weights.DecisionTitle"),
            Enum.TryParse<UsageMeasure>(Form("weights.Measure"), out var measure) ? measure : null);
        return RunAsync("weights", () => setWeights.HandleAsync(r, HttpContext.Actor(), ct), "The weights have been saved.", ct);
    }

    public Task<IActionResult> OnPostCostAsync(CancellationToken ct)
    {
        var r = new SetUnitCost.Request(PeriodOrDefault, Basis, Form("cost.CostType"), FormDecimal("cost.Amount"));
        return RunAsync("cost", () => setCost.HandleAsync(r, HttpContext.Actor(), ct), "The cost has been saved.", ct);
    }

    public Task<IActionResult> OnPostKeysAsync(CancellationToken ct)
    {
        var r = new SetMemberKeys.Request(PeriodOrDefault, Guid.TryParse(Form("keys.MemberId"), out var m) ? m : Guid.Empty, FormDecimal("keys.Population"), FormDecimal("keys.EnteredUsage"));
        return RunAsync("keys", () => setKeys.HandleAsync(r, HttpContext.Actor(), ct), "The keys have been saved.", ct);
    }

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var r = new IssueCostInvoices.Request(PeriodOrDefault, Basis, FormDate("issue.IssueDate"));
        return RunAsync("issue", () => issue.HandleAsync(r, HttpContext.Actor(), ct), "The invoices have been issued.", ct);
    }

    private string? Form(string name) => Request.Form[name].ToString() is { Length: > 0 } v ? v.Trim() : null;

    /// <summary>A number as typed: decimal comma or point, spaces as thousands separators.</summary>
    private decimal? FormDecimal(string name) =>
        Form(name) is { } v && decimal.TryParse(v.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.'),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;

    private DateOnly? FormDate(string name) =>
        Form(name) is { } v && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private async Task<IActionResult> RunAsync(string prefix, Func<Task> action, string done, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await action();
            return Redirect($"/foster-care/cost-split?period={Uri.EscapeDataString(PeriodOrDefault)}&basis={Basis}&done={Uri.EscapeDataString(done)}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, prefix);
            await LoadAsync(prefix, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? failed, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        Result = await get.HandleAsync(actor, PeriodOrDefault, Basis, ct);
        Table = FosterCareView.Table(Result.Shares, Columns, Request, Text.Translate("Shares of the members"));
        string? V(string prefix, string name) => failed == prefix ? Request.Form[prefix + "." + name].ToString() : null;
        FieldView F(string prefix, string name, string type = "text", bool required = true) =>
            FieldView.For(ModelState, $"{prefix}.{name}", Labels[$"{prefix}.{name}"], V(prefix, name)) with { Type = type, Required = required };
        WeightFields = [F("weights", "EffectiveFrom", "date"), F("weights", "Size"), F("weights", "Usage"),
            F("weights", "Measure", "select") with { Options = Enum.GetValues<UsageMeasure>().Select(m => (m.ToString(), FosterCareView.Name(m))).ToList() },
            F("weights", "DecisionBody"), F("weights", "DecisionDate", "date"),
            F("weights", "DecisionReference"), F("weights", "DecisionTitle", required: false)];
        CostFields = [F("cost", "CostType"), F("cost", "Amount")];
        var unit = await access.UnitAsync(actor, cancellationToken: ct);
        var members = unit is null ? [] : await access.MembersAsync(unit.UnitId, ct);
        KeyFields = [F("keys", "MemberId", "select") with { Options = [("", Text.Translate("Choose a member")), .. members.Select(m => (m.Id.ToString(), m.Name))] },
            F("keys", "Population"), F("keys", "EnteredUsage", required: false)];
        IssueFields = [F("issue", "IssueDate", "date", required: false) with { Hint = Text.Translate("Empty: today.") }];
    }

    /// <summary>The shares as a bar chart: server-side SVG with a title and description; the same data is the table below it.</summary>
    public IHtmlContent Chart()
    {
        var shares = Result.Shares;
        const int barHeight = 28, labelWidth = 190, chartWidth = 420, gap = 10;
        var height = shares.Count * (barHeight + gap) + gap;
        var max = shares.Count == 0 ? 1 : Math.Max(1m, shares.Max(s => s.Amount));
        var title = Text.Translate("Shares of the members");
        var desc = string.Join("; ", shares.Select(s => $"{s.MemberName}: {FosterCareView.Amount(s.Amount)}"));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure><svg role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\"{labelWidth + chartWidth + 170}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + chartWidth + 170} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"chart-desc\">{WebUtility.HtmlEncode(desc)}</desc>");
        for (var i = 0; i < shares.Count; i++)
        {
            var s = shares[i];
            var y = gap + i * (barHeight + gap);
            var size = (double)(Math.Round(s.SizePart, 2) / max) * chartWidth;
            var usage = (double)(Math.Round(s.UsagePart, 2) / max) * chartWidth;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 19}\" font-size=\"14\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(s.MemberName)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{size:0.##}\" height=\"{barHeight}\" fill=\"#1d3557\"></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + size:0.##}\" y=\"{y}\" width=\"{usage:0.##}\" height=\"{barHeight}\" fill=\"#5a8fc8\"></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + size + usage + 6:0.##}\" y=\"{y + 19}\" font-size=\"14\" fill=\"#1b1b1b\">{WebUtility.HtmlEncode(FosterCareView.Amount(s.Amount))}</text>");
        }
        sb.Append("</svg>");
        sb.Append(CultureInfo.InvariantCulture, $"<figcaption>{WebUtility.HtmlEncode(Text.Translate("Dark: the size part; light: the usage part. The table below has the same figures."))}</figcaption></figure>");
        return new HtmlString(sb.ToString());
    }
}
