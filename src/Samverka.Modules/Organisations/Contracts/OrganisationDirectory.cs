using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Organisations.Contracts;

/// <summary>What other modules may read of an organisation in the registry.</summary>
/// <remarks>A projection, so that queries compose in the database (<c>Where</c>, <c>Join</c>, <c>ToDictionaryAsync</c>)
/// without other modules touching the registry's entities.</remarks>
public sealed class OrganisationInfo
{
    public Guid Id { get; init; }

    /// <summary><c>NNNNNN-NNNN</c>.</summary>
    public string OrganisationNumber { get; init; } = "";

    public string Name { get; init; } = "";

    public OrganisationKind Kind { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>Postal address on one line.</summary>
    public string? Address { get; init; }

    /// <summary>How payments reach the organisation; null when it has no payee account on record.</summary>
    public PaymentFiles.PaymentAccountKind? PayeeAccountKind { get; init; }

    /// <summary>The normalised payee account number (digits, or an IBAN), with <see cref="PayeeAccountKind"/>.</summary>
    public string? PayeeAccountNumber { get; init; }

    /// <summary>For a joint organisation: the member that hosts it.</summary>
    public Guid? HostId { get; init; }

    /// <summary>The organisation that registered this one (a municipality registers its providers and associations).</summary>
    public Guid? RegisteredById { get; init; }
}

/// <summary>A member of a joint organisation.</summary>
public sealed class MembershipInfo
{
    public Guid JointOrganisationId { get; init; }

    public Guid MemberId { get; init; }
}

/// <summary>The registry as other modules see it: read-only queries, and foreign keys to an organisation.</summary>
public static class OrganisationDirectory
{
    /// <summary>Every organisation in the registry, as <see cref="OrganisationInfo"/>; filter by the actor's
    /// <see cref="OrganisationScope"/> where tenancy applies.</summary>
    public static IQueryable<OrganisationInfo> OrganisationInfos(this SamverkaDbContext db) =>
        db.Organisations.AsNoTracking().Select(o => new OrganisationInfo
        {
            Id = o.Id,
            OrganisationNumber = o.OrganisationNumber,
            Name = o.Name,
            Kind = o.Kind,
            Email = o.Email,
            Phone = o.Phone,
            Address = o.Address,
            PayeeAccountKind = o.PayeeAccountKind,
            PayeeAccountNumber = o.PayeeAccountNumber,
            HostId = o.HostId,
            RegisteredById = o.RegisteredById,
        });

    /// <summary>The organisation's payee account in the registry (normalised), or null when it has none.</summary>
    public static PaymentFiles.PaymentAccount? PayeeAccount(this OrganisationInfo organisation) =>
        organisation.PayeeAccountKind is { } kind && organisation.PayeeAccountNumber is { } number ? new PaymentFiles.PaymentAccount(kind, number) : null;

    /// <summary>Every membership of a joint organisation.</summary>
    public static IQueryable<MembershipInfo> MembershipInfos(this SamverkaDbContext db) =>
        db.OrganisationMemberships.AsNoTracking().Select(m => new MembershipInfo { JointOrganisationId = m.JointOrganisationId, MemberId = m.MemberId });

    /// <summary>Maps <paramref name="foreignKey"/> as a reference to an organisation in the registry (deleting the
    /// organisation is refused while anything refers to it).</summary>
    public static EntityTypeBuilder<T> ReferencesOrganisation<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, object?>> foreignKey)
        where T : class
    {
        entity.HasOne<Organisation>().WithMany().HasForeignKey(foreignKey).OnDelete(DeleteBehavior.Restrict);
        return entity;
    }
}
