using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>A municipality's settings for paying grants: the account the money leaves (the pain.001 debtor account)
/// and the accounts the SIE voucher books on.</summary>
public sealed class CompensationSettings
{
    public Guid MunicipalityId { get; set; }

    public PaymentAccountKind DebtorAccountKind { get; set; }

    public string DebtorAccountNumber { get; set; } = "";

    /// <summary>The debtor bank's BIC, or null (the file then says NOTPROVIDED).</summary>
    public string? DebtorBic { get; set; }

    public string CostAccount { get; set; } = "4590";

    public string CostAccountName { get; set; } = "Övriga bidrag";

    public string CreditAccount { get; set; } = "2440";

    public string CreditAccountName { get; set; } = "Leverantörsskulder";

    public DateTime UpdatedAt { get; set; }
}

internal sealed class CompensationSettingsConfiguration : IEntityTypeConfiguration<CompensationSettings>
{
    public void Configure(EntityTypeBuilder<CompensationSettings> settings)
    {
        settings.ToTable("CompensationSettings");
        settings.HasKey(s => s.MunicipalityId);
        settings.ReferencesOrganisation(s => s.MunicipalityId);
        settings.Property(s => s.DebtorAccountKind).HasConversion<string>().HasMaxLength(16);
        settings.Property(s => s.DebtorAccountNumber).HasMaxLength(40).IsRequired();
        settings.Property(s => s.DebtorBic).HasMaxLength(11);
        settings.Property(s => s.CostAccount).HasMaxLength(10).IsRequired();
        settings.Property(s => s.CostAccountName).HasMaxLength(100).IsRequired();
        settings.Property(s => s.CreditAccount).HasMaxLength(10).IsRequired();
        settings.Property(s => s.CreditAccountName).HasMaxLength(100).IsRequired();
        settings.Property(s => s.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
