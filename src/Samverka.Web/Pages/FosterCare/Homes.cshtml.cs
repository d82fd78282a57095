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

/// <summary>The pool's homes (the unit's staff only).</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class HomesModel(ListHomes list, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<ListHomes.Item>> Columns { get; } =
    [
        new("Home", h => h.Code, "code", h => $"/foster-care/homes/{h.Id}"),
        new("Type", h => FosterCareView.Name(h.Type), "type"),
        new("Municipality", h => h.Municipality, "municipality"),
        new("State", h => FosterCareView.Name(h.State), "state"),
        new("Since", h => FosterCareView.Date(h.Since), "since"),
        new("Places", h => h.Places.ToString(CultureInfo.InvariantCulture), Value: h => h.Places),
        new("Placed now", h => h.Placed.ToString(CultureInfo.InvariantCulture), Value: h => h.Placed),
        new("Takes", h => h.Takes),
    ];

    public TableView Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        if (FosterCareView.Export(items, Columns, Request, "familjehem") is { } file)
        {
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, "FosterHome", null, $"{TableQuery.Export(Request)}: {items.Count} homes", cancellationToken);
            return file;
        }
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Homes"));
        return Page();
    }
}
