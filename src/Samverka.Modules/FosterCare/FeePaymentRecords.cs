using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Modules.PaymentFiles;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>Where a home's fees are paid: the household (as the bank shows the payee) and its account. Kept by the unit's
/// staff; the placing members pay to it without seeing anything else of the home.</summary>
public sealed class FosterHomePayeeRecord
{
    public Guid HomeId { get; set; }

    /// <summary>Who receives the money, e.g. <c>Anna och Per Berg</c>.</summary>
    public string PayeeName { get; set; } = "";

    public PaymentAccountKind AccountKind { get; set; }

    /// <summary>Normalised by <see cref="PaymentAccounts.Normalise"/> (digits, or an IBAN without spaces).</summary>
    public string AccountNumber { get; set; } = "";

    public DateTime ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";
}

/// <summary>A member's approved fee month: the fees it pays its placements' homes for a month, with corrections of earlier
/// months. Closed at approval: never changed or deleted (the use cases refuse it, and database triggers below them).</summary>
public sealed class FosterFeeMonthRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The placing member that pays.</summary>
    public Guid MemberId { get; set; }

    /// <summary><c>YYYY-MM</c>.</summary>
    public string Month { get; set; } = "";

    public DateTime ApprovedAt { get; set; }

    public string ApprovedBy { get; set; } = "";

    public decimal Total { get; set; }

    public List<FosterFeePaymentLineRecord> Lines { get; set; } = [];

    /// <summary>The homes' deficits of the previous approved month set off in this one (Avräkning), one per home.</summary>
    public List<FosterFeeCarriedDeficitRecord> Carried { get; set; } = [];
}

/// <summary>A home's negative total of the previous approved month, set off in this approved month
/// (<see cref="FeePaymentKind.CarriedDeficit"/>): it belongs to the home, not to a placement. Never changed.</summary>
public sealed class FosterFeeCarriedDeficitRecord
{
    public Guid Id { get; set; }

    public Guid FeeMonthId { get; set; }

    /// <summary>The approved month whose total was negative, <c>YYYY-MM</c>.</summary>
    public string FromMonth { get; set; } = "";

    public Guid HomeId { get; set; }

    public string HomeCode { get; set; } = "";

    /// <summary>The deficit carried (negative).</summary>
    public decimal Amount { get; set; }

    public string Explanation { get; set; } = "";
}

/// <summary>One paid fee line of an approved month (<see cref="FeePaymentLine"/>), as approved. Never changed.</summary>
public sealed class FosterFeePaymentLineRecord
{
    public Guid Id { get; set; }

    public Guid FeeMonthId { get; set; }

    /// <summary>The month the money is for (earlier than the payment month for a correction).</summary>
    public string ForMonth { get; set; } = "";

    public Guid PlacementId { get; set; }

    public Guid HomeId { get; set; }

    public string HomeCode { get; set; } = "";

    /// <summary>The opaque child reference (never the child's identity).</summary>
    public string ChildRef { get; set; } = "";

    public FeeKind Kind { get; set; }

    public FeePaymentKind PaymentKind { get; set; }

    public int? Age { get; set; }

    public string? Band { get; set; }

    public int? Days { get; set; }

    public decimal Amount { get; set; }

    public string Explanation { get; set; } = "";

    /// <summary>For a correction: the line it corrects.</summary>
    public Guid? CorrectsLineId { get; set; }
}

/// <summary>The pain.001 and SIE 4 files of an approved fee month, made at approval and kept, so that they are the same
/// bytes however often they are downloaded, whatever later happens to the accounts. Never changed.</summary>
public sealed class FosterFeeMonthFilesRecord
{
    public Guid FeeMonthId { get; set; }

    public byte[] Pain001 { get; set; } = [];

    public byte[] Sie { get; set; } = [];
}

internal sealed class FeePaymentConfiguration :
    IEntityTypeConfiguration<FosterHomePayeeRecord>, IEntityTypeConfiguration<FosterFeeMonthRecord>,
    IEntityTypeConfiguration<FosterFeePaymentLineRecord>, IEntityTypeConfiguration<FosterFeeMonthFilesRecord>,
    IEntityTypeConfiguration<FosterFeeCarriedDeficitRecord>
{
    public void Configure(EntityTypeBuilder<FosterHomePayeeRecord> e)
    {
        e.ToTable("FosterHomePayees");
        e.HasKey(x => x.HomeId);
        e.HasOne<FosterHomeRecord>().WithOne().HasForeignKey<FosterHomePayeeRecord>(x => x.HomeId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.PayeeName).HasMaxLength(70);
        e.Property(x => x.AccountKind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.AccountNumber).HasMaxLength(34);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
        e.Property(x => x.ChangedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<FosterFeeMonthRecord> e)
    {
        e.ToTable("FosterFeeMonths");
        e.HasKey(x => x.Id);
        // One approval per member and month: two approvals at once cannot both succeed.
        e.HasIndex(x => new { x.UnitId, x.MemberId, x.Month }).IsUnique();
        FosterCareConfiguration.Org(e, x => x.UnitId);
        FosterCareConfiguration.Org(e, x => x.MemberId);
        e.Property(x => x.Month).HasMaxLength(7);
        e.Property(x => x.ApprovedBy).HasMaxLength(256);
        e.Property(x => x.Total).HasPrecision(18, 2);
        e.Property(x => x.ApprovedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.FeeMonthId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Carried).WithOne().HasForeignKey(l => l.FeeMonthId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<FosterFeeCarriedDeficitRecord> e)
    {
        e.ToTable("FosterFeeCarriedDeficits");
        e.HasKey(x => x.Id);
        // One carried line per home and month.
        e.HasIndex(x => new { x.FeeMonthId, x.HomeId }).IsUnique();
        e.HasOne<FosterHomeRecord>().WithMany().HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.FromMonth).HasMaxLength(7);
        e.Property(x => x.HomeCode).HasMaxLength(20);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Explanation).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<FosterFeePaymentLineRecord> e)
    {
        e.ToTable("FosterFeePaymentLines");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.PlacementId, x.ForMonth });
        e.HasOne<FosterPlacementRecord>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FosterHomeRecord>().WithMany().HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FosterFeePaymentLineRecord>().WithMany().HasForeignKey(x => x.CorrectsLineId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ForMonth).HasMaxLength(7);
        e.Property(x => x.HomeCode).HasMaxLength(20);
        e.Property(x => x.ChildRef).HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.PaymentKind).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.Band).HasMaxLength(40);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Explanation).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<FosterFeeMonthFilesRecord> e)
    {
        e.ToTable("FosterFeeMonthFiles");
        e.HasKey(x => x.FeeMonthId);
        e.HasOne<FosterFeeMonthRecord>().WithOne().HasForeignKey<FosterFeeMonthFilesRecord>(x => x.FeeMonthId).OnDelete(DeleteBehavior.Restrict);
    }
}
