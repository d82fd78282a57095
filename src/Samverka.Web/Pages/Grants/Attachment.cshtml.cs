using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>Downloads an attachment (the applicant's own, or any for officers and the committee).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AttachmentModel(GetGrantAttachment get) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, attachmentId, HttpContext.Actor(), cancellationToken) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();
}
