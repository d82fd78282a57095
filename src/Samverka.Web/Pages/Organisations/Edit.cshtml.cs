using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;
using Samverka.Web.Forms;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Organisations;

[Authorize(Policy = Policies.ManageOrganisations)]
public sealed class EditModel(GetOrganisation get, UpdateOrganisation update, ListOrganisations list) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationForm Form { get; private set; } = null!;

    private OrganisationKind _currentKind;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem) return problem;
        var o = (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken))!;
        Input = new OrganisationInput
        {
            OrganisationNumber = o.OrganisationNumber, Name = o.Name, Kind = o.Kind, Email = o.Email, Phone = o.Phone, Address = o.Address,
            PayeeAccountKind = o.PayeeAccountKind, PayeeAccountNumber = o.PayeeAccountNumber,
            HostId = o.Host?.Id, MemberIds = o.Members.Select(m => m.Id).ToList(),
        };
        Form = await OrganisationForm.CreateAsync(Input, ModelState, HttpContext.Actor(), list, _currentKind, Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem) return problem;
        ModelState.Clear();
        try
        {
            if (!await update.HandleAsync(id, Input, HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect($"/organisations/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Form = await OrganisationForm.CreateAsync(Input, ModelState, HttpContext.Actor(), list, _currentKind, Id, cancellationToken);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } o) return NotFound();
        if (!o.CanChange) throw new AccessDeniedException("Only an administrator or the organisation that registered it may change this organisation.");
        Id = o.Id;
        Name = o.Name;
        _currentKind = o.Kind;
        return null;
    }
}
