using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Compensation;

/// <summary>An approved (closed) payment month: the lines paid, as they were paid. Never changes once written;
/// a later change of facts is paid as correction lines in a later month.</summary>
public sealed class PaymentMonth
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary><c>YYYY-MM</c>, unique per municipality.</summary>
    public string Month { get; set; } = "";

    /// <summary>The rule set the month was computed with.</summary>
    public Guid RuleSetId { get; set; }

    public DateTime ApprovedAt { get; set; }

    public string ApprovedBy { get; set; } = "";

    public List<PaymentLine> Lines { get; set; } = [];
}

/// <summary>The kinds of a paid line: the engine's two, and a correction of an earlier month.</summary>
public static class PaymentLineKinds
{
    public const string Ordinary = "ordinary";
    public const string Transition = "transition";
    public const string Correction = "correction";
}

/// <summary>One paid line: a child at a provider for a month, with the engine's explanation. A correction line pays
/// (or reclaims) the difference for an earlier month and points at the line it corrects.</summary>
public sealed class PaymentLine
{
    public Guid Id { get; set; }

    public Guid PaymentMonthId { get; set; }

    /// <summary>The month the money is for: the payment month itself, or an earlier one for a correction.</summary>
    public string ForMonth { get; set; } = "";

    public Guid ProviderId { get; set; }

    public Guid ChildId { get; set; }

    public string ChildKey { get; set; } = "";

    /// <summary>One of <see cref="PaymentLineKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public int Age { get; set; }

    public string Band { get; set; } = "";

    public decimal Amount { get; set; }

    public string RateFrom { get; set; } = "";

    public string Decision { get; set; } = "";

    public string Explanation { get; set; } = "";

    /// <summary>For a correction: the line paid earlier for the same month, provider and child (null when nothing was).</summary>
    public Guid? CorrectsLineId { get; set; }
}

/// <summary>The payment files of an approved month, made once at approval and kept, so that the month's pain.001 and
/// SIE 4 are the same bytes however often they are downloaded, whatever later happens to the providers' accounts or the
/// municipality's settings. Never changed (a database trigger refuses it).</summary>
public sealed class PaymentMonthFiles
{
    public Guid PaymentMonthId { get; set; }

    public byte[] Pain001 { get; set; } = [];

    public byte[] Sie { get; set; } = [];
}

internal sealed class PaymentMonthFilesConfiguration : IEntityTypeConfiguration<PaymentMonthFiles>
{
    public void Configure(EntityTypeBuilder<PaymentMonthFiles> files)
    {
        files.ToTable("CompensationPaymentMonthFiles");
        files.HasKey(f => f.PaymentMonthId);
        files.HasOne<PaymentMonth>().WithOne().HasForeignKey<PaymentMonthFiles>(f => f.PaymentMonthId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentMonthConfiguration : IEntityTypeConfiguration<PaymentMonth>
{
    public void Configure(EntityTypeBuilder<PaymentMonth> month)
    {
        month.ToTable("CompensationPaymentMonths");
        month.HasKey(m => m.Id);
        month.ReferencesOrganisation(m => m.MunicipalityId);
        month.Property(m => m.Month).HasMaxLength(7).IsRequired();
        month.HasIndex(m => new { m.MunicipalityId, m.Month }).IsUnique();
        month.HasOne<StoredRuleSet>().WithMany().HasForeignKey(m => m.RuleSetId).OnDelete(DeleteBehavior.Restrict);
        month.Property(m => m.ApprovedBy).HasMaxLength(256).IsRequired();
        month.Property(m => m.ApprovedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        month.HasMany(m => m.Lines).WithOne().HasForeignKey(l => l.PaymentMonthId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentLineConfiguration : IEntityTypeConfiguration<PaymentLine>
{
    public void Configure(EntityTypeBuilder<PaymentLine> line)
    {
        line.ToTable("CompensationPaymentLines");
        line.HasKey(l => l.Id);
        line.Property(l => l.ForMonth).HasMaxLength(7).IsRequired();
        line.ReferencesOrganisation(l => l.ProviderId);
        line.HasIndex(l => l.ProviderId);
        line.HasOne<CompensationChild>().WithMany().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => l.ChildId);
        line.Property(l => l.ChildKey).HasMaxLength(40).IsRequired();
        line.Property(l => l.Kind).HasMaxLength(16).IsRequired();
        line.Property(l => l.Band).HasMaxLength(40).IsRequired();
        line.Property(l => l.Amount).HasPrecision(18, 2);
        line.Property(l => l.RateFrom).HasMaxLength(7).IsRequired();
        line.Property(l => l.Decision).HasMaxLength(200).IsRequired();
        line.Property(l => l.Explanation).HasMaxLength(1000).IsRequired();
        line.HasOne<PaymentLine>().WithMany().HasForeignKey(l => l.CorrectsLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
