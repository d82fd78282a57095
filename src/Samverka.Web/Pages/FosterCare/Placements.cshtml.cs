using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Audit;
using Samverka.Modules.FosterCare;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

[Authorize(Policy = Policies.FosterCare)]
public sealed class PlacementsModel(ListPlacements list, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<ListPlacements.Item>> Columns { get; } =
    [
        new("Child", p => p.ChildRef, "child"),
        new("Name", p => p.ChildName ?? "–"),
        new("Personnummer", p => p.ChildPersonnummer ?? "–"),
        new("Age", p => p.ChildAge.ToString(CultureInfo.InvariantCulture), "age", Value: p => p.ChildAge),
        new("Member", p => p.MemberName, "member"),
        new("Home", p => p.HomeCode, "home"),
        new("First day", p => FosterCareView.Date(p.Start), "start"),
        new("Last day", p => FosterCareView.Date(p.End), "end"),
        new("Legal basis", p => FosterCareView.Name(p.LegalBasis)),
    ];

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public TableView Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        if (FosterCareView.Export(items, Columns, Request, "placeringar") is { } file)
        {
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, "FosterPlacement", null, $"{TableQuery.Export(Request)}: {items.Count} placements", cancellationToken);
            return file;
        }
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Placements"));
        return Page();
    }
}
