using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Modules.Organisations;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.Organisations;

/// <summary>The organisations the user may see: filter, sort, page, export.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ListOrganisations list, AuditLog audit, IAuthorizationService authorization) : PageModel
{
    public static IReadOnlyList<TableColumn<ListOrganisations.Item>> Columns { get; } =
    [
        new("Name", o => o.Name, "name", o => $"/organisations/{o.Id}"),
        new("Organisation number", o => o.OrganisationNumber, "number"),
        new("Kind", o => Format.Kind(o.Kind), "kind"),
        new("E-mail", o => o.Email ?? ""),
        new("Host", o => o.HostName ?? ""),
        new("Members", o => o.MemberCount == 0 ? "" : o.MemberCount.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: o => o.MemberCount),
        new("Changed", o => Format.Date(o.UpdatedAt), "updated"),
    ];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }

    public TableView Table { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        if (TableQuery.Export(Request) is { } format)
        {
            var query = TableQuery.PageRequest(Request);
            var all = await list.HandleAsync(new ListOrganisations.Request(Q, Kind, PageRequest.All(query.Sort, query.Descending)), actor, cancellationToken);
            await audit.WriteAsync(actor, AuditActions.Export, nameof(Organisation), null, $"{format}: {all.Items.Count} organisations (search '{Q}', kind {Kind})", cancellationToken);
            var name = $"organisationer-{DateTime.UtcNow:yyyy-MM-dd}";
            return TableExport.File(format, Columns, all.Items, name, Text.Translate("Organisations"));
        }

        var page = await list.HandleAsync(new ListOrganisations.Request(Q, Kind, TableQuery.PageRequest(Request)), actor, cancellationToken);
        Table = TableView.From(page, Columns, Request, Text.Translate("Organisations"));
        CanManage = (await authorization.AuthorizeAsync(User, Policies.ManageOrganisations)).Succeeded;
        return Page();
    }
}
