using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Modules.Identity;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>A child's record (every read audited): enrollments, a late notice or an end, a corrected birth date, and what was paid.</summary>
[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class ChildModel(GetChild get, SaveEnrollment save, CorrectChild correct) : PageModel
{
    public GetChild.Details Child { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty] public Guid? EnrollmentId { get; set; }

    [BindProperty] public string? End { get; set; }

    [BindProperty] public string? Notice { get; set; }

    [BindProperty] public string? BirthDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } child) return NotFound();
        Child = child;
        return Page();
    }

    public async Task<IActionResult> OnPostEnrollmentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CompensationAccess.CanManage(HttpContext.Actor())) throw new AccessDeniedException("Only grant officers change enrollments.");
        if (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } child) return NotFound();
        Child = child;
        ModelState.Clear();
        var enrollment = child.Enrollments.FirstOrDefault(e => e.Id == EnrollmentId);
        if (enrollment is null) return NotFound();
        try
        {
            await save.HandleAsync(new SaveEnrollment.Request(child.Key, null, enrollment.ProviderNumber, Format.Date(enrollment.Start), End, Notice, enrollment.Id),
                HttpContext.Actor(), cancellationToken);
            return Redirect($"/compensation/children/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems)
            {
                var field = p.Field switch { "end_date" => Text.Translate("End"), "notice_date" => Text.Translate("Notice given on"), "start_date" => Text.Translate("Start"), _ => p.Field };
                ModelState.AddModelError("", field + ": " + Text.TranslateMessage(p.Message));
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostBirthAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            if (!await correct.HandleAsync(id, BirthDate, HttpContext.Actor(), cancellationToken)) return NotFound();
            return Redirect($"/compensation/children/{id}?saved=true");
        }
        catch (InputProblemsException e)
        {
            Child = (await get.HandleAsync(id, HttpContext.Actor(), cancellationToken))!;
            foreach (var p in e.Problems) ModelState.AddModelError("", p.Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
