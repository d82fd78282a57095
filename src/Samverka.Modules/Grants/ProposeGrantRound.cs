using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The proposal for a programme year's round: the scored applications ranked (<see cref="Scoring.Rank"/>)
/// and funded in rank order within what remains of every year concerned (<see cref="ProposalRules.Propose"/>),
/// full funding or proportional scaling as the round chose; what falls below the line; what the multi-year grants do
/// to the coming years. Applications not fully scored are listed as not ranked.</summary>
public sealed class ProposeGrantRound(SamverkaDbContext db, GrantsStore store)
{
    public sealed record Line(Guid ApplicationId, string Number, string Organisation, RankedApplication Rank, ProposalLine Proposal, string? EligibilityProblem);

    public sealed record Unranked(Guid ApplicationId, string Number, string Organisation, string Why);

    public sealed record Result(GrantProgrammeYear Year, string RoundId, bool Closed, ProposalMode Mode, RoundProposal Proposal, IReadOnlyList<Line> Lines,
        IReadOnlyList<Unranked> NotRanked, IReadOnlyList<LedgerYear> Outlook, IReadOnlyList<ListGrantApplications.Item> Decided);

    public async Task<Result?> HandleAsync(Guid programmeYearId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsReader(actor)) throw new AccessDeniedException("The proposal is for officers and the committee.");
        if (await store.FindYearAsync(programmeYearId, actor, cancellationToken) is not { } year) return null;
        var rule = GrantsStore.ToRule(year);
        var roundId = year.RoundId(year.Programme!);
        var ledger = await store.LedgerAsync(year.Programme!, cancellationToken);
        var applications = await db.GrantApplications.Include(a => a.Amounts).Where(a => a.ProgrammeYearId == year.Id && a.Status == GrantApplicationStatus.Submitted)
            .ToListAsync(cancellationToken);
        foreach (var a in applications) a.ProgrammeYear = year;
        var ids = applications.Select(a => a.Id).ToList();
        var scores = await db.GrantScores.Where(s => ids.Contains(s.ApplicationId)).ToListAsync(cancellationToken);
        var conflicts = await db.GrantConflicts.Where(c => ids.Contains(c.ApplicationId)).ToListAsync(cancellationToken);
        var orgIds = applications.Select(a => a.OrganisationId).Distinct().ToList();
        var orgs = await db.OrganisationInfos().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);

        var scored = new List<(GrantApplicationRecord Record, GrantApplication Rule, ApplicationScore Score)>();
        var notRanked = new List<Unranked>();
        foreach (var a in applications.OrderBy(a => a.Number))
        {
            var org = orgs[a.OrganisationId];
            var app = GrantsStore.ToRule(a, org.Kind);
            var (score, problem) = GrantScores.Score(rule, app, scores.Where(s => s.ApplicationId == a.Id).ToList(), conflicts.Where(c => c.ApplicationId == a.Id).ToList());
            if (score is null) notRanked.Add(new Unranked(a.Id, a.DisplayNumber(year.Year), org.Name, problem ?? ""));
            else scored.Add((a, app, score));
        }
        var ranked = Scoring.Rank(scored.Select(s => s.Score).ToList());
        var byId = scored.ToDictionary(s => s.Score.ApplicationId, StringComparer.Ordinal);
        var candidates = ranked.Select(r =>
        {
            var rec = byId[r.ApplicationId].Record;
            var recommended = GrantsStore.AmountsOf(rec, GrantAmountKind.Recommended);
            return new ProposalCandidate(r.ApplicationId, r.Rank, recommended.Count > 0 ? recommended : GrantsStore.AmountsOf(rec, GrantAmountKind.Applied));
        }).ToList();
        var proposal = ProposalRules.Propose(ledger, roundId, candidates, year.ProposalMode);
        var lines = proposal.Lines.Select(l =>
        {
            var s = byId[l.ApplicationId];
            var eligibility = ApplicationRules.EligibilityProblems(rule, s.Rule);
            return new Line(s.Record.Id, s.Record.DisplayNumber(year.Year), orgs[s.Record.OrganisationId].Name, ranked.Single(r => r.ApplicationId == l.ApplicationId), l,
                eligibility.Count > 0 ? string.Join("; ", eligibility.Select(p => p.Message)) : null);
        }).ToList();
        var last = Math.Max(year.Year + ProgrammeYear.AbsoluteMaxYears - 1, ledger.Years.DefaultIfEmpty(year.Year).Max());
        var decided = await new ListGrantApplications(db, store).HandleAsync(year.Id, actor, cancellationToken);
        return new Result(year, roundId, year.ClosedAt is not null, year.ProposalMode, proposal, lines, notRanked, ledger.Outlook(year.Year, last, roundId),
            decided.Where(d => d.Status is GrantApplicationStatus.Granted or GrantApplicationStatus.Refused).ToList());
    }
}
