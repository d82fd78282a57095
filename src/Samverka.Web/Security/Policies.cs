using Microsoft.AspNetCore.Authorization;
using Samverka.Modules.Identity;

namespace Samverka.Web.Security;

/// <summary>Every authorisation policy, by name. Every page and endpoint names one; anything that names none still
/// needs a signed-in user (the fallback policy). Which data a user sees inside a policy is the tenancy rule
/// (<see cref="Modules.Organisations.Contracts.OrganisationScope"/>), applied in the use cases.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Register and change organisations: administrators, grant officers and joint-unit staff.</summary>
    public const string ManageOrganisations = "ManageOrganisations";

    /// <summary>Search the audit log: auditors and administrators.</summary>
    public const string ReadAuditLog = "ReadAuditLog";

    public static readonly string[] ManageOrganisationsRoles = [Roles.Administrator, Roles.GrantOfficer, Roles.JointUnitStaff];
    public static readonly string[] ReadAuditLogRoles = [Roles.Auditor, Roles.Administrator];

    public static IServiceCollection AddSamverkaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(ManageOrganisations, p => p.RequireAuthenticatedUser().RequireRole(ManageOrganisationsRoles))
            .AddPolicy(ReadAuditLog, p => p.RequireAuthenticatedUser().RequireRole(ReadAuditLogRoles));
        return services;
    }
}
