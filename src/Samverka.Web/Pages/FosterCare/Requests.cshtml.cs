using System.Globalization;
using Microsoft.AspNetCore.Authorization;
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

/// <summary>Requests: the unit sees all, a member its own; a member's social worker asks for a home.</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class RequestsModel(ListPlacementRequests list, CreatePlacementRequest create, FosterCareAccess access, IAuthorizationService authorization) : PageModel
{
    public static IReadOnlyList<TableColumn<ListPlacementRequests.Item>> Columns { get; } =
    [
        new("From", r => FosterCareView.Date(r.FromDate), "from", r => $"/foster-care/requests/{r.Id}"),
        new("Member", r => r.MemberName, "member"),
        new("Age", r => r.ChildAge.ToString(CultureInfo.InvariantCulture), "age", Value: r => r.ChildAge),
        new("Siblings", r => r.Siblings.ToString(CultureInfo.InvariantCulture), Value: r => r.Siblings),
        new("Needs", r => r.Needs),
        new("Languages", r => r.Languages),
        new("Urgency", r => FosterCareView.Name(r.Urgency), "urgency"),
        new("Type", r => FosterCareView.Name(r.WantedType)),
        new("Status", r => Text.Translate(r.Status.ToString()), "status"),
        new("Proposed home", r => r.ProposedHome ?? ""),
        new("Why it was withdrawn", r => r.WithdrawnReason ?? ""),
    ];

    public TableView Table { get; private set; } = null!;

    public bool CanRequest { get; private set; }

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; } = new()
    {
        ["request.ChildBirthDate"] = Text.Translate("Child's birth date"), ["request.Siblings"] = Text.Translate("Siblings placed together"),
        ["request.Languages"] = Text.Translate("Languages (comma-separated)"), ["request.Needs"] = Text.Translate("Needs (comma-separated)"),
        ["request.Urgency"] = Text.Translate("Urgency"), ["request.FromDate"] = Text.Translate("From"), ["request.WantedType"] = Text.Translate("Type of home"),
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await LoadAsync(cancellationToken);
        return FosterCareView.Export(items, Columns, Request, "forfragningar") is { } file ? file : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded) return Forbid();
        ModelState.Clear();
        string? F(string n) => Request.Form["request." + n].ToString() is { Length: > 0 } v ? v.Trim() : null;
        DateOnly? D(string n) => DateOnly.TryParseExact(F(n), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
        var request = new CreatePlacementRequest.Request(D("ChildBirthDate"), int.TryParse(F("Siblings"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0,
            F("Languages"), F("Needs"), Enum.TryParse<Urgency>(F("Urgency"), out var u) ? u : null, D("FromDate"), Enum.TryParse<HomeType>(F("WantedType"), out var t) ? t : null);
        try
        {
            var id = await create.HandleAsync(request, HttpContext.Actor(), cancellationToken);
            return Redirect($"/foster-care/requests/{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "request");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task<IReadOnlyList<ListPlacementRequests.Item>> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        var items = await list.HandleAsync(actor, cancellationToken);
        Table = FosterCareView.Table(items, Columns, Request, Text.Translate("Requests"));
        CanRequest = (await access.UnitAsync(actor, cancellationToken: cancellationToken))?.IsMember == true
                     && (await authorization.AuthorizeAsync(User, Policies.PlaceFosterChildren)).Succeeded;
        string? V(string n) => Request.HasFormContentType ? Request.Form["request." + n].ToString() : null;
        FieldView F(string n, string type = "text", bool required = true) => FieldView.For(ModelState, "request." + n, Labels["request." + n], V(n)) with { Type = type, Required = required };
        Fields =
        [
            F("ChildBirthDate", "date"), F("Siblings", "number", false) with { Value = V("Siblings") ?? "0" }, F("Languages", required: false), F("Needs", required: false),
            F("Urgency", "select") with { Options = Enum.GetValues<Urgency>().Select(x => (x.ToString(), FosterCareView.Name(x))).ToList() },
            F("FromDate", "date"),
            F("WantedType", "select") with { Options = Enum.GetValues<HomeType>().Select(x => (x.ToString(), FosterCareView.Name(x))).ToList() },
        ];
        return items;
    }
}
