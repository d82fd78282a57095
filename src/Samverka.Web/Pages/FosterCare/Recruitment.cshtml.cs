using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.FosterCare;

/// <summary>The recruitment board: a column per state, each home a card; lead times and stalled homes.</summary>
[Authorize(Policy = Policies.ManageFosterCare)]
public sealed class RecruitmentModel(GetRecruitmentBoard board) : PageModel
{
    public GetRecruitmentBoard.Result Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Board = await board.HandleAsync(HttpContext.Actor(), cancellationToken);
}
