using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class ChildrenModel(ListChildren list) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<ListChildren.Item> Children { get; private set; } = [];

    public bool CanChange => CompensationAccess.CanManage(HttpContext.Actor());

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Children = await list.HandleAsync(Q, HttpContext.Actor(), cancellationToken);
}
