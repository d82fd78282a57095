using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Compensation;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.Compensation;

/// <summary>Cost coverage: each provider's cost per child-month (its annual accounts) against the grant per child-month, per
/// age band, with the derivation of every figure; CSV and xlsx export. A provider's users see their own provider only.</summary>
[Authorize(Policy = Policies.ReadCompensation)]
public sealed class CostCoverageModel(GetCostCoverage get, CompensationAccess access, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<TableColumn<GetCostCoverage.Row>> Columns { get; } =
    [
        new("Provider", r => r.ProviderName, "provider"),
        new("Band", r => r.Band, "band"),
        new("Places", r => Number(r.Places), Value: r => r.Places),
        new("Reported child-months", r => Number(r.ReportedChildMonths), Value: r => r.ReportedChildMonths),
        new("Paid child-months", r => Number(r.PaidChildMonths), Value: r => r.PaidChildMonths),
        new("Grant for the year", r => CompensationPage.Amount(r.Grant), Value: r => r.Grant),
        new("Grant per child-month", r => r.GrantPerChildMonth is { } g ? CompensationPage.Amount(g) : "–", "grant", Value: r => r.GrantPerChildMonth),
        new("Cost per child-month", r => r.CostPerChildMonth is { } c ? CompensationPage.Amount(c) : "–", "cost", Value: r => r.CostPerChildMonth),
        new("Coverage", r => r.CoveragePercent is { } p ? SwedishFormat.Number(p, 1, 1) + " %" : "–", "coverage", Value: r => r.CoveragePercent),
        new("Explanation", r => r.Explanation),
    ];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public TableView? Table { get; private set; }

    public string? RuleSetName { get; private set; }

    public bool CanReport { get; private set; }

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        var tenant = await access.TenantAsync(actor, cancellationToken);
        CanReport = tenant.CanChange || tenant.IsProvider;
        Year ??= clock.GetUtcNow().Year - 1;
        GetCostCoverage.Result result;
        try
        {
            result = await get.HandleAsync(Year.Value, actor, cancellationToken);
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            return Page();
        }
        RuleSetName = result.RuleSetName;
        var query = TableQuery.PageRequest(Request);
        IEnumerable<GetCostCoverage.Row> sorted = query.Sort switch
        {
            "band" => result.Rows.OrderBy(r => r.Band, StringComparer.Ordinal),
            "grant" => result.Rows.OrderBy(r => r.GrantPerChildMonth),
            "cost" => result.Rows.OrderBy(r => r.CostPerChildMonth),
            "coverage" => result.Rows.OrderBy(r => r.CoveragePercent),
            _ => result.Rows,
        };
        var rows = (query.Descending ? sorted.Reverse() : sorted).ToList();
        if (TableQuery.Export(Request) is { } format)
        {
            var name = FormattableString.Invariant($"kostnadstackning-{Year}");
            return TableExport.File(format, Columns, rows, name, Text.Translate("Cost coverage"));
        }
        Table = TableView.From(rows.ToPage(query), Columns, Request, string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.Translate("Cost per child-month against grant per child-month, {0}"), Year.Value));
        return Page();
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
