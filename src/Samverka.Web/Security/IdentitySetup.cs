using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Web.Security;

/// <summary>Sign-in: ASP.NET Core Identity local accounts in a cookie, and OpenID Connect when configured.</summary>
/// <remarks>
/// OpenID Connect is switched on by <c>Authentication:OpenIdConnect:Authority</c> (with <c>ClientId</c>, <c>ClientSecret</c>
/// and optionally <c>DisplayName</c> for the button). The provider's user is matched to a local account by e-mail
/// (claim <c>email</c>, else <c>preferred_username</c>); someone with no local account is refused, since the local
/// account carries the organisation and roles. <c>RequireHttpsMetadata</c> (default true) may be set to false only for a
/// provider on the same machine (development, tests).
/// </remarks>
public static class IdentitySetup
{
    public const string OpenIdConnectScheme = "oidc";

    public static IServiceCollection AddSamverkaIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<SamverkaUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SamverkaDbContext>()
            .AddClaimsPrincipalFactory<SamverkaClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "samverka";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401 and 403; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden);
        });

        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectScheme, oidc["DisplayName"] is { Length: > 0 } name ? name : "OpenID Connect", o =>
            {
                o.Authority = oidc["Authority"];
                o.ClientId = oidc["ClientId"];
                o.ClientSecret = oidc["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Add("email");
                o.CallbackPath = "/signin-oidc";
                o.SignInScheme = IdentityConstants.ApplicationScheme;
                o.MapInboundClaims = false; // keep "email" as the provider wrote it
                // Only for an identity provider on this machine (development, tests): plain-HTTP metadata and cookies.
                o.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
                if (!o.RequireHttpsMetadata)
                {
                    o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }
                o.Events.OnTokenValidated = MapToLocalUserAsync;
                o.Events.OnRemoteFailure = context =>
                {
                    // No local account (or a provider error): back to the sign-in page with a message, not an error page.
                    context.Response.Redirect("/sign-in?external=failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }
        return services;
    }

    public static bool OpenIdConnectEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"]);

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = apiStatus;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task MapToLocalUserAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var users = services.GetRequiredService<UserManager<SamverkaUser>>();
        var audit = services.GetRequiredService<AuditLog>();
        var email = context.Principal?.FindFirst("email")?.Value ?? context.Principal?.FindFirst("preferred_username")?.Value;
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            await audit.WriteAsync(Actor.Anonymous(email ?? "(unknown)", context.HttpContext.Connection.RemoteIpAddress?.ToString()),
                AuditActions.SignInFailed, detail: "OpenID Connect: no local account, or locked out");
            context.Fail("No Samverka account for this user.");
            return;
        }
        var factory = services.GetRequiredService<IUserClaimsPrincipalFactory<SamverkaUser>>();
        context.Principal = await factory.CreateAsync(user);
        await audit.WriteAsync(SamverkaClaims.ActorFor(user, await users.GetRolesAsync(user), context.HttpContext), AuditActions.SignIn,
            detail: "OpenID Connect");
    }
}
