using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class ProvidersModel(SamverkaDbContext db, CompensationAccess access) : PageModel
{
    public IReadOnlyList<CompensationProviders.Provider> Providers { get; private set; } = [];

    public bool CanChange { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tenant = await access.MunicipalityUserAsync(HttpContext.Actor(), cancellationToken);
        CanChange = tenant.CanChange;
        Providers = await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken);
    }
}
