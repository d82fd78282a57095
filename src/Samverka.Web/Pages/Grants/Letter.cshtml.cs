using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>The decision letter to an applicant, in Swedish, printable (the applicant's own, or any for officers and the committee).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class LetterModel(GetGrantApplication get) : PageModel
{
    public GetGrantApplication.Details Details { get; private set; } = null!;

    public string Municipality { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } details) return NotFound();
        if (details.Application.Status is not (GrantApplicationStatus.Granted or GrantApplicationStatus.Refused)) return NotFound();
        Details = details;
        Municipality = details.Owner;
        return Page();
    }
}
