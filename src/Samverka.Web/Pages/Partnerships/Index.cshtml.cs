using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants;
using Samverka.Modules.Grants.Partnerships;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Partnerships;

/// <summary>The partnerships the user may see; the use case decides which (the municipality's or the partner's own).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ListPartnerships list) : PageModel
{
    public ListPartnerships.Result Result { get; private set; } = new([], []);

    public bool IsOfficer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsOfficer = GrantsStore.IsOfficer(HttpContext.Actor());
        Result = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
    }
}
