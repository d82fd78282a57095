using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Account;

/// <summary>Sign-in with a local account (locked for 15 minutes after 5 failures), or OpenID Connect when configured.
/// Every attempt is written to the audit log.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<SamverkaUser> signIn, UserManager<SamverkaUser> users, AuditLog audit,
    IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? Password { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? OpenIdConnectName { get; private set; }

    /// <summary>"failed" when the OpenID Connect provider's user could not be signed in (see IdentitySetup).</summary>
    [BindProperty(SupportsGet = true)] public string? External { get; set; }

    public async Task OnGetAsync()
    {
        OpenIdConnectName = (await schemes.GetSchemeAsync(IdentitySetup.OpenIdConnectScheme))?.DisplayName;
        if (External == "failed")
            ModelState.AddModelError("", "Signing in through your organisation did not succeed: you have no Samverka account, or it is locked. Ask your administrator.");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        OpenIdConnectName = (await schemes.GetSchemeAsync(IdentitySetup.OpenIdConnectScheme))?.DisplayName;
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your e-mail address");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), "Enter your password");
        if (!ModelState.IsValid) return Page();

        var email = Email!.Trim();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
        var result = await signIn.PasswordSignInAsync(email, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = (await users.FindByNameAsync(email))!;
            await audit.WriteAsync(SamverkaClaims.ActorFor(user, await users.GetRolesAsync(user), HttpContext), AuditActions.SignIn);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        await audit.WriteAsync(Actor.Anonymous(email, ip), AuditActions.SignInFailed, detail: result.IsLockedOut ? "locked out" : "wrong e-mail address or password");
        ModelState.AddModelError(nameof(Email), result.IsLockedOut
            ? "The account is locked after too many failed attempts. Try again in 15 minutes."
            : "The e-mail address or password is wrong.");
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        var redirect = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = redirect }, IdentitySetup.OpenIdConnectScheme);
    }
}
