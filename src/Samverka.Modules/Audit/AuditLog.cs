using Samverka.Modules.Identity;

namespace Samverka.Modules.Audit;

/// <summary>Writes audit entries. An entry is added to the same unit of work as the change it records,
/// so that the change and its entry are saved together or not at all.</summary>
public sealed class AuditLog(SamverkaDbContext db, TimeProvider clock)
{
    /// <summary>Adds an entry to the context; the caller's SaveChanges writes it.</summary>
    public void Add(Actor actor, string action, string? subjectType = null, string? subjectId = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            OrganisationId = actor.OrganisationId,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Detail = Truncate(detail, 2000),
            RemoteIp = actor.RemoteIp,
        });

    /// <summary>Adds an entry and saves it at once (sign-ins, reads and exports, which change nothing else).</summary>
    public async Task WriteAsync(Actor actor, string action, string? subjectType = null, string? subjectId = null, string? detail = null,
        CancellationToken cancellationToken = default)
    {
        Add(actor, action, subjectType, subjectId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
