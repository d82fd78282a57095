using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Samverka.Kernel;
using Samverka.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Audit;
using Samverka.Modules.FosterCare;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.FosterCare;

[Authorize(Policy = Policies.FosterCare)]
public sealed class PlacementsModel(ListPlacements list, AuditLog audit, EndPlacement endPlacement, IAuthorizationService authorization) : PageModel
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
        new("Why it ended", p => p.EndReason ?? ""),
        new("Legal basis", p => FosterCareView.Name(p.LegalBasis)),
    ];

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)] public bool Ended { get; set; }

    public TableView Table { get; private set; } = null!;

    /// <summary>The form to end one of the member's open placements (the placing social worker only), or empty.</summary>
    public IReadOnlyList<FieldView> EndFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["end.PlacementId"] = Text.Translate("Placement"), ["end.End"] = Text.Translate("Last day"), ["end.Reason"] = Text.Translate("Why the placement ends"),
        ["end.member"] = Text.Translate("Member"),
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        await BuildEndFormAsync(items);
        if (FosterCareView.Export(items, Columns, Request, "placeringar") is { } file)
        {
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, "FosterPlacement", null, $"{TableQuery.Export(Request)}: {items.Count} placements", cancellationToken);
            return file;
        }
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Placements"));
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded) return Forbid();
        ModelState.Clear();
        string? F(string n) => Request.Form["end." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        var end = DateOnly.TryParseExact(F("End"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        try
        {
            if (!Guid.TryParse(F("PlacementId"), out var id)) throw new InputProblemsException(new InputProblem("end", null, "PlacementId", "Choose the placement."));
            if (!await endPlacement.HandleAsync(id, new EndPlacement.Request(end, F("Reason")), HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect("/foster-care/placements?ended=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "end");
            var items = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
            await BuildEndFormAsync(items);
            Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Placements"));
            return Page();
        }
    }

    private async Task BuildEndFormAsync(IReadOnlyList<ListPlacements.Item> items)
    {
        var open = items.Where(p => p.End is null && p.ChildName is not null).ToList();
        if (open.Count == 0 || !(await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded) return;
        string? V(string n) => Request.HasFormContentType ? Request.Form["end." + n].ToString() : null;
        FieldView F(string n, string type = "text") => FieldView.For(ModelState, "end." + n, Labels["end." + n], V(n)) with { Type = type, Required = true };
        EndFields =
        [
            F("PlacementId", "select") with { Options = [("", Text.Translate("Choose the placement")), .. open.Select(p => (p.Id.ToString(), $"{p.ChildRef} {p.ChildName} ({p.HomeCode})"))] },
            F("End", "date"), F("Reason"),
        ];
    }
}
