using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Compensation;

/// <summary>A child a municipality pays a grant for: only what the rules need (an id, the birth date, and the
/// personnummer when the municipality identifies the child by it).</summary>
/// <remarks>Personal data: every read of a child's record is written to the audit log.</remarks>
public sealed class CompensationChild
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The municipality's id for the child (the CSV's <c>child_id</c>), unique in the municipality.</summary>
    public string Key { get; set; } = "";

    /// <summary>The personnummer (<c>YYYYMMDD-NNNN</c>) when the child is identified by one.</summary>
    public string? Personnummer { get; set; }

    public DateOnly BirthDate { get; set; }

    public List<CompensationEnrollment> Enrollments { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>A child's enrollment at a provider: first day, last day (inclusive) and the day the family gave notice.</summary>
public sealed class CompensationEnrollment
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    public Guid ProviderId { get; set; }

    public DateOnly Start { get; set; }

    /// <summary>Last day of attendance, inclusive; null while it goes on.</summary>
    public DateOnly? End { get; set; }

    /// <summary>The day the family notified that the child will leave: starts the transition period.</summary>
    public DateOnly? Notice { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class CompensationChildConfiguration : IEntityTypeConfiguration<CompensationChild>
{
    public void Configure(EntityTypeBuilder<CompensationChild> child)
    {
        child.ToTable("CompensationChildren");
        child.HasKey(c => c.Id);
        child.ReferencesOrganisation(c => c.MunicipalityId);
        child.Property(c => c.Key).HasMaxLength(40).IsRequired();
        child.HasIndex(c => new { c.MunicipalityId, c.Key }).IsUnique();
        child.Property(c => c.Personnummer).HasMaxLength(13);
        child.HasMany(c => c.Enrollments).WithOne().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Cascade);
        child.Property(c => c.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        child.Property(c => c.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class CompensationEnrollmentConfiguration : IEntityTypeConfiguration<CompensationEnrollment>
{
    public void Configure(EntityTypeBuilder<CompensationEnrollment> enrollment)
    {
        enrollment.ToTable("CompensationEnrollments");
        enrollment.HasKey(e => e.Id);
        enrollment.ReferencesOrganisation(e => e.ProviderId);
        enrollment.HasIndex(e => e.ProviderId);
        enrollment.Property(e => e.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
