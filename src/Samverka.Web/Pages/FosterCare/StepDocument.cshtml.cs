using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>Downloads a document of a home's recruitment step (the unit's staff only; the read is audited).</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class StepDocumentModel(GetStepDocument get) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, documentId, HttpContext.Actor(), cancellationToken) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();
}
