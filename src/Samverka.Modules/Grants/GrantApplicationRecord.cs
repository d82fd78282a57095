using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Grants;

/// <summary>Where an application is: kept as a draft, submitted (inside the window), or decided by the committee.</summary>
public enum GrantApplicationStatus
{
    Draft = 1,
    Submitted = 2,
    Granted = 3,
    Refused = 4,
}

/// <summary>What an amount of an application is: asked for, recommended by the officers, or granted by the committee.</summary>
public enum GrantAmountKind
{
    Applied = 1,
    Recommended = 2,
    Granted = 3,
}

/// <summary>An organisation's application to one programme year, with its amounts, attachments, the officers'
/// individual assessment (where the form requires one), scores, conflicts of interest and the committee's decision.</summary>
public sealed class GrantApplicationRecord
{
    public Guid Id { get; set; }

    public Guid ProgrammeYearId { get; set; }

    public GrantProgrammeYear? ProgrammeYear { get; set; }

    /// <summary>Running number within the programme year, shown as <c>2027-3</c>.</summary>
    public int Number { get; set; }

    public Guid OrganisationId { get; set; }

    public GrantApplicationStatus Status { get; set; }

    public string Purpose { get; set; } = "";

    public string Activities { get; set; } = "";

    public string TargetGroup { get; set; } = "";

    /// <summary>The programme's priority areas the application serves, one per line.</summary>
    public string PriorityAreas { get; set; } = "";

    /// <summary>The activity's budget in words and figures (income, costs).</summary>
    public string Budget { get; set; } = "";

    public DateTime? SubmittedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool? AssessmentEligible { get; set; }

    public string? AssessmentReasoning { get; set; }

    public string? AssessmentOfficerId { get; set; }

    public string? AssessmentOfficerName { get; set; }

    public DateOnly? AssessmentDate { get; set; }

    public string? RefusalReason { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionReference { get; set; }

    public List<GrantApplicationAmount> Amounts { get; set; } = [];

    /// <summary>Changes when the committee's decision is recorded: two officers deciding the same application at the
    /// same instant cannot both succeed (a concurrency token; the second save fails and nothing of it is written).</summary>
    public Guid Version { get; set; }

    public string DisplayNumber(int year) => $"{year}-{Number}";
}

public sealed class GrantApplicationAmount
{
    public Guid ApplicationId { get; set; }

    public GrantAmountKind Kind { get; set; }

    public int Year { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>What an attachment is.</summary>
public enum GrantAttachmentKind
{
    ActivityPlan = 1,
    Budget = 2,
    AnnualReport = 3,
}

/// <summary>A file attached to an application, stored in the database.</summary>
public sealed class GrantAttachment
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public GrantAttachmentKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }
}

/// <summary>One officer's score of one criterion of one application.</summary>
public sealed class GrantScore
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public string OfficerId { get; set; } = "";

    public string OfficerName { get; set; } = "";

    public string CriterionKey { get; set; } = "";

    public int Score { get; set; }

    public string Comment { get; set; } = "";

    public DateTime ScoredAt { get; set; }
}

/// <summary>An officer's declared conflict of interest (jäv) for an application.</summary>
public sealed class GrantConflict
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public string OfficerId { get; set; } = "";

    public string OfficerName { get; set; } = "";

    public DateOnly Declared { get; set; }

    public string Reason { get; set; } = "";
}

internal sealed class GrantApplicationConfiguration : IEntityTypeConfiguration<GrantApplicationRecord>
{
    public void Configure(EntityTypeBuilder<GrantApplicationRecord> a)
    {
        a.ToTable("GrantApplications");
        a.HasKey(x => x.Id);
        a.HasOne(x => x.ProgrammeYear).WithMany().HasForeignKey(x => x.ProgrammeYearId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.ProgrammeYearId, x.Number }).IsUnique();
        a.Property(x => x.Version).IsConcurrencyToken();
        a.ReferencesOrganisation(x => x.OrganisationId);
        a.HasIndex(x => x.OrganisationId);
        a.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        a.Property(x => x.Purpose).HasMaxLength(4000);
        a.Property(x => x.Activities).HasMaxLength(4000);
        a.Property(x => x.TargetGroup).HasMaxLength(2000);
        a.Property(x => x.PriorityAreas).HasMaxLength(2000);
        a.Property(x => x.Budget).HasMaxLength(4000);
        a.Property(x => x.AssessmentReasoning).HasMaxLength(4000);
        a.Property(x => x.AssessmentOfficerId).HasMaxLength(450);
        a.Property(x => x.AssessmentOfficerName).HasMaxLength(256);
        a.Property(x => x.RefusalReason).HasMaxLength(2000);
        a.Property(x => x.DecisionReference).HasMaxLength(100);
        a.Property(x => x.SubmittedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        a.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        a.Property(x => x.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        a.HasMany(x => x.Amounts).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrantApplicationAmountConfiguration : IEntityTypeConfiguration<GrantApplicationAmount>
{
    public void Configure(EntityTypeBuilder<GrantApplicationAmount> a)
    {
        a.ToTable("GrantApplicationAmounts");
        a.HasKey(x => new { x.ApplicationId, x.Kind, x.Year });
        a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        a.Property(x => x.Amount).HasPrecision(18, 2);
    }
}

internal sealed class GrantAttachmentConfiguration : IEntityTypeConfiguration<GrantAttachment>
{
    public void Configure(EntityTypeBuilder<GrantAttachment> a)
    {
        a.ToTable("GrantAttachments");
        a.HasKey(x => x.Id);
        a.HasOne<GrantApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        a.HasIndex(x => x.ApplicationId);
        a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        a.Property(x => x.FileName).HasMaxLength(200);
        a.Property(x => x.ContentType).HasMaxLength(100);
        a.Property(x => x.UploadedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class GrantScoreConfiguration : IEntityTypeConfiguration<GrantScore>
{
    public void Configure(EntityTypeBuilder<GrantScore> s)
    {
        s.ToTable("GrantScores");
        s.HasKey(x => x.Id);
        s.HasOne<GrantApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        s.HasIndex(x => new { x.ApplicationId, x.OfficerId, x.CriterionKey }).IsUnique();
        s.Property(x => x.OfficerId).HasMaxLength(450);
        s.Property(x => x.OfficerName).HasMaxLength(256);
        s.Property(x => x.CriterionKey).HasMaxLength(60);
        s.Property(x => x.Comment).HasMaxLength(2000);
        s.Property(x => x.ScoredAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class GrantConflictConfiguration : IEntityTypeConfiguration<GrantConflict>
{
    public void Configure(EntityTypeBuilder<GrantConflict> c)
    {
        c.ToTable("GrantConflicts");
        c.HasKey(x => x.Id);
        c.HasOne<GrantApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        c.HasIndex(x => new { x.ApplicationId, x.OfficerId }).IsUnique();
        c.Property(x => x.OfficerId).HasMaxLength(450);
        c.Property(x => x.OfficerName).HasMaxLength(256);
        c.Property(x => x.Reason).HasMaxLength(1000);
    }
}
