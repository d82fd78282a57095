using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Organisations;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Organisations;

[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(GetOrganisation get, IAuthorizationService authorization) : PageModel
{
    public GetOrganisation.Details Organisation { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
        Organisation = details;
        CanEdit = details.CanChange && (await authorization.AuthorizeAsync(User, Policies.ManageOrganisations)).Succeeded;
        return Page();
    }
}
