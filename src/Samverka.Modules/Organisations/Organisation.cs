using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Organisations;

/// <summary>A body in the registry: a municipality, region, joint organisation, provider, association, foundation or agency.</summary>
/// <remarks>Every user belongs to one organisation (the tenant). A municipality's partners are registered by it
/// (<see cref="RegisteredById"/>) and are visible to it; a joint organisation sees its members.</remarks>
public sealed class Organisation
{
    public Guid Id { get; set; }

    /// <summary>The organisation number in the form <c>NNNNNN-NNNN</c>, unique in the registry.</summary>
    public string OrganisationNumber { get; set; } = "";

    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Postal address on one line.</summary>
    public string? Address { get; set; }

    /// <summary>How payments reach the organisation (grants to an association or foundation); null when it has no
    /// payee account on record.</summary>
    public PaymentFiles.PaymentAccountKind? PayeeAccountKind { get; set; }

    /// <summary>The payee account as payment files carry it (<see cref="PaymentFiles.PaymentAccounts.Normalise"/>):
    /// digits, or an IBAN in upper case; set together with <see cref="PayeeAccountKind"/>.</summary>
    public string? PayeeAccountNumber { get; set; }

    /// <summary>For a joint organisation: the member that hosts it (employs its staff, keeps its books).</summary>
    public Guid? HostId { get; set; }

    public Organisation? Host { get; set; }

    /// <summary>The organisation whose user registered this one (null for those an administrator registered).</summary>
    public Guid? RegisteredById { get; set; }

    /// <summary>For a joint organisation: its member organisations.</summary>
    public List<OrganisationMembership> Members { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A member of a joint organisation.</summary>
public sealed class OrganisationMembership
{
    public Guid JointOrganisationId { get; set; }

    public Guid MemberId { get; set; }

    public Organisation? Member { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("Organisations");
        organisation.HasKey(o => o.Id);
        organisation.Property(o => o.OrganisationNumber).HasMaxLength(11).IsRequired();
        organisation.HasIndex(o => o.OrganisationNumber).IsUnique();
        organisation.Property(o => o.Name).HasMaxLength(200).IsRequired();
        organisation.HasIndex(o => o.Name);
        organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        organisation.Property(o => o.Email).HasMaxLength(256);
        organisation.Property(o => o.Phone).HasMaxLength(40);
        organisation.Property(o => o.Address).HasMaxLength(300);
        organisation.Property(o => o.PayeeAccountKind).HasConversion<string>().HasMaxLength(16);
        organisation.Property(o => o.PayeeAccountNumber).HasMaxLength(34);
        organisation.HasOne(o => o.Host).WithMany().HasForeignKey(o => o.HostId).OnDelete(DeleteBehavior.Restrict);
        organisation.HasOne<Organisation>().WithMany().HasForeignKey(o => o.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        organisation.HasIndex(o => o.RegisteredById);
        organisation.Property(o => o.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        organisation.Property(o => o.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        organisation.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.JointOrganisationId).OnDelete(DeleteBehavior.Cascade);
        organisation.HasMany<Identity.SamverkaUser>().WithOne().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationMembershipConfiguration : IEntityTypeConfiguration<OrganisationMembership>
{
    public void Configure(EntityTypeBuilder<OrganisationMembership> membership)
    {
        membership.ToTable("OrganisationMemberships");
        membership.HasKey(m => new { m.JointOrganisationId, m.MemberId });
        membership.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        membership.HasIndex(m => m.MemberId);
    }
}
