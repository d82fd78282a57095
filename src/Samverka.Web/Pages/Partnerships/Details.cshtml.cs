using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Modules.Grants.Partnerships;
using Samverka.Modules.Identity;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Partnerships;

/// <summary>One partnership; the use cases decide who sees it (the municipality's readers, the partner's users) and who
/// may record meetings (officers) and report indicator values (the partner's users and officers).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailsModel(GetPartnership get, RecordPartnershipMeeting record, ReportIndicatorValue report) : PageModel
{
    [BindProperty] public RecordPartnershipMeeting.Input Meeting { get; set; } = new();

    [BindProperty] public ReportIndicatorValue.Input Report { get; set; } = new();

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public GetPartnership.Result Partnership { get; private set; } = null!;

    public IReadOnlyList<FieldView> MeetingFields { get; private set; } = [];

    public IReadOnlyList<FieldView> ReportFields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => record.HandleAsync(id, Meeting, HttpContext.Actor(), cancellationToken), nameof(Meeting), cancellationToken);

    public Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, () => report.HandleAsync(id, Report, HttpContext.Actor(), cancellationToken), nameof(Report), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task> change, string prefix, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await change();
            return Redirect($"/partnerships/{id}?saved=true");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, prefix);
            return await ShowAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Partnership = await get.HandleAsync(id, HttpContext.Actor(), cancellationToken);
        var r = Partnership;
        MeetingFields =
        [
            FieldView.For(ModelState, "Meeting.Date", Text.Translate("Meeting date"), Meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) with { Type = "date", Required = true },
            FieldView.For(ModelState, "Meeting.Attendees", Text.Translate("Attendees"), Meeting.Attendees) with { Required = true },
            FieldView.For(ModelState, "Meeting.Minutes", Text.Translate("Minutes"), Meeting.Minutes) with { Type = "textarea", Required = true },
            FieldView.For(ModelState, "Meeting.Decisions", Text.Translate("Decisions"), Meeting.Decisions) with { Type = "textarea" },
        ];
        ReportFields =
        [
            FieldView.For(ModelState, "Report.IndicatorId", Text.Translate("Indicator"), Report.IndicatorId?.ToString()) with
            {
                Type = "select", Required = true, Options = [("", Text.Translate("Choose an indicator")), .. r.Indicators.Select(i => (i.Id.ToString(), $"{i.Name} ({i.Unit})"))],
            },
            FieldView.For(ModelState, "Report.Year", Text.Translate("Year"), (Report.Year ?? r.Years.LastOrDefault(y => y.Year <= DateTime.UtcNow.Year)?.Year ?? r.From.Year).ToString(CultureInfo.InvariantCulture)) with { Required = true },
            FieldView.For(ModelState, "Report.Value", Text.Translate("Value"), Report.Value?.ToString(CultureInfo.InvariantCulture)) with { Required = true },
            FieldView.For(ModelState, "Report.Comment", Text.Translate("Comment"), Report.Comment),
        ];
        return Page();
    }
}
