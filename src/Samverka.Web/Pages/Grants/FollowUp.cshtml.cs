using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Modules.Grants;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.Grants;

/// <summary>Follow-up reports: officers and the committee see the overdue ones (a sortable table, on today or another
/// day) and every decided grant year; an association sees its own grant years and submits their reports.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class FollowUpModel(ListFollowUpReports list, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<ListFollowUpReports.Item>> Columns { get; } =
    [
        new("Application", i => i.Number, "number", i => $"/grants/applications/{i.ApplicationId}/follow-up/{i.Year.ToString(CultureInfo.InvariantCulture)}"),
        new("Programme", i => i.Programme, "programme"),
        new("Organisation", i => i.Organisation, "organisation"),
        new("Year", i => i.Year.ToString(CultureInfo.InvariantCulture), "year", OrderBy: i => i.Year),
        new("Amount", i => GrantsText.Kr(i.Amount), "amount", Value: i => i.Amount),
        new("Due", i => Format.Date(i.Due), "due", OrderBy: i => i.Due),
        new("Submitted", i => i.Submitted is { } s ? Format.Date(s) : Text.Translate("Not submitted"), "submitted", OrderBy: i => i.Submitted),
        new("Paid", i => Text.Translate(i.Paid ? "yes" : "no"), "paid", OrderBy: i => i.Paid),
        new("Overdue", i => Text.Translate(i.Overdue ? "yes" : "no"), "overdue", OrderBy: i => i.Overdue),
    ];

    [BindProperty(SupportsGet = true)] public DateOnly? OverdueOn { get; set; }

    public ListFollowUpReports.Result Result { get; private set; } = null!;

    public TableView Overdue { get; private set; } = null!;

    public TableView All { get; private set; } = null!;

    public bool IsApplicant { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        IsApplicant = GrantsStore.IsApplicant(actor) && !GrantsStore.IsReader(actor);
        Result = await list.HandleAsync(OverdueOn, actor, cancellationToken);
        var request = TableQuery.PageRequest(Request);
        IReadOnlyList<ListFollowUpReports.Item> Sort(IEnumerable<ListFollowUpReports.Item> items) =>
            TableQuery.Sort(items.OrderBy(i => i.Number, StringComparer.Ordinal).ThenBy(i => i.Year), Columns, request, "due");
        if (TableQuery.Export(Request) is { } format)
        {
            var rows = Sort(Result.Items);
            await audit.WriteAsync(actor, AuditActions.Export, nameof(GrantFollowUpReportRecord), null, $"{format}: {rows.Count} grant years", cancellationToken);
            var name = $"aterrapportering-{Result.OverdueOn:yyyy-MM-dd}";
            return TableExport.File(format, Columns, rows, name, Text.Translate("Follow-up reports"));
        }
        Overdue = TableView.From(new PagedList<ListFollowUpReports.Item>(Sort(Result.Overdue), Result.Overdue.Count, 1, Math.Max(1, Result.Overdue.Count)), Columns, Request,
            string.Format(CultureInfo.CurrentCulture, Text.Translate("Overdue follow-up reports on {0}"), Format.Date(Result.OverdueOn)));
        All = TableView.From(new PagedList<ListFollowUpReports.Item>(Sort(Result.Items), Result.Items.Count, 1, Math.Max(1, Result.Items.Count)), Columns, Request,
            Text.Translate(IsApplicant ? "Your organisation's grants" : "Every decided grant year"));
        return Page();
    }
}
