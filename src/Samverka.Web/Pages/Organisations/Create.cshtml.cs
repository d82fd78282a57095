using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Organisations;
using Samverka.Web.Forms;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Organisations;

[Authorize(Policy = Policies.ManageOrganisations)]
public sealed class CreateModel(CreateOrganisation create, ListOrganisations list) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public OrganisationForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = await OrganisationForm.CreateAsync(Input, ModelState, HttpContext.Actor(), list, null, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // the use case checks the input; binding messages in English would only duplicate them
        try
        {
            var id = await create.HandleAsync(Input, HttpContext.Actor(), cancellationToken);
            return Redirect($"/organisations/{id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Form = await OrganisationForm.CreateAsync(Input, ModelState, HttpContext.Actor(), list, null, null, cancellationToken);
            return Page();
        }
    }
}
