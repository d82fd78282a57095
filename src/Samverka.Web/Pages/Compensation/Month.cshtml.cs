using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;
using Samverka.Web.Tables;

namespace Samverka.Web.Pages.Compensation;

/// <summary>A payment month: the preview of an open month (lines and totals per provider, each line explained) and its
/// approval, or an approved month as paid with its exports. A provider's users see only their own lines.</summary>
[Authorize(Policy = Policies.ReadCompensation)]
public sealed class MonthModel(GetPaymentMonth get, ApprovePaymentMonth approve, ExportPaymentMonth export, CompensationAccess access, AuditLog audit) : PageModel
{
    public static IReadOnlyList<TableColumn<PaymentLineView>> Columns { get; } =
    [
        new("Provider", l => l.ProviderName),
        new("Organisation number", l => l.ProviderNumber),
        new("Child", l => l.ChildKey),
        new("For month", l => l.ForMonth),
        new("Kind", l => CompensationPage.Kind(l.Kind)),
        new("Age", l => l.Age.ToString(System.Globalization.CultureInfo.InvariantCulture), Value: l => l.Age),
        new("Band", l => l.Band),
        new("Amount", l => l.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Value: l => l.Amount),
        new("Rates from", l => l.RateFrom),
        new("Decision", l => l.Decision),
        new("Explanation", l => l.Explanation),
    ];

    public string Month { get; private set; } = "";

    public PaymentMonthView? View { get; private set; }

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public bool IsProvider { get; private set; }

    public bool CanApprove { get; private set; }

    [BindProperty(SupportsGet = true)] public bool Approved { get; set; }

    public bool JustApproved => Approved && View?.Approved == true;

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken cancellationToken) =>
        CalendarMonth.TryParse(month, out var m) ? await ShowAsync(m, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(string month, CancellationToken cancellationToken)
    {
        if (!CalendarMonth.TryParse(month, out var m)) return NotFound();
        try
        {
            await approve.HandleAsync(m, HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/months/{m}?approved=true");
        }
        catch (InputProblemsException e)
        {
            var result = await ShowAsync(m, cancellationToken);
            Problems = [.. e.Problems, .. Problems];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return result;
        }
    }

    public async Task<IActionResult> OnGetPain001Async(string month, CancellationToken cancellationToken) =>
        CalendarMonth.TryParse(month, out var m) && await export.Pain001Async(m, HttpContext.Actor(), cancellationToken) is { } f
            ? File(f.Content, f.ContentType, f.FileName) : NotFound();

    public async Task<IActionResult> OnGetSieAsync(string month, CancellationToken cancellationToken) =>
        CalendarMonth.TryParse(month, out var m) && await export.SieAsync(m, HttpContext.Actor(), cancellationToken) is { } f
            ? File(f.Content, f.ContentType, f.FileName) : NotFound();

    public async Task<IActionResult> OnGetExportAsync(string month, string? format, CancellationToken cancellationToken)
    {
        if (!CalendarMonth.TryParse(month, out var m)) return NotFound();
        var view = await get.HandleAsync(m, HttpContext.Actor(), cancellationToken);
        if (view is null) return NotFound();
        await audit.WriteAsync(HttpContext.Actor(), AuditActions.Export, nameof(PaymentMonth), m.ToString(), $"{format}: {view.Lines.Count} lines", cancellationToken);
        var name = $"barnomsorgsbidrag-{m}{(view.Approved ? "" : "-forhandsvisning")}";
        return TableExport.File(format ?? "xlsx", Columns, view.Lines, name, m.ToString());
    }

    private async Task<IActionResult> ShowAsync(CalendarMonth month, CancellationToken cancellationToken)
    {
        Month = month.ToString();
        var tenant = await access.TenantAsync(HttpContext.Actor(), cancellationToken);
        IsProvider = tenant.IsProvider;
        try
        {
            View = await get.HandleAsync(month, HttpContext.Actor(), cancellationToken);
            if (View is null) return NotFound();
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
        }
        CanApprove = tenant.CanChange && View is { Approved: false };
        return Page();
    }
}
