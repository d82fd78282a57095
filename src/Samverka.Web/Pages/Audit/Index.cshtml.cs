using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.Audit;

/// <summary>The auditor's search of the audit log: by user, action, date range (Swedish days, inclusive) and subject.</summary>
[Authorize(Policy = Policies.ReadAuditLog)]
public sealed class IndexModel(SearchAuditLog search, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<AuditEntry>> Columns { get; } =
    [
        new("Time", e => Format.DateTime(e.At), "at"),
        new("User", e => e.UserName, "user"),
        new("Action", e => Format.AuditAction(e.Action), "action"),
        new("Subject", e => e.SubjectType is null ? "" : $"{e.SubjectType} {e.SubjectId}".Trim(), "subject"),
        new("Detail", e => e.Detail ?? ""),
        new("From address", e => e.RemoteIp ?? ""),
    ];

    [BindProperty(SupportsGet = true)] public new string? User { get; set; }

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")] public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")] public string? ToText { get; set; }

    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public TableView Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        From = ParseDate(FromText, nameof(From));
        To = ParseDate(ToText, nameof(To));
        var actor = HttpContext.Actor();
        if (TableQuery.Export(Request) is { } format && ModelState.IsValid)
        {
            var query = TableQuery.PageRequest(Request);
            var all = await search.HandleAsync(new SearchAuditLog.Request(User, Action, From, To, Subject, PageRequest.All(query.Sort ?? "at", query.Sort is null || query.Descending)), actor, cancellationToken);
            await audit.WriteAsync(actor, AuditActions.Export, nameof(AuditEntry), null, $"{format}: {all.Items.Count} audit entries", cancellationToken);
            var name = $"granskningslogg-{DateTime.UtcNow:yyyy-MM-dd}";
            return TableExport.File(format, Columns, all.Items, name, Text.Translate("Audit log"));
        }
        var request = new SearchAuditLog.Request(User, Action, From, To, Subject, TableQuery.PageRequest(Request));
        Table = TableView.From(await search.HandleAsync(request, actor, cancellationToken), Columns, Request, Text.Translate("Audit log"));
        return Page();
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        ModelState.AddModelError(field, "Write the date as YYYY-MM-DD, e.g. 2026-11-23");
        return null;
    }
}
