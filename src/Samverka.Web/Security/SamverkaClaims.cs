using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverka.Modules;
using Samverka.Modules.Identity;

namespace Samverka.Web.Security;

/// <summary>The claims Samverka adds to a signed-in user, and how a request's user becomes an <see cref="Actor"/>.</summary>
public static class SamverkaClaims
{
    public const string OrganisationId = "samverka:organisation_id";
    public const string OrganisationName = "samverka:organisation_name";
    public const string DisplayName = "samverka:display_name";

    public static Actor Actor(this HttpContext context)
    {
        var user = context.User;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity?.Name ?? "",
            Guid.TryParse(user.FindFirstValue(OrganisationId), out var org) ? org : null,
            roles,
            context.Connection.RemoteIpAddress?.ToString());
    }

    public static Actor ActorFor(SamverkaUser user, IEnumerable<string> roles, HttpContext context) =>
        new(user.Id, user.UserName ?? "", user.OrganisationId, roles.ToHashSet(StringComparer.Ordinal), context.Connection.RemoteIpAddress?.ToString());
}

/// <summary>Adds the user's organisation and display name to the sign-in cookie.</summary>
public sealed class SamverkaClaimsPrincipalFactory(UserManager<SamverkaUser> users, RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options, SamverkaDbContext db)
    : UserClaimsPrincipalFactory<SamverkaUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SamverkaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SamverkaClaims.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(SamverkaClaims.DisplayName, user.DisplayName));
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(SamverkaClaims.OrganisationName, organisation ?? ""));
        return identity;
    }
}
