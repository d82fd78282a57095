using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

[Authorize(Policy = Policies.GrantsManage)]
public sealed class AddYearModel(AddProgrammeYear add, ListGrantProgrammes list) : PageModel
{
    [BindProperty] public ProgrammeYearInput Input { get; set; } = new();

    public string ProgrammeName { get; private set; } = "";

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public IReadOnlyList<FieldView> DecisionFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken)) return NotFound();
        Input.DirectForms = [OrganisationForm.NonProfitAssociation];
        Input.AfterAssessmentForms = [OrganisationForm.Foundation, OrganisationForm.Other];
        Input.MaxYears = 3;
        Build();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        try
        {
            var yearId = await add.HandleAsync(id, Input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/grants/years/{yearId}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Build();
            return Page();
        }
    }

    private async Task<bool> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var programme = (await list.HandleAsync(HttpContext.Actor(), cancellationToken)).SingleOrDefault(p => p.Id == id);
        ProgrammeName = programme?.Name ?? "";
        return programme is not null;
    }

    private void Build()
    {
        var forms = Enum.GetValues<OrganisationForm>().Select(f => (f.ToString(), GrantsText.Form(f))).ToList();
        Fields =
        [
            FieldView.For(ModelState, "Input.Year", Text.Translate("Year"), Input.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Required = true, Hint = Text.Translate("The budget year the round funds, and the first year of every grant it decides") },
            FieldView.For(ModelState, "Input.Pot", Text.Translate("Budget (kr)"), GrantForms.Amount(Input.Pot)) with { Required = true, Hint = Text.Translate("Whole kronor without spaces, e.g. 10000000") },
            FieldView.For(ModelState, "Input.Opens", Text.Translate("The window opens"), Input.Opens) with { Required = true, Hint = Text.Translate("Swedish time, YYYY-MM-DD HH:MM, e.g. 2027-04-01 00:00") },
            FieldView.For(ModelState, "Input.Closes", Text.Translate("The window closes"), Input.Closes) with { Required = true, Hint = Text.Translate("Swedish time; applications are accepted until, not at, this time") },
            FieldView.For(ModelState, "Input.DecisionDate", Text.Translate("Decision date"), Input.DecisionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) with { Type = "date", Required = true },
            FieldView.For(ModelState, "Input.PriorityAreas", Text.Translate("Priority areas"), Input.PriorityAreas) with { Type = "textarea", Hint = Text.Translate("One per line") },
            FieldView.For(ModelState, "Input.Criteria", Text.Translate("Assessment criteria"), Input.Criteria) with { Type = "textarea", Required = true, Hint = Text.Translate("One per line: key; name; weight. The weights sum to 1, e.g. malgrupp; Målgrupp; 0,5") },
            FieldView.For(ModelState, "Input.CapPerYear", Text.Translate("Cap per application and year (kr)"), GrantForms.Amount(Input.CapPerYear)) with { Required = true },
            FieldView.For(ModelState, "Input.MaxYears", Text.Translate("Most years per application"), Input.MaxYears?.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { Required = true, Hint = Text.Translate("1-3; a development grant is for one year") },
            FieldView.For(ModelState, "Input.DirectForms", Text.Translate("Eligible forms"), null) with { Type = "checkboxes", Options = forms, Selected = Input.DirectForms.Select(f => f.ToString()).ToList() },
            FieldView.For(ModelState, "Input.AfterAssessmentForms", Text.Translate("Forms eligible after an individual assessment"), null) with { Type = "checkboxes", Options = forms, Selected = Input.AfterAssessmentForms.Select(f => f.ToString()).ToList() },
            FieldView.For(ModelState, "Input.ProposalMode", Text.Translate("How the proposal funds"), Input.ProposalMode.ToString()) with
            {
                Type = "select", Options = Enum.GetValues<ProposalMode>().Select(m => (m.ToString(), GrantsText.Mode(m))).ToList(),
            },
        ];
        DecisionFields = GrantForms.Decision(ModelState, "Input.Decision", Input.Decision);
        Labels = Fields.Concat(DecisionFields).ToDictionary(f => f.Name, f => f.Label);
    }
}
