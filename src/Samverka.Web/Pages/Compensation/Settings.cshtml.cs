using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Modules.PaymentFiles;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class SettingsModel(SaveCompensationSettings settings) : PageModel
{
    [BindProperty] public string? DebtorAccountKind { get; set; }

    [BindProperty] public string? DebtorAccountNumber { get; set; }

    [BindProperty] public string? DebtorBic { get; set; }

    [BindProperty] public string? CostAccount { get; set; } = "4590";

    [BindProperty] public string? CreditAccount { get; set; } = "2440";

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public bool CanChange => CompensationAccess.CanManage(HttpContext.Actor());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await settings.GetAsync(HttpContext.Actor(), cancellationToken) is { } s)
        {
            DebtorAccountKind = s.DebtorAccountKind.ToString();
            DebtorAccountNumber = s.DebtorAccountNumber;
            DebtorBic = s.DebtorBic;
            CostAccount = s.CostAccount;
            CreditAccount = s.CreditAccount;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            PaymentAccountKind? kind = Enum.TryParse<PaymentAccountKind>(DebtorAccountKind, out var k) ? k : null;
            await settings.HandleAsync(new SaveCompensationSettings.Request(kind, DebtorAccountNumber, DebtorBic, CostAccount, CreditAccount), HttpContext.Actor(), cancellationToken);
            return Redirect("/compensation/settings?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(DebtorAccountKind), nameof(DebtorAccountNumber), nameof(DebtorBic), nameof(CostAccount), nameof(CreditAccount));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
