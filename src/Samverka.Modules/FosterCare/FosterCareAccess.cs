using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.FosterCare;

/// <summary>Who the actor is to a joint foster-home unit: its staff (or an administrator), a member municipality, or nobody.</summary>
/// <remarks>
/// <para>Staff work the unit's register, agreements, cost split and invoices and see placements without the child's
/// identity. A member sees its own agreement, its own share and invoices, and its own requests and placements with the
/// child's identity. Nobody else sees anything of the unit (lists are empty, single items are not found).</para>
/// <para>Only a user of the placing member ever sees a child's name or personnummer: not the unit, not an administrator.</para>
/// </remarks>
public sealed record UnitView(Guid UnitId, string UnitName, bool IsStaff, Guid? MemberId)
{
    public bool IsMember => MemberId is not null;
}

public sealed class FosterCareAccess(SamverkaDbContext db)
{
    /// <summary>The units the actor has a part in, staff view first.</summary>
    /// <remarks>Not every joint organisation is a foster-home unit: a municipality is a member of the unit through its
    /// member agreement, and an administrator sees the units that have agreements. A joint organisation's own staff
    /// always see their organisation (to set it up).</remarks>
    public async Task<IReadOnlyList<UnitView>> UnitsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var joint = await db.OrganisationInfos().Where(o => o.Kind == OrganisationKind.JointOrganisation)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var agreements = await db.Set<MemberAgreementRecord>().Select(a => new { a.UnitId, a.MemberId }).ToListAsync(cancellationToken);
        var result = new List<UnitView>();
        foreach (var unit in joint.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            var hasAgreements = agreements.Any(a => a.UnitId == unit.Id);
            var staff = (actor.SeesEverything && hasAgreements) || (actor.OrganisationId == unit.Id && actor.IsInRole(Roles.JointUnitStaff));
            Guid? member = null;
            if (actor.OrganisationId is { } own && agreements.Any(a => a.UnitId == unit.Id && a.MemberId == own)
                && await db.MembershipInfos().AnyAsync(m => m.JointOrganisationId == unit.Id && m.MemberId == own, cancellationToken))
                member = own;
            if (staff || member is not null) result.Add(new UnitView(unit.Id, unit.Name, staff, member));
        }
        return result;
    }

    /// <summary>The actor's view of one unit (the first when <paramref name="unitId"/> is null), or null when it has none.</summary>
    public async Task<UnitView?> UnitAsync(Actor actor, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        var units = await UnitsAsync(actor, cancellationToken);
        return unitId is { } id ? units.FirstOrDefault(u => u.UnitId == id) : units.FirstOrDefault(u => u.IsStaff) ?? units.FirstOrDefault();
    }

    /// <summary>The unit's view for staff work; throws <see cref="AccessDeniedException"/> when the actor is not staff.</summary>
    public async Task<UnitView> StaffUnitAsync(Actor actor, Guid? unitId = null, CancellationToken cancellationToken = default) =>
        await UnitAsync(actor, unitId, cancellationToken) is { IsStaff: true } u ? u
            : throw new AccessDeniedException("Only the joint unit's staff may do this.");

    // The only place the module reads the Organisations module's tables. When Organisations publishes a directory in its
    // Contracts/ (names, numbers, kinds, memberships), these methods become calls to it (ADR 0005).

    /// <summary>Every organisation's name by id.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken = default) =>
        await db.OrganisationInfos().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

    /// <summary>Name and organisation number of one organisation.</summary>
    public async Task<(string Name, string OrganisationNumber)> OrganisationAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.OrganisationInfos().Where(o => o.Id == id).Select(o => new { o.Name, o.OrganisationNumber }).SingleAsync(cancellationToken) is var o ? (o.Name, o.OrganisationNumber) : default;

    /// <summary>The ids of organisations by organisation number (demo data).</summary>
    public async Task<Dictionary<string, Guid>> IdsByNumberAsync(CancellationToken cancellationToken = default) =>
        await db.OrganisationInfos().ToDictionaryAsync(o => o.OrganisationNumber, o => o.Id, cancellationToken);

    /// <summary>Whether the organisation is a municipality.</summary>
    public async Task<bool> IsMunicipalityAsync(Guid? id, CancellationToken cancellationToken = default) =>
        id is { } x && await db.OrganisationInfos().AnyAsync(o => o.Id == x && o.Kind == OrganisationKind.Municipality, cancellationToken);

    /// <summary>The municipalities, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> MunicipalitiesAsync(CancellationToken cancellationToken = default) =>
        (await db.OrganisationInfos().Where(o => o.Kind == OrganisationKind.Municipality).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The unit's members: id and name, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string OrganisationNumber, string? Email)>> MembersAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        (await db.MembershipInfos().Where(m => m.JointOrganisationId == unitId).Join(db.OrganisationInfos(), m => m.MemberId, o => o.Id, (m, o) => new { o.Id, o.Name, o.OrganisationNumber, o.Email })
            .ToListAsync(cancellationToken)).OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Id, o.Name, o.OrganisationNumber, o.Email)).ToList();
}
