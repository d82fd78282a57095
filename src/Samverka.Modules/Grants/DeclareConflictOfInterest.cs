using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>An officer declares a conflict of interest (jäv) for an application: from then on the officer cannot
/// score it, and any score the officer already gave it is withdrawn.</summary>
public sealed class DeclareConflictOfInterest(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid applicationId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor) || actor.UserId is null) throw new AccessDeniedException("Only a grant officer declares a conflict of interest.");
        var application = await store.FindApplicationAsync(applicationId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such application.");
        var year = application.ProgrammeYear!;
        GrantRounds.RefuseIfClosed(year);
        var source = $"application {application.DisplayNumber(year.Year)}";
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(reason)) problems.Add(new(source, null, "Reason", "is required"));
        else if (reason.Length > 1000) problems.Add(new(source, null, "Reason", "must be at most 1000 characters"));
        if (await db.GrantConflicts.AnyAsync(c => c.ApplicationId == application.Id && c.OfficerId == actor.UserId, cancellationToken))
            problems.Add(new(source, null, "Reason", "you have already declared a conflict of interest for this application"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        db.GrantConflicts.Add(new GrantConflict
        {
            Id = Guid.NewGuid(), ApplicationId = application.Id, OfficerId = actor.UserId, OfficerName = actor.UserName,
            Declared = DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(clock.GetUtcNow().UtcDateTime)), Reason = reason!.Trim(),
        });
        db.GrantScores.RemoveRange(await db.GrantScores.Where(s => s.ApplicationId == application.Id && s.OfficerId == actor.UserId).ToListAsync(cancellationToken));
        audit.Add(actor, AuditActions.Create, nameof(GrantConflict), application.Id.ToString(), $"{source}: conflict of interest declared ({reason.Trim()})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
