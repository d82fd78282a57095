using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>One stored entry of a programme's budget ledger (<see cref="BudgetLedger"/>): a pot, a budget change
/// (a cut is negative), a commitment carried in, a decided grant, or a payment. Append-only: never changed or deleted.</summary>
public sealed class GrantLedgerEntry
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>Order of entry within the programme (the ledger is replayed in this order).</summary>
    public long Sequence { get; set; }

    public int Year { get; set; }

    public LedgerEntryKind Kind { get; set; }

    public decimal Amount { get; set; }

    public DateOnly Date { get; set; }

    public string DecisionBody { get; set; } = "";

    public string DecisionReference { get; set; } = "";

    public string DecisionTitle { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public string? RoundId { get; set; }

    /// <summary>The grant (application id) or agreement the money is for.</summary>
    public string? Reference { get; set; }

    /// <summary>What the entry is, in words (e.g. the organisation a commitment is for).</summary>
    public string? Note { get; set; }

    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";

    public Decision Decision() => new(DecisionBody, DecisionDate, DecisionReference, DecisionTitle);

    public LedgerEntry ToRule() => new(Year, Kind, Amount, Date, Decision()) { RoundId = RoundId, Reference = Reference };

    public static GrantLedgerEntry From(Guid programmeId, LedgerEntry e, string? note, DateTime now, string by) => new()
    {
        Id = Guid.NewGuid(), ProgrammeId = programmeId, Year = e.Year, Kind = e.Kind, Amount = e.Amount, Date = e.Date,
        DecisionBody = e.Decision.Body, DecisionReference = e.Decision.Reference, DecisionTitle = e.Decision.Title, DecisionDate = e.Decision.Date,
        RoundId = e.RoundId, Reference = e.Reference, Note = note, RecordedAt = now, RecordedBy = by,
    };
}

internal sealed class GrantLedgerEntryConfiguration : IEntityTypeConfiguration<GrantLedgerEntry>
{
    public void Configure(EntityTypeBuilder<GrantLedgerEntry> e)
    {
        e.ToTable("GrantLedgerEntries");
        e.HasKey(x => x.Id);
        e.HasOne<GrantProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.ProgrammeId, x.Sequence }).IsUnique();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.DecisionBody).HasMaxLength(200);
        e.Property(x => x.DecisionReference).HasMaxLength(100);
        e.Property(x => x.DecisionTitle).HasMaxLength(300);
        e.Property(x => x.RoundId).HasMaxLength(80);
        e.Property(x => x.Reference).HasMaxLength(80);
        e.Property(x => x.Note).HasMaxLength(300);
        e.Property(x => x.RecordedBy).HasMaxLength(256);
        e.Property(x => x.RecordedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
