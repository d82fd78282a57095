using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.FosterCare;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The unit's open follow-ups from the homes' support logs, the overdue first (the unit's staff only).</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class FollowUpsModel(ListFollowUps list) : PageModel
{
    public static IReadOnlyList<TableColumn<ListFollowUps.Item>> Columns { get; } =
    [
        new("Due", f => FosterCareView.Date(f.Due), "due"),
        new("Status", f => f.Overdue ? Text.Translate("Overdue") : Text.Translate("Due"), "status"),
        new("Days left", f => f.DaysLeft.ToString(CultureInfo.InvariantCulture), Value: f => f.DaysLeft),
        new("Home", f => f.HomeCode, "home", f => $"/foster-care/homes/{f.HomeId}#support-log"),
        new("Date", f => FosterCareView.Date(f.Date), "date"),
        new("Kind of support", f => FosterCareView.Name(f.Kind), "kind"),
        new("Staff", f => f.Staff, "staff"),
    ];

    public TableView Table { get; private set; } = null!;

    public int Overdue { get; private set; }

    public int Due { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        if (FosterCareView.Export(items, Columns, Request, "uppfoljningar") is { } file) return file;
        Overdue = items.Count(i => i.Overdue);
        Due = items.Count - Overdue;
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Follow-ups"));
        return Page();
    }
}
