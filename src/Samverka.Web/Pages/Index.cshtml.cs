using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages;

/// <summary>The start page: the modules the signed-in user can use.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public List<Navigation.Item> Modules { get; } = [];

    public string DisplayName => User.FindFirstValue(SamverkaClaims.DisplayName) ?? User.Identity?.Name ?? "";

    public string OrganisationName => User.FindFirstValue(SamverkaClaims.OrganisationName) ?? "";

    public string RoleNames => string.Join(", ", User.FindAll(ClaimTypes.Role).Select(c => Format.Role(c.Value)));

    public async Task OnGetAsync()
    {
        foreach (var m in Navigation.Modules)
            if ((await authorization.AuthorizeAsync(User, m.Policy)).Succeeded) Modules.Add(m);
    }
}
