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

    /// <summary>The joint foster-home unit's pages: its staff and the member municipalities' officers, controllers, committee
    /// members and auditors (what each sees inside is the unit's tenancy rule, <c>FosterCareAccess</c>).</summary>
    public const string FosterCare = "FosterCare";

    /// <summary>The unit's own work: homes, recruitment, agreements, cost split, invoices, proposals: its staff and administrators.</summary>
    public const string ManageFosterCare = "ManageFosterCare";

    /// <summary>Requesting homes and registering placements: a member municipality's social workers (grant officers).</summary>
    public const string PlaceFosterChildren = "PlaceFosterChildren";

    public static readonly string[] FosterCareRoles = [Roles.Administrator, Roles.JointUnitStaff, Roles.GrantOfficer, Roles.Controller, Roles.CommitteeMember, Roles.Auditor];
    public static readonly string[] ManageFosterCareRoles = [Roles.Administrator, Roles.JointUnitStaff];
    public static readonly string[] PlaceFosterChildrenRoles = [Roles.GrantOfficer];

    public static readonly string[] ManageOrganisationsRoles = [Roles.Administrator, Roles.GrantOfficer, Roles.JointUnitStaff];
    public static readonly string[] ReadAuditLogRoles = [Roles.Auditor, Roles.Administrator];

    /// <summary>Grants: read programmes, ledgers, proposals and every application (officers, committee, controllers, auditors, administrators).</summary>
    public const string GrantsRead = "GrantsRead";

    /// <summary>Grants: run programmes, record budget changes, assess, score, decide and close rounds (grant officers, administrators).</summary>
    public const string GrantsManage = "GrantsManage";

    /// <summary>Grants: apply for a grant on behalf of one's own organisation (partner users).</summary>
    public const string GrantsApply = "GrantsApply";

    public static readonly string[] GrantsReadRoles = [Roles.GrantOfficer, Roles.Administrator, Roles.CommitteeMember, Roles.Controller, Roles.Auditor];
    public static readonly string[] GrantsManageRoles = [Roles.GrantOfficer, Roles.Administrator];

    /// <summary>Compensation (per-child grants): the municipality's officers, controllers, committee members, auditors and
    /// administrators, and providers' users (who see only their own payments: <c>CompensationAccess</c>).</summary>
    public const string ReadCompensation = "ReadCompensation";

    /// <summary>Compensation: the municipality's own pages (children, rules, previews): not providers' users.</summary>
    public const string CompensationMunicipality = "CompensationMunicipality";

    /// <summary>Compensation: change facts, rules and approve months (grant officers, administrators).</summary>
    public const string ManageCompensation = "ManageCompensation";

    /// <summary>Compensation: report a provider's annual accounts (grant officers and administrators for any provider of the
    /// municipality, a provider's users for their own organisation only: <c>CompensationAccess</c>).</summary>
    public const string ReportCompensationAccounts = "ReportCompensationAccounts";

    public static readonly string[] CompensationMunicipalityRoles = [Roles.GrantOfficer, Roles.Administrator, Roles.Controller, Roles.CommitteeMember, Roles.Auditor];
    public static readonly string[] ReadCompensationRoles = [.. CompensationMunicipalityRoles, Roles.PartnerUser];
    public static readonly string[] ManageCompensationRoles = [Roles.GrantOfficer, Roles.Administrator];
    public static readonly string[] ReportCompensationAccountsRoles = [.. ManageCompensationRoles, Roles.PartnerUser];

    public static IServiceCollection AddSamverkaAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(ManageOrganisations, p => p.RequireAuthenticatedUser().RequireRole(ManageOrganisationsRoles))
            .AddPolicy(ReadAuditLog, p => p.RequireAuthenticatedUser().RequireRole(ReadAuditLogRoles))
            .AddPolicy(FosterCare, p => p.RequireAuthenticatedUser().RequireRole(FosterCareRoles))
            .AddPolicy(ManageFosterCare, p => p.RequireAuthenticatedUser().RequireRole(ManageFosterCareRoles))
            .AddPolicy(PlaceFosterChildren, p => p.RequireAuthenticatedUser().RequireRole(PlaceFosterChildrenRoles))
            .AddPolicy(GrantsRead, p => p.RequireAuthenticatedUser().RequireRole(GrantsReadRoles))
            .AddPolicy(GrantsManage, p => p.RequireAuthenticatedUser().RequireRole(GrantsManageRoles))
            .AddPolicy(GrantsApply, p => p.RequireAuthenticatedUser().RequireRole(Roles.PartnerUser))
            .AddPolicy(ReadCompensation, p => p.RequireAuthenticatedUser().RequireRole(ReadCompensationRoles))
            .AddPolicy(CompensationMunicipality, p => p.RequireAuthenticatedUser().RequireRole(CompensationMunicipalityRoles))
            .AddPolicy(ManageCompensation, p => p.RequireAuthenticatedUser().RequireRole(ManageCompensationRoles))
            .AddPolicy(ReportCompensationAccounts, p => p.RequireAuthenticatedUser().RequireRole(ReportCompensationAccountsRoles));
        return services;
    }
}
