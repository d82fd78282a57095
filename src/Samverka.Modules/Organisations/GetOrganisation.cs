using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules.Organisations;

/// <summary>One organisation with its host and members; null when the actor cannot see it (or it does not exist).</summary>
public sealed class GetOrganisation(SamverkaDbContext db, OrganisationScope scope)
{
    public sealed record Reference(Guid Id, string OrganisationNumber, string Name, OrganisationKind Kind);

    public sealed record Details(Guid Id, string OrganisationNumber, string Name, OrganisationKind Kind, string? Email, string? Phone,
        string? Address, PaymentFiles.PaymentAccountKind? PayeeAccountKind, string? PayeeAccountNumber, Reference? Host, IReadOnlyList<Reference> Members, IReadOnlyList<Reference> MemberOf, Reference? RegisteredBy,
        DateTime CreatedAt, DateTime UpdatedAt, bool CanChange);

    public async Task<Details?> HandleAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await scope.CanSeeAsync(actor, id, cancellationToken)) return null;
        var o = await db.Organisations.AsNoTracking().Include(x => x.Members).ThenInclude(m => m.Member)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (o is null) return null;

        var related = new List<Guid>();
        if (o.HostId is { } h) related.Add(h);
        if (o.RegisteredById is { } r) related.Add(r);
        var references = await db.Organisations.AsNoTracking().Where(x => related.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, ToReference, cancellationToken);
        var memberOf = await db.OrganisationMemberships.AsNoTracking().Where(m => m.MemberId == id)
            .Join(db.Organisations, m => m.JointOrganisationId, j => j.Id, (m, j) => j)
            .OrderBy(j => j.Name).ToListAsync(cancellationToken);
        return new Details(o.Id, o.OrganisationNumber, o.Name, o.Kind, o.Email, o.Phone, o.Address, o.PayeeAccountKind, o.PayeeAccountNumber,
            o.HostId is { } host ? references.GetValueOrDefault(host) : null,
            o.Members.Where(m => m.Member is not null).Select(m => ToReference(m.Member!)).OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false)).ToList(),
            memberOf.Select(ToReference).ToList(),
            o.RegisteredById is { } reg ? references.GetValueOrDefault(reg) : null,
            o.CreatedAt, o.UpdatedAt, UpdateOrganisation.CanChange(actor, o));
    }

    private static Reference ToReference(Organisation o) => new(o.Id, o.OrganisationNumber, o.Name, o.Kind);
}
