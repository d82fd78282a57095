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

/// <summary>An applicant's own applications (drafts included), or the applications officers and the committee may
/// see: sort, page, export.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ApplicationsModel(ListGrantApplications list, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<ListGrantApplications.Item>> Columns { get; } =
    [
        new("Application", a => a.Number, "number", a => $"/grants/applications/{a.Id}",
            OrderBy: a => (a.Year * 100_000L) + int.Parse(a.Number.Split('-')[^1], CultureInfo.InvariantCulture)),
        new("Programme", a => $"{a.Programme} {a.Year.ToString(CultureInfo.InvariantCulture)}", "programme", OrderBy: a => a.Programme),
        new("Organisation", a => a.Organisation, "organisation"),
        new("Status", a => GrantsText.Status(a.Status), "status", OrderBy: a => a.Status),
        new("Submitted", a => a.SubmittedAt is { } s ? Format.DateTime(s) : "", "submitted", OrderBy: a => a.SubmittedAt),
        new("Applied for", a => GrantsText.Kr(a.Applied), "applied", Value: a => a.Applied),
        new("Granted", a => GrantsText.Kr(a.Granted), "granted", Value: a => a.Granted),
        new("Individual assessment", a => !a.NeedsAssessment ? Text.Translate("not needed")
            : a.AssessmentEligible switch { true => Text.Translate("eligible"), false => Text.Translate("not eligible"), _ => Text.Translate("needed, not recorded") }),
    ];

    [BindProperty(SupportsGet = true)] public Guid? Year { get; set; }

    public TableView Table { get; private set; } = null!;

    public bool IsApplicant { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        // Anyone signed in may open the list; it holds what the use case lets the actor see (nothing for other roles).
        IsApplicant = GrantsStore.IsApplicant(actor) && !GrantsStore.IsReader(actor);
        var items = await list.HandleAsync(Year, actor, cancellationToken);
        var request = TableQuery.PageRequest(Request);
        var sorted = TableQuery.Sort(items, Columns, request, "number");
        if (TableQuery.Export(Request) is { } format)
        {
            await audit.WriteAsync(actor, AuditActions.Export, nameof(GrantApplicationRecord), null, $"{format}: {sorted.Count} grant applications", cancellationToken);
            var name = $"bidragsansokningar-{DateTime.UtcNow:yyyy-MM-dd}";
            return TableExport.File(format, Columns, sorted, name, Text.Translate("Applications"));
        }
        Table = TableView.From(sorted.ToPage(request), Columns, Request, Text.Translate(IsApplicant ? "Your organisation's applications" : "Applications"));
        return Page();
    }
}
