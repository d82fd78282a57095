using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>A decision recorded with a fact (board decision on weights, notice decision): body, date, reference, title.</summary>
[Owned]
public sealed class DecisionRecord
{
    public string Body { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public Decision ToDecision() => new(Body, Date, Reference, Title);

    public static DecisionRecord From(Decision d) => new() { Body = d.Body, Date = d.Date, Reference = d.Reference, Title = d.Title };

    public override string ToString() => $"{Body} {Date:yyyy-MM-dd} {Reference}";
}

/// <summary>A member municipality's agreement with the joint foster-home unit (start, term, notice, renewal) and,
/// once given, its notice with the decision behind it.</summary>
public sealed class MemberAgreementRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid MemberId { get; set; }

    public DateOnly Start { get; set; }

    public int TermYears { get; set; }

    public int NoticeMonths { get; set; }

    public int RenewalYears { get; set; }

    /// <summary>Where the member's invoices go (PEPPOL contact e-mail).</summary>
    public string InvoiceEmail { get; set; } = "";

    /// <summary>The member's own reference for invoices (BT-10), if it has one.</summary>
    public string? BuyerReference { get; set; }

    /// <summary>The decision that adopted (or last changed) the agreement; null for agreements from before it was kept.</summary>
    public DecisionRecord? Decision { get; set; }

    public DateOnly? NoticeGivenOn { get; set; }

    public DecisionRecord? NoticeDecision { get; set; }

    /// <summary>The end the notice gives, by the spec's rule, stored when the notice is recorded.</summary>
    public DateOnly? EndsOn { get; set; }

    public Rules.Agreements.MemberAgreement ToRule() => new(Start, TermYears, NoticeMonths, RenewalYears);
}

/// <summary>The weights of the size and usage keys, set by the unit's board from a date, with its decision.</summary>
public sealed class CostWeightsRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal SizeWeight { get; set; }

    public decimal UsageWeight { get; set; }

    /// <summary>What the usage key measures from this version on (placement days, placements or support hours).</summary>
    public UsageMeasure UsageMeasure { get; set; } = UsageMeasure.PlacementDays;

    public DecisionRecord Decision { get; set; } = new();
}

/// <summary>Whether a cost line is the budget or the accounts (utfall).</summary>
public enum CostBasis
{
    Budget,
    Accounts,
}

/// <summary>One cost type of the unit for a period (a year <c>2026</c> or a month <c>2026-03</c>).</summary>
public sealed class UnitCostRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Period { get; set; } = "";

    public CostBasis Basis { get; set; }

    public string CostType { get; set; } = "";

    public decimal Amount { get; set; }
}

/// <summary>A member's keys for a period: its population (the size key) and, when entered instead of metered, its usage.</summary>
public sealed class MemberKeysRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Period { get; set; } = "";

    public Guid MemberId { get; set; }

    public decimal Population { get; set; }

    /// <summary>Usage entered by the unit, in <see cref="EnteredUsageMeasure"/>; null means metered from placements and the log.</summary>
    public decimal? EnteredUsage { get; set; }

    /// <summary>What <see cref="EnteredUsage"/> counts, fixed when it is entered (values entered before the measure was
    /// kept were placement days). The cost split uses the value only while the weights in force measure the same.</summary>
    public UsageMeasure EnteredUsageMeasure { get; set; } = UsageMeasure.PlacementDays;
}

/// <summary>The unit's invoicing details: bankgiro, reference and address on its invoices.</summary>
public sealed class UnitInvoicingRecord
{
    public Guid UnitId { get; set; }

    public string Bankgiro { get; set; } = "";

    public string Reference { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string Street { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";
}

public enum CostInvoiceKind
{
    Invoice,
    CreditNote,
}

/// <summary>An issued invoice or credit note for a member's cost share. Immutable once written: the XML is what was sent.</summary>
public sealed class CostInvoiceRecord
{
    public Guid Id { get; init; }

    public Guid UnitId { get; init; }

    public Guid MemberId { get; init; }

    public string Period { get; init; } = "";

    public CostInvoiceKind Kind { get; init; }

    public string Number { get; init; } = "";

    /// <summary>For a credit note: the invoice it corrects.</summary>
    public Guid? CreditsId { get; init; }

    public DateOnly IssueDate { get; init; }

    public DateOnly? DueDate { get; init; }

    public decimal Amount { get; init; }

    /// <summary>The share's explanation (or the credit note's reason), Swedish.</summary>
    public string Explanation { get; init; } = "";

    public string Xml { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}

/// <summary>A home in the unit's pool: the rules' <see cref="FosterHome"/> plus what the module keeps (adults, address).</summary>
public sealed class FosterHomeRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The unit's short name for the home, e.g. <c>FH-003</c>.</summary>
    public string Code { get; set; } = "";

    public HomeType Type { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Address { get; set; } = "";

    public int Places { get; set; }

    public int MinAge { get; set; }

    public int MaxAge { get; set; }

    public bool AcceptsSiblings { get; set; }

    public int MaxSiblingGroup { get; set; } = 1;

    /// <summary>Comma-separated tags.</summary>
    public string Languages { get; set; } = "";

    /// <summary>Comma-separated tags.</summary>
    public string Competences { get; set; } = "";

    public DateOnly? StudyCompletedOn { get; set; }

    public string? StudyAssessment { get; set; }

    public string? StudyDecidedBy { get; set; }

    public string? TrainingCourse { get; set; }

    public int TrainingSessions { get; set; }

    public DateOnly? TrainingCompletedOn { get; set; }

    public List<FosterHomeStepRecord> Steps { get; set; } = [];

    public List<FosterHomeAdultRecord> Adults { get; set; } = [];

    public static IReadOnlyList<string> SplitTags(string tags) =>
        tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public HomeStudy? HomeStudy => StudyAssessment is null && StudyCompletedOn is null ? null
        : new HomeStudy(StudyCompletedOn, StudyAssessment ?? "", StudyDecidedBy ?? "", null);

    public Training? Training => TrainingCourse is null ? null : new Training(TrainingCourse, TrainingSessions, TrainingCompletedOn);

    /// <summary>The home as the rules see it (steps replayed through the pipeline's checks).</summary>
    public FosterHome ToRule() => new(Code, Type, MunicipalityId.ToString(), Places,
        new HomeCapacity(MinAge, MaxAge, AcceptsSiblings, MaxSiblingGroup, SplitTags(Languages), SplitTags(Competences)),
        RecruitmentHistory.Replay(Code, Steps.OrderBy(s => s.Sequence).Select(s => new RecruitmentStep(s.State, s.Date, s.Note)).ToList(), HomeStudy, Training));
}

/// <summary>One dated step of a home's recruitment.</summary>
public sealed class FosterHomeStepRecord
{
    public Guid Id { get; set; }

    public Guid HomeId { get; set; }

    public int Sequence { get; set; }

    public RecruitmentState State { get; set; }

    public DateOnly Date { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>A document kept on a step of a home's recruitment (references, register extracts, the home study's
/// assessment), its bytes in the database. Personal data: the unit's staff only, and every download is audited.</summary>
public sealed class FosterHomeStepDocumentRecord
{
    public Guid Id { get; set; }

    public Guid StepId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>An adult of the household (personal data: reading it is audited).</summary>
public sealed class FosterHomeAdultRecord
{
    public Guid Id { get; set; }

    public Guid HomeId { get; set; }

    public string Name { get; set; } = "";

    public string Personnummer { get; set; } = "";
}

public enum RequestStatus
{
    Open,
    Proposed,
    Placed,
    Withdrawn,
}

/// <summary>A member's request for a home for a child. The unit sees the age, not the birth date's owner.</summary>
public sealed class PlacementRequestRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid MemberId { get; set; }

    public DateOnly ChildBirthDate { get; set; }

    public int Siblings { get; set; }

    public string Languages { get; set; } = "";

    public string Needs { get; set; } = "";

    public Urgency Urgency { get; set; }

    public DateOnly FromDate { get; set; }

    public HomeType WantedType { get; set; }

    public RequestStatus Status { get; set; }

    public Guid? ProposedHomeId { get; set; }

    public string? ProposalReason { get; set; }

    /// <summary>Why the placing member withdrew the request, when it did.</summary>
    public string? WithdrawnReason { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A child placed in a pool home by a member. The child's identity is seen by the placing member only.</summary>
public sealed class FosterPlacementRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid MemberId { get; set; }

    public Guid HomeId { get; set; }

    public Guid? RequestId { get; set; }

    /// <summary>The opaque child reference the unit sees (e.g. <c>B-7K2Q</c>).</summary>
    public string ChildRef { get; set; } = "";

    /// <summary>Identity: placing member only.</summary>
    public string ChildName { get; set; } = "";

    /// <summary>Identity: placing member only.</summary>
    public string ChildPersonnummer { get; set; } = "";

    public DateOnly ChildBirthDate { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>Why the placement ended, when the placing member ended it.</summary>
    public string? EndReason { get; set; }

    public LegalBasis LegalBasis { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One entry of a home's supervision and support log: what was given, to whom, for how long, and the
/// follow-up it calls for. Staff only: members see nothing of the log, only the hours it books to them.</summary>
public sealed class SupportLogEntryRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid HomeId { get; set; }

    public DateOnly Date { get; set; }

    public SupportKind Kind { get; set; }

    public decimal Hours { get; set; }

    /// <summary>The unit's staff who took part (names, comma-separated).</summary>
    public string Staff { get; set; } = "";

    /// <summary>The household's adults who took part (names, comma-separated).</summary>
    public string Household { get; set; } = "";

    public string Notes { get; set; } = "";

    public DateOnly? FollowUpDue { get; set; }

    public DateOnly? FollowUpDoneOn { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A version of the fee table to the homes (arvode and omkostnadsersättning by age band), in force from the
/// first of a month, with the decision that adopted it. Versions are added, never edited.</summary>
public sealed class FeeTableVersionRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DecisionRecord Decision { get; set; } = new();

    public List<FeeBandRecord> Bands { get; set; } = [];

    public DatedValue<FeeTable> ToRule() =>
        new(EffectiveFrom, new FeeTable(Bands.Select(b => new FeeBand(b.FromAge, b.ToAge, b.Fee, b.ExpenseAllowance)).ToList()), Decision.ToDecision());
}

/// <summary>One age band of a fee table version: monthly amounts for children of FromAge..ToAge completed years.</summary>
public sealed class FeeBandRecord
{
    public Guid Id { get; set; }

    public Guid VersionId { get; set; }

    public int FromAge { get; set; }

    public int ToAge { get; set; }

    public decimal Fee { get; set; }

    public decimal ExpenseAllowance { get; set; }
}

internal sealed class FosterCareConfiguration :
    IEntityTypeConfiguration<MemberAgreementRecord>, IEntityTypeConfiguration<CostWeightsRecord>, IEntityTypeConfiguration<UnitCostRecord>,
    IEntityTypeConfiguration<MemberKeysRecord>, IEntityTypeConfiguration<UnitInvoicingRecord>, IEntityTypeConfiguration<CostInvoiceRecord>,
    IEntityTypeConfiguration<FosterHomeRecord>, IEntityTypeConfiguration<FosterHomeStepRecord>, IEntityTypeConfiguration<FosterHomeAdultRecord>,
    IEntityTypeConfiguration<FosterHomeStepDocumentRecord>,
    IEntityTypeConfiguration<PlacementRequestRecord>, IEntityTypeConfiguration<FosterPlacementRecord>, IEntityTypeConfiguration<SupportLogEntryRecord>,
    IEntityTypeConfiguration<FeeTableVersionRecord>, IEntityTypeConfiguration<FeeBandRecord>
{
    private static void Decision<T>(OwnedNavigationBuilder<T, DecisionRecord> d) where T : class
    {
        d.Property(x => x.Body).HasMaxLength(200);
        d.Property(x => x.Reference).HasMaxLength(100);
        d.Property(x => x.Title).HasMaxLength(300);
    }

    /// <summary>A foreign key to an organisation, named by type name: the module does not use the Organisations module's
    /// entity (ADR 0005), only its table.</summary>
    internal static void Org<T>(EntityTypeBuilder<T> e, System.Linq.Expressions.Expression<Func<T, object?>> fk) where T : class =>
        e.HasOne(OrganisationEntity, null).WithMany().HasForeignKey(PropertyName(fk)).OnDelete(DeleteBehavior.Restrict);

    internal const string OrganisationEntity = "Samverka.Modules.Organisations.Organisation";

    private static string PropertyName<T>(System.Linq.Expressions.Expression<Func<T, object?>> e) => e.Body switch
    {
        System.Linq.Expressions.MemberExpression m => m.Member.Name,
        System.Linq.Expressions.UnaryExpression { Operand: System.Linq.Expressions.MemberExpression m } => m.Member.Name,
        _ => throw new ArgumentException("A property expression is needed.", nameof(e)),
    };

    public void Configure(EntityTypeBuilder<MemberAgreementRecord> e)
    {
        e.ToTable("FosterCareAgreements");
        e.HasKey(x => x.Id);
        // Not unique: a member that left may sign a new agreement; CreateOrChangeAgreement refuses overlapping ones.
        e.HasIndex(x => new { x.UnitId, x.MemberId });
        Org(e, x => x.UnitId);
        Org(e, x => x.MemberId);
        e.Property(x => x.InvoiceEmail).HasMaxLength(256);
        e.OwnsOne(x => x.Decision, Decision);
        e.Property(x => x.BuyerReference).HasMaxLength(100);
        e.OwnsOne(x => x.NoticeDecision, Decision);
    }

    public void Configure(EntityTypeBuilder<CostWeightsRecord> e)
    {
        e.ToTable("FosterCareCostWeights");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.EffectiveFrom }).IsUnique();
        Org(e, x => x.UnitId);
        e.Property(x => x.SizeWeight).HasPrecision(9, 6);
        e.Property(x => x.UsageWeight).HasPrecision(9, 6);
        e.Property(x => x.UsageMeasure).HasConversion<string>().HasMaxLength(16).HasDefaultValue(UsageMeasure.PlacementDays);
        e.OwnsOne(x => x.Decision, Decision);
        e.Navigation(x => x.Decision).IsRequired();
    }

    public void Configure(EntityTypeBuilder<UnitCostRecord> e)
    {
        e.ToTable("FosterCareUnitCosts");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.Period, x.Basis, x.CostType }).IsUnique();
        Org(e, x => x.UnitId);
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Basis).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.CostType).HasMaxLength(100);
        e.Property(x => x.Amount).HasPrecision(18, 2);
    }

    public void Configure(EntityTypeBuilder<MemberKeysRecord> e)
    {
        e.ToTable("FosterCareMemberKeys");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.Period, x.MemberId }).IsUnique();
        Org(e, x => x.UnitId);
        Org(e, x => x.MemberId);
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Population).HasPrecision(18, 2);
        e.Property(x => x.EnteredUsage).HasPrecision(18, 2);
        e.Property(x => x.EnteredUsageMeasure).HasConversion<string>().HasMaxLength(16).HasDefaultValue(UsageMeasure.PlacementDays);
    }

    public void Configure(EntityTypeBuilder<UnitInvoicingRecord> e)
    {
        e.ToTable("FosterCareUnitInvoicing");
        e.HasKey(x => x.UnitId);
        Org(e, x => x.UnitId);
        e.Property(x => x.Bankgiro).HasMaxLength(20);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.ContactEmail).HasMaxLength(256);
        e.Property(x => x.Street).HasMaxLength(200);
        e.Property(x => x.PostalCode).HasMaxLength(20);
        e.Property(x => x.City).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<CostInvoiceRecord> e)
    {
        e.ToTable("FosterCareInvoices");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.Number }).IsUnique();
        e.HasIndex(x => new { x.UnitId, x.Period, x.MemberId });
        Org(e, x => x.UnitId);
        Org(e, x => x.MemberId);
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Number).HasMaxLength(60);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Explanation).HasMaxLength(4000);
        e.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<FosterHomeRecord> e)
    {
        e.ToTable("FosterHomes");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.Code }).IsUnique();
        Org(e, x => x.UnitId);
        Org(e, x => x.MunicipalityId);
        e.Property(x => x.Code).HasMaxLength(20);
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.Languages).HasMaxLength(300);
        e.Property(x => x.Competences).HasMaxLength(300);
        e.Property(x => x.StudyAssessment).HasMaxLength(2000);
        e.Property(x => x.StudyDecidedBy).HasMaxLength(200);
        e.Property(x => x.TrainingCourse).HasMaxLength(200);
        e.Ignore(x => x.HomeStudy);
        e.Ignore(x => x.Training);
        e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.HomeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Adults).WithOne().HasForeignKey(s => s.HomeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FosterHomeStepRecord> e)
    {
        e.ToTable("FosterHomeSteps");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.HomeId, x.Sequence }).IsUnique();
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<FosterHomeStepDocumentRecord> e)
    {
        e.ToTable("FosterHomeStepDocuments");
        e.HasKey(x => x.Id);
        e.HasOne<FosterHomeStepRecord>().WithMany().HasForeignKey(x => x.StepId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.StepId);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.UploadedBy).HasMaxLength(200);
        e.Property(x => x.UploadedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<FosterHomeAdultRecord> e)
    {
        e.ToTable("FosterHomeAdults");
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Personnummer).HasMaxLength(13);
    }

    public void Configure(EntityTypeBuilder<PlacementRequestRecord> e)
    {
        e.ToTable("FosterCareRequests");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.MemberId });
        Org(e, x => x.UnitId);
        Org(e, x => x.MemberId);
        e.HasOne<FosterHomeRecord>().WithMany().HasForeignKey(x => x.ProposedHomeId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Languages).HasMaxLength(300);
        e.Property(x => x.Needs).HasMaxLength(300);
        e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.WantedType).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.ProposalReason).HasMaxLength(2000);
        e.Property(x => x.WithdrawnReason).HasMaxLength(1000);
        e.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<FosterPlacementRecord> e)
    {
        e.ToTable("FosterPlacements");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.MemberId });
        e.HasIndex(x => x.HomeId);
        Org(e, x => x.UnitId);
        Org(e, x => x.MemberId);
        e.HasOne<FosterHomeRecord>().WithMany().HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PlacementRequestRecord>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.ChildRef).HasMaxLength(20);
        e.Property(x => x.ChildName).HasMaxLength(200);
        e.Property(x => x.ChildPersonnummer).HasMaxLength(13);
        e.Property(x => x.EndReason).HasMaxLength(1000);
        e.Property(x => x.LegalBasis).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<SupportLogEntryRecord> e)
    {
        e.ToTable("FosterCareSupportLog");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.HomeId, x.Date });
        Org(e, x => x.UnitId);
        e.HasOne<FosterHomeRecord>().WithMany().HasForeignKey(x => x.HomeId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Hours).HasPrecision(9, 2);
        e.Property(x => x.Staff).HasMaxLength(300);
        e.Property(x => x.Household).HasMaxLength(300);
        e.Property(x => x.Notes).HasMaxLength(4000);
        e.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }

    public void Configure(EntityTypeBuilder<FeeTableVersionRecord> e)
    {
        e.ToTable("FosterCareFeeTables");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.EffectiveFrom }).IsUnique();
        Org(e, x => x.UnitId);
        e.OwnsOne(x => x.Decision, Decision);
        e.Navigation(x => x.Decision).IsRequired();
        e.HasMany(x => x.Bands).WithOne().HasForeignKey(b => b.VersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FeeBandRecord> e)
    {
        e.ToTable("FosterCareFeeBands");
        e.HasKey(x => x.Id);
        e.Property(x => x.Fee).HasPrecision(18, 2);
        e.Property(x => x.ExpenseAllowance).HasPrecision(18, 2);
    }
}
