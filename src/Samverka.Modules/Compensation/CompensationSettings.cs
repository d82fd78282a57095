using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Compensation;

/// <summary>A municipality's settings for paying grants: the accounts the SIE voucher books on, and the BIC of its bank.</summary>
/// <remarks>The account the money leaves (the pain.001 debtor account) is the municipality's own payee account in the
/// organisations registry, not a setting here; without a row here the voucher books on 4590 and 2440.</remarks>
public sealed class CompensationSettings
{
    public Guid MunicipalityId { get; set; }

    /// <summary>The BIC of the bank of the municipality's registry account, or null (the file then says NOTPROVIDED).</summary>
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
        settings.Property(s => s.DebtorBic).HasMaxLength(11);
        settings.Property(s => s.CostAccount).HasMaxLength(10).IsRequired();
        settings.Property(s => s.CostAccountName).HasMaxLength(100).IsRequired();
        settings.Property(s => s.CreditAccount).HasMaxLength(10).IsRequired();
        settings.Property(s => s.CreditAccountName).HasMaxLength(100).IsRequired();
        settings.Property(s => s.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
