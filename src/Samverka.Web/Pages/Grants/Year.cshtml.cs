using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

[Authorize(Policy = Policies.SignedIn)]
public sealed class YearModel(GetProgrammeYear get) : PageModel
{
    public GetProgrammeYear.Details Year { get; private set; } = null!;

    public bool IsReader { get; private set; }

    public bool IsApplicant { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        if (await get.HandleAsync(id, actor, cancellationToken) is not { } year) return NotFound();
        (Year, IsReader, IsApplicant) = (year, GrantsStore.IsReader(actor), GrantsStore.IsApplicant(actor));
        return Page();
    }
}
