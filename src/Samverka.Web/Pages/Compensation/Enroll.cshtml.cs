using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.ManageCompensation)]
public sealed class EnrollModel(SamverkaDbContext db, CompensationAccess access, SaveEnrollment save, ListChildren list) : PageModel
{
    [BindProperty(Name = "child_id")] public string? ChildId { get; set; }

    [BindProperty(Name = "birth_date")] public string? BirthDate { get; set; }

    [BindProperty(Name = "provider_id")] public string? ProviderId { get; set; }

    [BindProperty(Name = "start_date")] public string? Start { get; set; }

    [BindProperty(Name = "end_date")] public string? End { get; set; }

    [BindProperty(Name = "notice_date")] public string? Notice { get; set; }

    public IReadOnlyList<(string Value, string Text)> ProviderOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        try
        {
            await save.HandleAsync(new SaveEnrollment.Request(ChildId, BirthDate, ProviderId, Start, End, Notice), HttpContext.Actor(), cancellationToken);
            var child = (await list.HandleAsync(null, HttpContext.Actor(), cancellationToken)).FirstOrDefault(c => c.Key == ChildId?.Trim());
            return Redirect(child is null ? "/compensation/children" : $"/compensation/children/{child.Id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, "child_id", "birth_date", "provider_id", "start_date", "end_date", "notice_date");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tenant = await access.ManagerAsync(HttpContext.Actor(), cancellationToken);
        ProviderOptions = [("", "–"), .. (await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken))
            .Select(p => (p.OrganisationNumber, $"{p.Name} ({p.OrganisationNumber})"))];
    }
}
