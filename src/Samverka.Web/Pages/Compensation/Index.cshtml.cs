using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.ReadCompensation)]
public sealed class IndexModel(CompensationAccess access, ListPaymentMonths months) : PageModel
{
    public bool IsProvider { get; private set; }

    public string? NextOpen { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsProvider = (await access.TenantAsync(HttpContext.Actor(), cancellationToken)).IsProvider;
        NextOpen = (await months.HandleAsync(HttpContext.Actor(), cancellationToken)).NextOpen;
    }
}
