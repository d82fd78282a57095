using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>A municipality's compensation rule set as data: age rule, proration, transition months and dated rate
/// versions. One of them is the one payments use; others are proposals for the what-if.</summary>
public sealed class StoredRuleSet
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Name { get; set; } = "";

    public AgeRule AgeRule { get; set; }

    public int AgeChangeMonth { get; set; } = 1;

    public Proration Proration { get; set; }

    public int TransitionMonths { get; set; }

    /// <summary>Whether payment months are computed with this rule set (one per municipality).</summary>
    public bool UsedForPayments { get; set; }

    public List<StoredRateVersion> Versions { get; set; } = [];

    public DateTime UpdatedAt { get; set; }

    /// <summary>The rule set for the engine.</summary>
    public CompensationRuleSet ToRules() => new(AgeRule, AgeChangeMonth, Proration, TransitionMonths,
        Versions.OrderBy(v => v.From, StringComparer.Ordinal)
            .Select(v => new RateVersion(CalendarMonth.Parse(v.From), v.Decision,
                v.Bands.OrderBy(b => b.MinAge).Select(b => new AgeBand(b.MinAge, b.MaxAge, b.Monthly)).ToList()))
            .ToList())
    { Source = Name };
}

/// <summary>A rate table version: from month <see cref="From"/> these bands apply, as adopted by <see cref="Decision"/>.
/// Never edited once it has paid money.</summary>
public sealed class StoredRateVersion
{
    public Guid Id { get; set; }

    public Guid RuleSetId { get; set; }

    /// <summary><c>YYYY-MM</c>.</summary>
    public string From { get; set; } = "";

    public string Decision { get; set; } = "";

    public List<StoredRateBand> Bands { get; set; } = [];
}

/// <summary>An age band of a rate version.</summary>
public sealed class StoredRateBand
{
    public Guid Id { get; set; }

    public Guid VersionId { get; set; }

    public int MinAge { get; set; }

    public int? MaxAge { get; set; }

    public decimal Monthly { get; set; }
}

internal sealed class StoredRuleSetConfiguration : IEntityTypeConfiguration<StoredRuleSet>
{
    public void Configure(EntityTypeBuilder<StoredRuleSet> rules)
    {
        rules.ToTable("CompensationRuleSets");
        rules.HasKey(r => r.Id);
        rules.ReferencesOrganisation(r => r.MunicipalityId);
        rules.Property(r => r.Name).HasMaxLength(200).IsRequired();
        rules.HasIndex(r => new { r.MunicipalityId, r.Name }).IsUnique();
        rules.Property(r => r.AgeRule).HasConversion<string>().HasMaxLength(20);
        rules.Property(r => r.Proration).HasConversion<string>().HasMaxLength(20);
        rules.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RuleSetId).OnDelete(DeleteBehavior.Cascade);
        rules.Property(r => r.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class StoredRateVersionConfiguration : IEntityTypeConfiguration<StoredRateVersion>
{
    public void Configure(EntityTypeBuilder<StoredRateVersion> version)
    {
        version.ToTable("CompensationRateVersions");
        version.HasKey(v => v.Id);
        version.Property(v => v.From).HasMaxLength(7).IsRequired();
        version.HasIndex(v => new { v.RuleSetId, v.From }).IsUnique();
        version.Property(v => v.Decision).HasMaxLength(200).IsRequired();
        version.HasMany(v => v.Bands).WithOne().HasForeignKey(b => b.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredRateBandConfiguration : IEntityTypeConfiguration<StoredRateBand>
{
    public void Configure(EntityTypeBuilder<StoredRateBand> band)
    {
        band.ToTable("CompensationRateBands");
        band.HasKey(b => b.Id);
        band.Property(b => b.Monthly).HasPrecision(18, 2);
    }
}
