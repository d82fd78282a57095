using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Account;

/// <summary>Signs out (POST only, with the antiforgery token); GET shows a button.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<SamverkaUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
            await audit.WriteAsync(HttpContext.Actor(), AuditActions.SignOut);
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
