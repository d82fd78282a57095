using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The round chooses how its proposal funds: full funding in rank order or proportional scaling. Refused once closed.</summary>
public sealed class ChooseProposalMode(SamverkaDbContext db, GrantsStore store, AuditLog audit)
{
    public async Task HandleAsync(Guid programmeYearId, ProposalMode mode, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer chooses how the proposal funds.");
        var year = await store.FindYearAsync(programmeYearId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such programme year.");
        GrantRounds.RefuseIfClosed(year);
        year.ProposalMode = mode;
        audit.Add(actor, AuditActions.Update, nameof(GrantProgrammeYear), year.Id.ToString(), $"{year.RoundId(year.Programme!)}: proposal mode {mode}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
