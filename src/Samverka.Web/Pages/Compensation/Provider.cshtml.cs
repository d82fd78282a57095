using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Compensation;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.ManageCompensation)]
public sealed class ProviderModel(SamverkaDbContext db, CompensationAccess access, SaveProviderApproval save) : PageModel
{
    public CompensationProviders.Provider Provider { get; private set; } = null!;

    [BindProperty] public string? ApprovedFrom { get; set; }

    [BindProperty] public string? Decision { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Provider.Approval is { } a)
        {
            ApprovedFrom = Format.Date(a.ApprovedFrom);
            Decision = a.Decision;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        try
        {
            await save.HandleAsync(id, new SaveProviderApproval.Request(ApprovedFrom, Decision), HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/providers/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(ApprovedFrom), nameof(Decision));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await access.ManagerAsync(HttpContext.Actor(), cancellationToken);
        var provider = (await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken)).FirstOrDefault(p => p.Id == id);
        if (provider is null) return false;
        Provider = provider;
        return true;
    }
}
