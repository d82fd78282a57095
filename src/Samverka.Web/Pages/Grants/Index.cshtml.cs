using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ListGrantProgrammes list) : PageModel
{
    public IReadOnlyList<ListGrantProgrammes.Item> Programmes { get; private set; } = [];

    public bool IsOfficer { get; private set; }

    public bool IsReader { get; private set; }

    public bool IsApplicant { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = HttpContext.Actor();
        (IsOfficer, IsReader, IsApplicant) = (GrantsStore.IsOfficer(actor), GrantsStore.IsReader(actor), GrantsStore.IsApplicant(actor));
        Programmes = await list.HandleAsync(actor, cancellationToken);
    }
}
