using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

[Authorize(Policy = Policies.GrantsManage)]
public sealed class CreateProgrammeModel(CreateGrantProgramme create) : PageModel
{
    [BindProperty] public ProgrammeInput Input { get; set; } = new();

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public void OnGet() => Build();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await create.HandleAsync(Input, HttpContext.Actor(), cancellationToken);
            return Redirect("/grants");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Build();
            return Page();
        }
    }

    private void Build() => Fields =
    [
        FieldView.For(ModelState, "Input.Name", Text.Translate("Name"), Input.Name) with { Required = true },
        FieldView.For(ModelState, "Input.Key", Text.Translate("Key"), Input.Key) with { Required = true, Hint = Text.Translate("Lower-case letters, digits and hyphens, e.g. utvecklingsbidrag") },
        FieldView.For(ModelState, "Input.Kind", Text.Translate("Kind of programme"), Input.Kind?.ToString()) with
        {
            Type = "select", Required = true,
            Options = [("", Text.Translate("Choose a kind")), .. Enum.GetValues<GrantKind>().Select(k => (k.ToString(), GrantsText.Kind(k)))],
        },
    ];
}
