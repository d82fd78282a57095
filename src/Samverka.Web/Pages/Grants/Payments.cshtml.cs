using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>The payment schedule of a programme and its batches; officers make a new batch here.</summary>
[Authorize(Policy = Policies.GrantsRead)]
public sealed class PaymentsModel(GetGrantPayments get, CreateGrantPaymentBatch create, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public GrantPaymentBatchInput Input { get; set; } = new();

    public GetGrantPayments.Result Schedule { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public FieldView PaymentDate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Schedule = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
        Input.PaymentDate = Schedule.Today;
        await BuildAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var batchId = await create.HandleAsync(id, Input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/grants/payment-batches/{batchId}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Schedule = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
            await BuildAsync();
            return Page();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (ConcurrencyConflicts.IsConflict(e))
        {
            ModelState.AddModelError("", Text.Translate(ConcurrencyConflicts.Message));
            Schedule = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
            await BuildAsync();
            return Page();
        }
    }

    private async Task BuildAsync()
    {
        CanManage = (await authorization.AuthorizeAsync(User, Policies.GrantsManage)).Succeeded;
        PaymentDate = FieldView.For(ModelState, "Input.PaymentDate", Text.Translate("Payment date"), Input.PaymentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            with { Type = "date", Required = true, Hint = Text.Translate("Every payment due by this day that is not held goes into the batch.") };
        ViewData["FieldLabels"] = new Dictionary<string, string>
        {
            ["Input.PaymentDate"] = PaymentDate.Label, ["Input.DebtorAccount"] = Text.Translate("Account to pay from"),
            ["Input.PayeeAccount"] = Text.Translate("Payee account"), ["Input.ApplicationIds"] = Text.Translate("Grants"),
        };
    }
}
