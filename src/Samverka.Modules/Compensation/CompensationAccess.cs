using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>Who may do what in the compensation module, and for which municipality or provider.</summary>
/// <remarks>
/// A municipality's own users work on its compensation: grant officers (and administrators) change it; controllers,
/// committee members and auditors read it. A provider's users (<see cref="Roles.PartnerUser"/> at an organisation of kind
/// <see cref="OrganisationKind.Provider"/>) see only their own approved payments and their explanations.
/// </remarks>
public sealed class CompensationAccess(SamverkaDbContext db)
{
    /// <summary>The tenant of the request: a municipality (sees all of its compensation) or one provider (sees its own payments).</summary>
    // MunicipalityId: The municipality whose data is concerned.
    // ProviderId: For a provider's user: the provider; null for the municipality's own users.
    // CanChange: Whether the actor may change facts, rules and months.
    public sealed record Tenant(Guid MunicipalityId, Guid? ProviderId, bool CanChange)
    {
        public bool IsProvider => ProviderId is not null;
    }

    public static bool CanManage(Actor actor) => actor.IsInRole(Roles.GrantOfficer) || actor.IsInRole(Roles.Administrator);

    public static bool CanReadAll(Actor actor) =>
        CanManage(actor) || actor.IsInRole(Roles.Controller) || actor.IsInRole(Roles.CommitteeMember) || actor.IsInRole(Roles.Auditor);

    /// <summary>The actor's tenant in this module.</summary>
    /// <exception cref="AccessDeniedException">The actor works neither for a municipality nor for a provider.</exception>
    public async Task<Tenant> TenantAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.OrganisationId is not { } own) throw new AccessDeniedException("The compensation belongs to a municipality; sign in as one of its users.");
        var organisation = await db.OrganisationInfos().AsNoTracking().Where(o => o.Id == own)
            .Select(o => new { o.Kind, o.RegisteredById }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new AccessDeniedException("Your organisation is not in the registry.");
        if (CanReadAll(actor) && organisation.Kind == OrganisationKind.Municipality)
            return new Tenant(own, null, CanManage(actor));
        if (actor.IsInRole(Roles.PartnerUser) && organisation.Kind == OrganisationKind.Provider && organisation.RegisteredById is { } municipality)
            return new Tenant(municipality, own, false);
        throw new AccessDeniedException("Only a municipality's grant officers, controllers, committee members and auditors, and its providers' users, use the compensation.");
    }

    /// <summary>The tenant of a municipality user who may change things.</summary>
    /// <exception cref="AccessDeniedException">The actor may not.</exception>
    public async Task<Tenant> ManagerAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await TenantAsync(actor, cancellationToken);
        if (!tenant.CanChange) throw new AccessDeniedException("Only grant officers change the compensation.");
        return tenant;
    }

    /// <summary>The tenant of a municipality user (any reading role); providers' users are refused.</summary>
    public async Task<Tenant> MunicipalityUserAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await TenantAsync(actor, cancellationToken);
        if (tenant.IsProvider) throw new AccessDeniedException("A provider sees its own payments only.");
        return tenant;
    }
}
