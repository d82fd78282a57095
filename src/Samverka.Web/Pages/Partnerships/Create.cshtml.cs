using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Grants;
using Samverka.Modules.Grants.Partnerships;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Pages.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Partnerships;

[Authorize(Policy = Policies.GrantsManage)]
public sealed class CreateModel(CreatePartnership create, ListGrantProgrammes programmes, SamverkaDbContext db) : PageModel
{
    [BindProperty] public CreatePartnership.Input Input { get; set; } = new();

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public IReadOnlyList<FieldView> DecisionFields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await BuildAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var id = await create.HandleAsync(Input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/partnerships/{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            await BuildAsync(cancellationToken);
            return Page();
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        var choices = await programmes.HandleAsync(HttpContext.Actor(), cancellationToken);
        var partners = await db.OrganisationInfos().Where(o => o.Kind == OrganisationKind.Association || o.Kind == OrganisationKind.Foundation)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.OrganisationNumber }).ToListAsync(cancellationToken);
        string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Fields =
        [
            FieldView.For(ModelState, "Input.PartnerOrganisationId", Text.Translate("Partner"), Input.PartnerOrganisationId?.ToString()) with
            {
                Type = "select", Required = true, Hint = Text.Translate("An association or a foundation in the organisation registry"),
                Options = [("", Text.Translate("Choose an organisation")), .. partners.Select(o => (o.Id.ToString(), $"{o.Name} ({o.OrganisationNumber})"))],
            },
            FieldView.For(ModelState, "Input.ProgrammeId", Text.Translate("Programme whose budget carries the money"), Input.ProgrammeId?.ToString()) with
            {
                Type = "select", Required = true, Options = [("", Text.Translate("Choose a programme")), .. choices.Select(p => (p.Id.ToString(), p.Name))],
            },
            FieldView.For(ModelState, "Input.Purpose", Text.Translate("Purpose"), Input.Purpose) with { Type = "textarea", Required = true },
            FieldView.For(ModelState, "Input.From", Text.Translate("Term from"), Date(Input.From)) with { Type = "date", Required = true },
            FieldView.For(ModelState, "Input.To", Text.Translate("Term to (included)"), Date(Input.To)) with { Type = "date", Required = true },
            FieldView.For(ModelState, "Input.Contributions", Text.Translate("Contributions, one per line"), Input.Contributions) with
            {
                Type = "textarea", Required = true,
                Hint = Text.Translate("year; party (kommun or partner); kind (pengar, lokaler or personal); value in kr; hours (staff time only); description. E.g. 2027; kommun; pengar; 400000;; Verksamhetsbidrag"),
            },
            FieldView.For(ModelState, "Input.Indicators", Text.Translate("Agreed indicators, one per line"), Input.Indicators) with
            {
                Type = "textarea", Hint = Text.Translate("name; unit; target per year. E.g. Deltagare i läxhjälpen; personer; 40"),
            },
        ];
        DecisionFields = GrantForms.Decision(ModelState, "Input.Decision", Input.Decision);
    }
}
