using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Compensation;

/// <summary>A provider's approval to receive per-child grants from a municipality: the decision, nothing else.</summary>
/// <remarks>The provider itself is an organisation of kind <see cref="OrganisationKind.Provider"/> in the registry, and
/// so is where the money goes: its payee account there. This row only adds the approval. Months before
/// <see cref="ApprovedFrom"/> are not paid.</remarks>
public sealed class ProviderApproval
{
    /// <summary>The provider (an organisation in the registry); one approval per provider.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>The municipality that approved it and pays it.</summary>
    public Guid MunicipalityId { get; set; }

    /// <summary>First day the provider may be paid for.</summary>
    public DateOnly ApprovedFrom { get; set; }

    /// <summary>The decision that approved it, e.g. <c>BUN 2006-03-01 § 12</c>.</summary>
    public string Decision { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
}

internal sealed class ProviderApprovalConfiguration : IEntityTypeConfiguration<ProviderApproval>
{
    public void Configure(EntityTypeBuilder<ProviderApproval> approval)
    {
        approval.ToTable("CompensationProviderApprovals");
        approval.HasKey(a => a.ProviderId);
        approval.ReferencesOrganisation(a => a.ProviderId);
        approval.ReferencesOrganisation(a => a.MunicipalityId);
        approval.HasIndex(a => a.MunicipalityId);
        approval.Property(a => a.Decision).HasMaxLength(200).IsRequired();
        approval.Property(a => a.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
