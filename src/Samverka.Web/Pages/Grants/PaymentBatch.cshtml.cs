using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>A payment batch: the preview before approval, approval and deletion (officers), and the files of an
/// approved batch (pain.001.001.03 and SIE 4).</summary>
[Authorize(Policy = Policies.GrantsRead)]
public sealed class PaymentBatchModel(GetGrantPaymentBatch get, ApproveGrantPaymentBatch approve, DeleteGrantPaymentBatch delete, ExportGrantPaymentBatch export)
    : PageModel
{
    public GetGrantPaymentBatch.Result Batch { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Approved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Batch = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetPain001Async(Guid id, CancellationToken cancellationToken)
    {
        var file = await export.Pain001Async(id, HttpContext.Actor(), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetSieAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await export.SieAsync(id, HttpContext.Actor(), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => approve.HandleAsync(id, HttpContext.Actor(), cancellationToken), $"/grants/payment-batches/{id}?approved=true", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var programmeId = (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken)).ProgrammeId;
        return await ChangeAsync(id, () => delete.HandleAsync(id, HttpContext.Actor(), cancellationToken), $"/grants/programmes/{programmeId}/payments", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, string done, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return Redirect(done);
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "Input");
            Batch = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
            return Page();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (ConcurrencyConflicts.IsConflict(e))
        {
            ModelState.AddModelError("", Text.Translate(ConcurrencyConflicts.Message));
            Batch = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
            return Page();
        }
    }
}
