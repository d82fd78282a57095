using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Organisations;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Organisations;

/// <summary>CSV import, all or nothing: on any bad row nothing is written and every problem is listed.</summary>
[Authorize(Policy = Policies.ManageOrganisations)]
[RequestSizeLimit(10_000_000)]
public sealed class ImportModel(ImportOrganisations import) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public int? Created { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file");
            return Page();
        }
        string text;
        using (var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            var result = await import.HandleAsync(new ImportOrganisations.Request(text, Path.GetFileName(Upload.FileName)), HttpContext.Actor(), cancellationToken);
            return Redirect($"/organisations/import?created={result.Created}");
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
