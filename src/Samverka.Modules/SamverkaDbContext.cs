using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;
using Samverka.Modules.Platform;

namespace Samverka.Modules;

/// <summary>The one model of Samverka. Each provider (SQLite, PostgreSQL) has a subclass in Samverka.Data with
/// its own migrations; the mappings live beside their entities and are picked up from this assembly.</summary>
public class SamverkaDbContext(DbContextOptions options) : IdentityDbContext<SamverkaUser, IdentityRole, string>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Grants.GrantProgramme> GrantProgrammes => Set<Grants.GrantProgramme>();

    public DbSet<Grants.GrantProgrammeYear> GrantProgrammeYears => Set<Grants.GrantProgrammeYear>();

    public DbSet<Grants.GrantLedgerEntry> GrantLedgerEntries => Set<Grants.GrantLedgerEntry>();

    public DbSet<Grants.GrantApplicationRecord> GrantApplications => Set<Grants.GrantApplicationRecord>();

    public DbSet<Grants.GrantAttachment> GrantAttachments => Set<Grants.GrantAttachment>();

    public DbSet<Grants.GrantScore> GrantScores => Set<Grants.GrantScore>();

    public DbSet<Grants.GrantConflict> GrantConflicts => Set<Grants.GrantConflict>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SamverkaDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditLogChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditLogChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The audit log is append-only; the database triggers say the same to anyone who bypasses this context.
    private void RefuseAuditLogChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only: an audit entry cannot be changed or deleted.");
    }
}
