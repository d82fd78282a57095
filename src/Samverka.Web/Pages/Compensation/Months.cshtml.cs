using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>Approved payment months (a provider's users see their own totals only) and the next open month.</summary>
[Authorize(Policy = Policies.ReadCompensation)]
public sealed class MonthsModel(ListPaymentMonths list) : PageModel
{
    public ListPaymentMonths.Result Months { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Months = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
}
