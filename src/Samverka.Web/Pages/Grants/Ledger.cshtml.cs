using System.Globalization;
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

[Authorize(Policy = Policies.GrantsRead)]
public sealed class LedgerModel(GetBudgetLedger get, RecordBudgetChange record, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public RecordBudgetChange.Input Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetBudgetLedger.Result Ledger { get; private set; } = null!;

    public bool CanChange { get; private set; }

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public IReadOnlyList<FieldView> DecisionFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } ledger) return NotFound();
        Ledger = ledger;
        Input.Year = ledger.Year;
        await BuildAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } ledger) return NotFound();
        ModelState.Clear();
        try
        {
            await record.HandleAsync(ledger.ProgrammeId, Input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/grants/years/{id}/ledger?saved=true");
        }
        catch (InputProblemsException e)
        {
            Ledger = ledger;
            ModelState.AddProblems(e, nameof(Input));
            await BuildAsync();
            return Page();
        }
    }

    private async Task BuildAsync()
    {
        CanChange = (await authorization.AuthorizeAsync(User, Policies.GrantsManage)).Succeeded;
        Fields =
        [
            FieldView.For(ModelState, "Input.Kind", Text.Translate("Kind of entry"), Input.Kind.ToString()) with
            {
                Type = "select",
                Options = [(nameof(LedgerEntryKind.BudgetChange), Text.Translate("Budget change (negative for a cut)")), (nameof(LedgerEntryKind.Commitment), Text.Translate("Commitment from an earlier decision")),
                    (nameof(LedgerEntryKind.PotSet), Text.Translate("Budget of a coming year (planning frame)"))],
            },
            FieldView.For(ModelState, "Input.Year", Text.Translate("Year"), Input.Year?.ToString(CultureInfo.InvariantCulture)) with { Required = true },
            FieldView.For(ModelState, "Input.Amount", Text.Translate("Amount (kr)"), GrantForms.Amount(Input.Amount)) with { Required = true, Hint = Text.Translate("A cut is negative, e.g. -500000") },
            FieldView.For(ModelState, "Input.Note", Text.Translate("Note"), Input.Note),
        ];
        DecisionFields = GrantForms.Decision(ModelState, "Input.Decision", Input.Decision);
        Labels = Fields.Concat(DecisionFields).ToDictionary(f => f.Name, f => f.Label);
    }
}
