using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class RuleSetsModel(ListRuleSets list, RuleSetFiles files) : PageModel
{
    public IReadOnlyList<ListRuleSets.RuleSetView> RuleSets { get; private set; } = [];

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public IFormFile? RulesFile { get; set; }

    public bool CanChange => CompensationAccess.CanManage(HttpContext.Actor());

    public async Task OnGetAsync(CancellationToken cancellationToken) => RuleSets = await list.HandleAsync(HttpContext.Actor(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var text = "";
        if (RulesFile is { Length: > 0 })
            using (var reader = new StreamReader(RulesFile.OpenReadStream(), Encoding.UTF8))
                text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var id = await files.ImportAsync(Name ?? "", text, RulesFile is null ? "rules.json" : Path.GetFileName(RulesFile.FileName), HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/rules/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            RuleSets = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
