using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Organisations.Contracts;

/// <summary>Which organisations an actor may see: the tenancy rule every module filters its queries by.</summary>
/// <remarks>
/// An administrator sees every organisation. Anyone else sees:
/// their own organisation; the organisations their organisation registered (a municipality's providers and associations);
/// when their organisation is a joint organisation, its members; and the joint organisations their organisation is a member of.
/// Filtering is explicit: use cases call <see cref="VisibleOrganisationIdsAsync"/> and add a <c>Where</c>
/// (there are no EF global query filters).
/// </remarks>
public sealed class OrganisationScope(SamverkaDbContext db)
{
    /// <summary>The ids the actor may see, or null when the actor sees everything.</summary>
    public async Task<IReadOnlySet<Guid>?> VisibleOrganisationIdsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.SeesEverything) return null;
        if (actor.OrganisationId is not { } own) return new HashSet<Guid>();

        var visible = new HashSet<Guid> { own };
        visible.UnionWith(await db.Organisations.Where(o => o.RegisteredById == own).Select(o => o.Id).ToListAsync(cancellationToken));
        visible.UnionWith(await db.OrganisationMemberships.Where(m => m.JointOrganisationId == own).Select(m => m.MemberId).ToListAsync(cancellationToken));
        visible.UnionWith(await db.OrganisationMemberships.Where(m => m.MemberId == own).Select(m => m.JointOrganisationId).ToListAsync(cancellationToken));
        return visible;
    }

    /// <summary>Whether the actor may see the organisation.</summary>
    public async Task<bool> CanSeeAsync(Actor actor, Guid organisationId, CancellationToken cancellationToken = default) =>
        await VisibleOrganisationIdsAsync(actor, cancellationToken) is not { } ids || ids.Contains(organisationId);
}
