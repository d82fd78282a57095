using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>Corrects a child's birth date. Closed months are not touched: the next payment month pays or reclaims the
/// difference as correction lines.</summary>
public sealed class CorrectChild(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid childId, string? birthDate, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var child = await db.Set<CompensationChild>().SingleOrDefaultAsync(c => c.Id == childId && c.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        if (child is null) return false;
        var problems = new List<InputProblem>();
        var date = EnrollmentRegister.Date(birthDate, required: true, m => new InputProblem(SaveEnrollment.Source, null, "birth_date", m), problems);
        var now = clock.GetUtcNow().UtcDateTime;
        if (date is { } d && d > DateOnly.FromDateTime(now)) problems.Add(new InputProblem(SaveEnrollment.Source, null, "birth_date", FormattableString.Invariant($"{d:yyyy-MM-dd} is in the future")));
        if (date is { } dd && child.Personnummer is not null && Personnummer.TryParse(child.Personnummer, DateOnly.FromDateTime(now), out var pnr, out _) && pnr.BirthDate != dd)
            problems.Add(new InputProblem(SaveEnrollment.Source, null, "birth_date", $"the child is identified by personnummer {pnr}: its birth date is {pnr.BirthDate:yyyy-MM-dd}"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        audit.Add(actor, AuditActions.Update, nameof(CompensationChild), child.Id.ToString(),
            FormattableString.Invariant($"birth date of {child.Key}: {child.BirthDate:yyyy-MM-dd} -> {date:yyyy-MM-dd}"));
        child.BirthDate = date!.Value;
        child.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
