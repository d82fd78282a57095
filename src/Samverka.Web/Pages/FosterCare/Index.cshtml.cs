using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

[Authorize(Policy = Policies.FosterCare)]
public sealed class IndexModel(FosterCareAccess access) : PageModel
{
    public UnitView? Unit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Unit = await access.UnitAsync(HttpContext.Actor(), cancellationToken: cancellationToken);
}
