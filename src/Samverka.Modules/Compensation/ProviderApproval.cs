using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>A provider's approval to receive per-child grants from a municipality, and where the money goes.</summary>
/// <remarks>The provider itself is an organisation of kind <see cref="OrganisationKind.Provider"/> in the registry;
/// this row only adds what the compensation needs. Months before <see cref="ApprovedFrom"/> are not paid.</remarks>
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

    public PaymentAccountKind AccountKind { get; set; }

    /// <summary>The account as written (checked with <see cref="PaymentAccounts.Normalise"/> when saved).</summary>
    public string AccountNumber { get; set; } = "";

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
        approval.Property(a => a.AccountKind).HasConversion<string>().HasMaxLength(16);
        approval.Property(a => a.AccountNumber).HasMaxLength(40).IsRequired();
        approval.Property(a => a.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
