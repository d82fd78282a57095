using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Audit;

/// <summary>One line of the audit log: who did what, when, to what and from where.</summary>
/// <remarks>Append-only. <c>SamverkaDbContext.SaveChanges</c> refuses to update or delete one, and database
/// triggers (created by the migrations, SQLite and PostgreSQL) refuse UPDATE and DELETE from anyone else.</remarks>
public sealed class AuditEntry
{
    public long Id { get; init; }

    /// <summary>When, in UTC.</summary>
    public DateTime At { get; init; }

    public string? UserId { get; init; }

    public string UserName { get; init; } = "";

    /// <summary>The acting user's organisation (the tenant), when there is one.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; init; } = "";

    /// <summary>What was acted on, e.g. <c>Organisation</c>; null for sign-ins.</summary>
    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    /// <summary>A short human-readable detail, e.g. the export format and row count. Never personal data beyond ids.</summary>
    public string? Detail { get; init; }

    public string? RemoteIp { get; init; }
}

/// <summary>The actions written to the audit log.</summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string Read = "Read";
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Import = "Import";
    public const string Export = "Export";
    public const string Delete = "Delete";

    public static IReadOnlyList<string> All { get; } = [SignIn, SignInFailed, SignOut, Read, Create, Update, Import, Export, Delete];
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.At).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        entry.Property(e => e.UserId).HasMaxLength(64);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(32);
        entry.Property(e => e.SubjectType).HasMaxLength(64);
        entry.Property(e => e.SubjectId).HasMaxLength(64);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.Property(e => e.RemoteIp).HasMaxLength(64);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.UserName, e.At });
        entry.HasIndex(e => new { e.SubjectType, e.SubjectId });
    }
}
