using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>A partnership agreement (IOP, idéburet offentligt partnerskap) between a municipality and a non-profit
/// organisation of the registry: purpose, term, each party's contributions per year, follow-up meetings and agreed
/// indicators. The municipality's money per year is a commitment in the budget ledger of <see cref="ProgrammeId"/>
/// (reference <see cref="Reference"/>). The agreement itself is not changed after it is entered: meetings and
/// indicator values are added to it.</summary>
public sealed class Partnership
{
    public Guid Id { get; set; }

    /// <summary><c>IOP-</c> and eight hex digits; the agreement's reference in the budget ledger.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The municipality (tenant) that entered the agreement.</summary>
    public Guid OwnerOrganisationId { get; set; }

    /// <summary>The non-profit organisation (association or foundation).</summary>
    public Guid PartnerOrganisationId { get; set; }

    /// <summary>The grant programme whose budget ledger carries the municipality's money.</summary>
    public Guid ProgrammeId { get; set; }

    public string Purpose { get; set; } = "";

    /// <summary>First day of the term.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day of the term (included).</summary>
    public DateOnly To { get; set; }

    public string DecisionBody { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public string DecisionReference { get; set; } = "";

    public string DecisionTitle { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public List<PartnershipContribution> Contributions { get; set; } = [];

    public List<PartnershipMeeting> Meetings { get; set; } = [];

    public List<PartnershipIndicator> Indicators { get; set; } = [];

    public Decision Decision() => new(DecisionBody, DecisionDate, DecisionReference, DecisionTitle);

    public IReadOnlyList<Contribution> ToRule() =>
        Contributions.OrderBy(c => c.Position).Select(c => new Contribution(c.Year, c.Party, c.Kind, c.Value, c.Hours, c.Description)).ToList();
}

/// <summary>One contribution line of a partnership (see <see cref="Contribution"/>).</summary>
public sealed class PartnershipContribution
{
    public Guid PartnershipId { get; set; }

    public int Position { get; set; }

    public int Year { get; set; }

    public PartnershipParty Party { get; set; }

    public ContributionKind Kind { get; set; }

    public decimal Value { get; set; }

    public decimal? Hours { get; set; }

    public string Description { get; set; } = "";
}

/// <summary>A follow-up meeting of the parties: when, who attended, the minutes and what they decided.</summary>
public sealed class PartnershipMeeting
{
    public Guid Id { get; set; }

    public Guid PartnershipId { get; set; }

    public DateOnly Date { get; set; }

    public string Attendees { get; set; } = "";

    public string Minutes { get; set; } = "";

    public string Decisions { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>An indicator the parties agreed on, with the values reported per year.</summary>
public sealed class PartnershipIndicator
{
    public Guid Id { get; set; }

    public Guid PartnershipId { get; set; }

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public decimal Target { get; set; }

    public List<PartnershipIndicatorValue> Values { get; set; } = [];
}

/// <summary>The value of an indicator for one year; reported once (a report is never changed).</summary>
public sealed class PartnershipIndicatorValue
{
    public Guid IndicatorId { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    public string? Comment { get; set; }

    public DateTime ReportedAt { get; set; }

    public string ReportedBy { get; set; } = "";
}

/// <summary>Who may see and do what with partnerships: the owning municipality's grant readers see them and its
/// officers manage them; the partner organisation's users see their own and report indicator values; nobody else sees any.</summary>
public static class PartnershipAccess
{
    public static IQueryable<Partnership> Partnerships(this SamverkaDbContext db) => db.Set<Partnership>();

    /// <summary>The partnerships the actor may see.</summary>
    public static async Task<IQueryable<Partnership>> VisibleAsync(SamverkaDbContext db, OrganisationScope scope, Actor actor, CancellationToken cancellationToken)
    {
        var query = db.Partnerships();
        if (GrantsStore.IsReader(actor))
            return await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible ? query.Where(p => visible.Contains(p.OwnerOrganisationId)) : query;
        if (GrantsStore.IsApplicant(actor)) return query.Where(p => p.PartnerOrganisationId == actor.OrganisationId);
        return query.Where(_ => false);
    }

    /// <summary>The partnership with everything in it when the actor may see it; otherwise <see cref="GrantNotFoundException"/>.</summary>
    public static async Task<Partnership> FindAsync(SamverkaDbContext db, OrganisationScope scope, Guid id, Actor actor, CancellationToken cancellationToken) =>
        await (await VisibleAsync(db, scope, actor, cancellationToken))
            .Include(p => p.Contributions).Include(p => p.Meetings).Include(p => p.Indicators).ThenInclude(i => i.Values)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new GrantNotFoundException("No such partnership.");

    /// <summary>The partner's own users (they may report indicator values).</summary>
    public static bool IsPartnerOf(Actor actor, Partnership p) => GrantsStore.IsApplicant(actor) && actor.OrganisationId == p.PartnerOrganisationId;
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> p)
    {
        p.ToTable("Partnerships");
        p.HasKey(x => x.Id);
        p.Property(x => x.Reference).HasMaxLength(20).IsRequired();
        p.HasIndex(x => x.Reference).IsUnique();
        p.ReferencesOrganisation(x => x.OwnerOrganisationId);
        p.ReferencesOrganisation(x => x.PartnerOrganisationId);
        p.HasOne<GrantProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        p.Property(x => x.Purpose).HasMaxLength(2000).IsRequired();
        p.Property(x => x.DecisionBody).HasMaxLength(200);
        p.Property(x => x.DecisionReference).HasMaxLength(100);
        p.Property(x => x.DecisionTitle).HasMaxLength(300);
        p.Property(x => x.CreatedBy).HasMaxLength(256);
        p.Property(x => x.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        p.HasMany(x => x.Contributions).WithOne().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Meetings).WithOne().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        p.HasMany(x => x.Indicators).WithOne().HasForeignKey(i => i.PartnershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnershipContributionConfiguration : IEntityTypeConfiguration<PartnershipContribution>
{
    public void Configure(EntityTypeBuilder<PartnershipContribution> c)
    {
        c.ToTable("PartnershipContributions");
        c.HasKey(x => new { x.PartnershipId, x.Position });
        c.Property(x => x.Party).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.Value).HasPrecision(18, 2);
        c.Property(x => x.Hours).HasPrecision(9, 2);
        c.Property(x => x.Description).HasMaxLength(300);
    }
}

internal sealed class PartnershipMeetingConfiguration : IEntityTypeConfiguration<PartnershipMeeting>
{
    public void Configure(EntityTypeBuilder<PartnershipMeeting> m)
    {
        m.ToTable("PartnershipMeetings");
        m.HasKey(x => x.Id);
        m.Property(x => x.Attendees).HasMaxLength(1000).IsRequired();
        m.Property(x => x.Minutes).HasMaxLength(8000).IsRequired();
        m.Property(x => x.Decisions).HasMaxLength(4000);
        m.Property(x => x.RecordedBy).HasMaxLength(256);
        m.Property(x => x.RecordedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class PartnershipIndicatorConfiguration : IEntityTypeConfiguration<PartnershipIndicator>
{
    public void Configure(EntityTypeBuilder<PartnershipIndicator> i)
    {
        i.ToTable("PartnershipIndicators");
        i.HasKey(x => x.Id);
        i.HasIndex(x => new { x.PartnershipId, x.Position }).IsUnique();
        i.Property(x => x.Name).HasMaxLength(200).IsRequired();
        i.Property(x => x.Unit).HasMaxLength(60).IsRequired();
        i.Property(x => x.Target).HasPrecision(18, 4);
        i.HasMany(x => x.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnershipIndicatorValueConfiguration : IEntityTypeConfiguration<PartnershipIndicatorValue>
{
    public void Configure(EntityTypeBuilder<PartnershipIndicatorValue> v)
    {
        v.ToTable("PartnershipIndicatorValues");
        v.HasKey(x => new { x.IndicatorId, x.Year });
        v.Property(x => x.Value).HasPrecision(18, 4);
        v.Property(x => x.Comment).HasMaxLength(1000);
        v.Property(x => x.ReportedBy).HasMaxLength(256);
        v.Property(x => x.ReportedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
