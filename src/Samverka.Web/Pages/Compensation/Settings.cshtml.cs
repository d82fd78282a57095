using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>The municipality's payment settings (BIC and the voucher's accounts); the debtor account is shown from the
/// registry, where it is changed.</summary>
[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class SettingsModel(SaveCompensationSettings settings) : PageModel
{
    public SaveCompensationSettings.View View { get; private set; } = null!;

    [BindProperty] public string? DebtorBic { get; set; }

    [BindProperty] public string? CostAccount { get; set; } = "4590";

    [BindProperty] public string? CreditAccount { get; set; } = "2440";

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public bool CanChange => CompensationAccess.CanManage(HttpContext.Actor());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await settings.GetAsync(HttpContext.Actor(), cancellationToken);
        if (View.Settings is { } s) (DebtorBic, CostAccount, CreditAccount) = (s.DebtorBic, s.CostAccount, s.CreditAccount);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await settings.HandleAsync(new SaveCompensationSettings.Request(DebtorBic, CostAccount, CreditAccount), HttpContext.Actor(), cancellationToken);
            return Redirect("/compensation/settings?saved=true");
        }
        catch (InputProblemsException e)
        {
            View = await settings.GetAsync(HttpContext.Actor(), cancellationToken);
            ModelState.AddProblems(e, nameof(DebtorBic), nameof(CostAccount), nameof(CreditAccount));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
