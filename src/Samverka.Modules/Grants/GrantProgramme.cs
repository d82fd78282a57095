using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>A grant programme the committee runs (operating grants, development grants, or another it creates).
/// Its parameters are per year (<see cref="GrantProgrammeYear"/>); its money runs through one budget ledger
/// (<see cref="GrantLedgerEntry"/>).</summary>
public sealed class GrantProgramme
{
    public Guid Id { get; set; }

    /// <summary>Short stable key, e.g. <c>verksamhetsbidrag-sociala</c>; names the ledger and the rounds.</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public GrantKind Kind { get; set; }

    /// <summary>The municipality (tenant) whose committee runs the programme.</summary>
    public Guid OwnerOrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<GrantProgrammeYear> Years { get; set; } = [];
}

/// <summary>The parameters of one programme year; the year is also the round that decides it (one round per year).</summary>
public sealed class GrantProgrammeYear
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public GrantProgramme? Programme { get; set; }

    /// <summary>The budget year the round funds, and the first year of every grant it decides.</summary>
    public int Year { get; set; }

    /// <summary>The pot as first set (the ledger's <c>PotSet</c> entry); cuts are ledger entries.</summary>
    public decimal Pot { get; set; }

    public DateTime OpensAtUtc { get; set; }

    public DateTime ClosesAtUtc { get; set; }

    public DateOnly DecisionDate { get; set; }

    /// <summary>The priority areas, one per line.</summary>
    public string PriorityAreas { get; set; } = "";

    public decimal CapPerYear { get; set; }

    public int MaxYears { get; set; }

    /// <summary>Forms eligible as such, comma-separated <see cref="OrganisationForm"/> names.</summary>
    public string DirectForms { get; set; } = "";

    /// <summary>Forms eligible after an individual assessment, comma-separated.</summary>
    public string AfterAssessmentForms { get; set; } = "";

    public string DecisionBody { get; set; } = "";

    public string DecisionReference { get; set; } = "";

    public string DecisionTitle { get; set; } = "";

    public DateOnly DecisionDay { get; set; }

    /// <summary>How the round's proposal funds applications: the round chooses.</summary>
    public ProposalMode ProposalMode { get; set; }

    /// <summary>When the round was closed; a closed round never changes.</summary>
    public DateTime? ClosedAt { get; set; }

    public string? ClosedByReference { get; set; }

    public string? ClosedByBody { get; set; }

    public string? ClosedByTitle { get; set; }

    public DateOnly? ClosedByDate { get; set; }

    public List<GrantCriterion> Criteria { get; set; } = [];

    /// <summary>The round's id in the ledger: <c>{programme key}-{year}</c>.</summary>
    public string RoundId(GrantProgramme programme) => $"{programme.Key}-{Year}";
}

/// <summary>One assessment criterion of a programme year.</summary>
public sealed class GrantCriterion
{
    public Guid ProgrammeYearId { get; set; }

    public int Position { get; set; }

    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public decimal Weight { get; set; }
}

internal sealed class GrantProgrammeConfiguration : IEntityTypeConfiguration<GrantProgramme>
{
    public void Configure(EntityTypeBuilder<GrantProgramme> p)
    {
        p.ToTable("GrantProgrammes");
        p.HasKey(x => x.Id);
        p.Property(x => x.Key).HasMaxLength(60).IsRequired();
        p.HasIndex(x => x.Key).IsUnique();
        p.Property(x => x.Name).HasMaxLength(200).IsRequired();
        p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        p.ReferencesOrganisation(x => x.OwnerOrganisationId);
        p.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        p.HasMany(x => x.Years).WithOne(y => y.Programme).HasForeignKey(y => y.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrantProgrammeYearConfiguration : IEntityTypeConfiguration<GrantProgrammeYear>
{
    public void Configure(EntityTypeBuilder<GrantProgrammeYear> y)
    {
        y.ToTable("GrantProgrammeYears");
        y.HasKey(x => x.Id);
        y.HasIndex(x => new { x.ProgrammeId, x.Year }).IsUnique();
        y.Property(x => x.Pot).HasPrecision(18, 2);
        y.Property(x => x.CapPerYear).HasPrecision(18, 2);
        y.Property(x => x.OpensAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        y.Property(x => x.ClosesAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        y.Property(x => x.ClosedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
        y.Property(x => x.PriorityAreas).HasMaxLength(2000);
        y.Property(x => x.DirectForms).HasMaxLength(200);
        y.Property(x => x.AfterAssessmentForms).HasMaxLength(200);
        y.Property(x => x.DecisionBody).HasMaxLength(200);
        y.Property(x => x.DecisionReference).HasMaxLength(100);
        y.Property(x => x.DecisionTitle).HasMaxLength(300);
        y.Property(x => x.ProposalMode).HasConversion<string>().HasMaxLength(30);
        y.Property(x => x.ClosedByReference).HasMaxLength(100);
        y.Property(x => x.ClosedByBody).HasMaxLength(200);
        y.Property(x => x.ClosedByTitle).HasMaxLength(300);
        y.HasMany(x => x.Criteria).WithOne().HasForeignKey(c => c.ProgrammeYearId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrantCriterionConfiguration : IEntityTypeConfiguration<GrantCriterion>
{
    public void Configure(EntityTypeBuilder<GrantCriterion> c)
    {
        c.ToTable("GrantCriteria");
        c.HasKey(x => new { x.ProgrammeYearId, x.Key });
        c.Property(x => x.Key).HasMaxLength(60);
        c.Property(x => x.Name).HasMaxLength(200).IsRequired();
        c.Property(x => x.Weight).HasPrecision(9, 4);
    }
}
