using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Modules.Identity;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>Fees to the homes paid by the placing member: the member's month (preview or as approved) per home with each
/// line's explanation, approval by its grant officers, the kept payment files; the unit's staff see which members have
/// approved which months (no child data).</summary>
[Authorize(Policy = Policies.FosterCare)]
public sealed class FeePaymentsModel(ListFeeMonths list, GetFeeMonth get, ApproveFeeMonth approve, ExportFeeMonth export) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    [BindProperty(SupportsGet = true)] public bool Approved { get; set; }

    public ListFeeMonths.Result List { get; private set; } = null!;

    public FeeMonthView? View { get; private set; }

    public bool CanApprove => View is { Approved: false, Problems.Count: 0 } && User.IsInRole(Roles.GrantOfficer);

    public bool HasFiles => View is { Approved: true } v && v.Homes.Any(h => h.Total > 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var view = await approve.HandleAsync(Month, HttpContext.Actor(), cancellationToken);
            return Redirect($"/foster-care/fee-payments?month={view.Month}&approved=true");
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems) ModelState.AddModelError("", p.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnGetPain001Async(CancellationToken cancellationToken) =>
        await export.Pain001Async(Month, HttpContext.Actor(), cancellationToken) is { } f ? File(f.Content, f.ContentType, f.FileName) : NotFound();

    public async Task<IActionResult> OnGetSieAsync(CancellationToken cancellationToken) =>
        await export.SieAsync(Month, HttpContext.Actor(), cancellationToken) is { } f ? File(f.Content, f.ContentType, f.FileName) : NotFound();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        if (!List.IsMember) return;
        try
        {
            View = await get.HandleAsync(Month, HttpContext.Actor(), cancellationToken);
            Month = View?.Month ?? Month;
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems) ModelState.AddModelError("", p.Message);
        }
    }
}
