using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>A provider's annual accounts: entered in a form (a grant officer for any provider, a provider's user for its
/// own) or imported from CSV, all or nothing.</summary>
[Authorize(Policy = Policies.ReportCompensationAccounts)]
[RequestSizeLimit(5_000_000)]
public sealed class ReportAccountsModel(SaveAnnualAccount save, ImportAnnualAccounts import, CompensationAccess access, SamverkaDbContext db, TimeProvider clock) : PageModel
{
    public const int BandRows = 4;

    [BindProperty] public string? ProviderNumber { get; set; }

    [BindProperty] public string? Year { get; set; }

    [BindProperty] public string? Places { get; set; }

    [BindProperty] public string? StaffCosts { get; set; }

    [BindProperty] public string? PremisesCosts { get; set; }

    [BindProperty] public string? FoodCosts { get; set; }

    [BindProperty] public string? OtherCosts { get; set; }

    [BindProperty] public List<SaveAnnualAccount.BandRequest> Bands { get; set; } = [];

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)] public int? Imported { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public IReadOnlyList<(string Value, string Text)> Providers { get; private set; } = [];

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= (clock.GetUtcNow().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await save.HandleAsync(new SaveAnnualAccount.Request(ProviderNumber, Year, Places, StaffCosts, PremisesCosts, FoodCosts, OtherCosts, Bands),
                HttpContext.Actor(), cancellationToken);
            return Redirect("/compensation/cost-coverage/report?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, [nameof(ProviderNumber), nameof(Year), nameof(Places), nameof(StaffCosts), nameof(PremisesCosts), nameof(FoodCosts), nameof(OtherCosts),
                .. Enumerable.Range(0, BandRows).SelectMany(i => new[] { $"Bands[{i}].MinAge", $"Bands[{i}].MaxAge", $"Bands[{i}].ChildMonths" })]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file");
            await LoadAsync(cancellationToken);
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var result = await import.HandleAsync(buffer.ToArray(), Path.GetFileName(Upload.FileName), HttpContext.Actor(), cancellationToken);
            return Redirect(FormattableString.Invariant($"/compensation/cost-coverage/report?imported={result.Accounts}"));
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenant = await access.TenantAsync(HttpContext.Actor(), cancellationToken);
        var providers = await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken);
        Providers = providers.Where(p => tenant.ProviderId is null || p.Id == tenant.ProviderId)
            .Select(p => (p.OrganisationNumber, $"{p.Name} ({p.OrganisationNumber})")).ToList();
        if (tenant.IsProvider) ProviderNumber ??= Providers.FirstOrDefault().Value;
        while (Bands.Count < BandRows) Bands.Add(new SaveAnnualAccount.BandRequest(null, null, null));
    }
}
