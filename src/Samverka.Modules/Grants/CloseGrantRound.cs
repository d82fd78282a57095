using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>Closes a programme year's round by the committee's decision, once every submitted application is decided.
/// From then on the round never changes: decisions, scores, assessments and the proposal mode are refused with
/// <see cref="Rules.Grants.ClosedRoundCannotChangeException"/>.</summary>
public sealed class CloseGrantRound(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid programmeYearId, DecisionInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer closes a round.");
        var year = await store.FindYearAsync(programmeYearId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such programme year.");
        GrantRounds.RefuseIfClosed(year);
        var source = $"round {year.RoundId(year.Programme!)}";
        var problems = new List<InputProblem>();
        var decision = input.Read(source, "Close.", problems);
        var undecided = await db.GrantApplications.CountAsync(a => a.ProgrammeYearId == year.Id && a.Status == GrantApplicationStatus.Submitted, cancellationToken);
        if (undecided > 0) problems.Add(new(source, null, "Close", $"{undecided} submitted applications are not decided yet; decide every application before the round closes"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        year.ClosedAt = clock.GetUtcNow().UtcDateTime;
        year.ClosedByBody = decision!.Body;
        year.ClosedByDate = decision.Date;
        year.ClosedByReference = decision.Reference;
        year.ClosedByTitle = decision.Title;
        audit.Add(actor, AuditActions.Update, nameof(GrantProgrammeYear), year.Id.ToString(), $"{source} closed ({decision.Reference})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
