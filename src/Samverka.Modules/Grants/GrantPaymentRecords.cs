using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Grants;

/// <summary>A batch of grant payments of one programme on one payment date: created by an officer, previewed,
/// approved once. An approved batch never changes; its payments are in the ledger as paid and its files can be made.</summary>
public sealed class GrantPaymentBatch
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>Running number within the programme.</summary>
    public int Number { get; set; }

    /// <summary>The day the bank is asked to pay.</summary>
    public DateOnly PaymentDate { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    /// <summary>Changes on every write, so that two officers approving the same batch at once cannot both succeed.</summary>
    public Guid Version { get; set; }

    /// <summary>The paying organisation (the programme's owner) as it was in the registry at approval: the files of an
    /// approved batch are made from these, so a later change in the registry never changes them.</summary>
    public string? DebtorName { get; set; }

    public string? DebtorOrganisationNumber { get; set; }

    public PaymentAccountKind? DebtorAccountKind { get; set; }

    public string? DebtorAccountNumber { get; set; }

    public List<GrantPaymentRecord> Payments { get; set; } = [];
}

/// <summary>One decided grant year's payment in a batch, with the payee's account as it was when the batch was made.
/// A grant year is paid once: (application, year) is unique, so a payment is in one batch only.</summary>
public sealed class GrantPaymentRecord
{
    public Guid Id { get; set; }

    public Guid BatchId { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The grant year paid.</summary>
    public int Year { get; set; }

    public decimal Amount { get; set; }

    public Guid PayeeId { get; set; }

    public string PayeeName { get; set; } = "";

    public string PayeeOrganisationNumber { get; set; } = "";

    public PaymentAccountKind AccountKind { get; set; }

    public string AccountNumber { get; set; } = "";

    /// <summary>Why the amount is what it is, in Swedish (the decision and the grant year).</summary>
    public string Explanation { get; set; } = "";
}

/// <summary>The follow-up report (återrapportering) of one decided grant year: how the money was used, submitted by the
/// association, accepted by an officer. Its due day is <see cref="Rules.Grants.GrantPayments.ReportDue"/>.</summary>
public sealed class GrantFollowUpReportRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public int Year { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The Swedish calendar day it was submitted (what the due day is compared with).</summary>
    public DateOnly SubmittedOn { get; set; }

    public DateTime SubmittedAt { get; set; }

    public string SubmittedBy { get; set; } = "";

    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? AttachmentContent { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }
}

internal sealed class GrantPaymentBatchConfiguration : IEntityTypeConfiguration<GrantPaymentBatch>
{
    public void Configure(EntityTypeBuilder<GrantPaymentBatch> b)
    {
        b.ToTable("GrantPaymentBatches");
        b.HasKey(x => x.Id);
        b.HasOne<GrantProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProgrammeId, x.Number }).IsUnique();
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DebtorName).HasMaxLength(200);
        b.Property(x => x.DebtorOrganisationNumber).HasMaxLength(11);
        b.Property(x => x.DebtorAccountKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DebtorAccountNumber).HasMaxLength(34);
        b.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        b.Property(x => x.ApprovedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        b.HasMany(x => x.Payments).WithOne().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrantPaymentRecordConfiguration : IEntityTypeConfiguration<GrantPaymentRecord>
{
    public void Configure(EntityTypeBuilder<GrantPaymentRecord> p)
    {
        p.ToTable("GrantPayments");
        p.HasKey(x => x.Id);
        p.HasOne<GrantApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        p.HasIndex(x => new { x.ApplicationId, x.Year }).IsUnique();
        p.HasIndex(x => x.BatchId);
        p.Property(x => x.Amount).HasPrecision(18, 2);
        p.Property(x => x.PayeeName).HasMaxLength(200);
        p.Property(x => x.PayeeOrganisationNumber).HasMaxLength(11);
        p.Property(x => x.AccountKind).HasConversion<string>().HasMaxLength(16);
        p.Property(x => x.AccountNumber).HasMaxLength(34);
        p.Property(x => x.Explanation).HasMaxLength(500);
    }
}

internal sealed class GrantFollowUpReportConfiguration : IEntityTypeConfiguration<GrantFollowUpReportRecord>
{
    public void Configure(EntityTypeBuilder<GrantFollowUpReportRecord> r)
    {
        r.ToTable("GrantFollowUpReports");
        r.HasKey(x => x.Id);
        r.HasOne<GrantApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        r.HasIndex(x => new { x.ApplicationId, x.Year }).IsUnique();
        r.Property(x => x.Text).HasMaxLength(8000);
        r.Property(x => x.SubmittedBy).HasMaxLength(256);
        r.Property(x => x.AcceptedBy).HasMaxLength(256);
        r.Property(x => x.AttachmentName).HasMaxLength(200);
        r.Property(x => x.AttachmentContentType).HasMaxLength(100);
        r.Property(x => x.SubmittedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        r.Property(x => x.AcceptedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
    }
}
