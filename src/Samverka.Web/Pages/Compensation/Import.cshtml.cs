using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>CSV or xlsx import of children and enrollments, all or nothing: on any bad row nothing is written and every problem is listed.</summary>
[Authorize(Policy = Policies.ManageCompensation)]
[RequestSizeLimit(20_000_000)]
public sealed class ImportModel(ImportEnrollments import) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public ImportEnrollments.Result? Result { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Children { get; set; }

    [BindProperty(SupportsGet = true)] public int? Added { get; set; }

    [BindProperty(SupportsGet = true)] public int? Changed { get; set; }

    public void OnGet()
    {
        if (Children is { } c && Added is { } a && Changed is { } u) Result = new ImportEnrollments.Result(c, a, u);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV or xlsx file");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            var r = await import.HandleAsync(new ImportEnrollments.Request(buffer.ToArray(), Path.GetFileName(Upload.FileName)), HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/import?children={r.ChildrenCreated}&added={r.EnrollmentsCreated}&changed={r.EnrollmentsUpdated}");
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
