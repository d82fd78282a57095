using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>Records the committee's decision per application of a round (amounts per year, or a refusal with its
/// reason) with <see cref="GrantRound.Record"/>: all or nothing, one <c>Decided</c> ledger entry per granted year.
/// Refused: a closed round (<see cref="ClosedRoundCannotChangeException"/>), an application decided already, a grant
/// above the cap or the remaining budget of any year concerned, a grant to an applicant whose form needs an
/// individual assessment that has not found it eligible.</summary>
public sealed class DecideGrantRound(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Item
    {
        public Guid ApplicationId { get; set; }

        /// <summary>Grant (true) or refuse (false); null leaves the application undecided in this batch.</summary>
        public bool? Grant { get; set; }

        public decimal? Amount1 { get; set; }

        public decimal? Amount2 { get; set; }

        public decimal? Amount3 { get; set; }

        public string? RefusalReason { get; set; }
    }

    public sealed class Input
    {
        public DecisionInput Decision { get; set; } = new();

        public List<Item> Items { get; set; } = [];
    }

    /// <returns>How many applications were decided.</returns>
    public async Task<int> HandleAsync(Guid programmeYearId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer records the committee's decisions.");
        var year = await store.FindYearAsync(programmeYearId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such programme year.");
        GrantRounds.RefuseIfClosed(year);
        var rule = GrantsStore.ToRule(year);
        var roundId = year.RoundId(year.Programme!);
        var source = $"round {roundId}";
        var problems = new List<InputProblem>();
        var decision = input.Decision.Read(source, "Decision.", problems);
        var items = input.Items.Where(i => i.Grant is not null).ToList();
        if (items.Count == 0) problems.Add(new(source, null, "Items", "decide at least one application"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var ids = items.Select(i => i.ApplicationId).ToList();
        var records = await db.GrantApplications.Include(a => a.Amounts).Where(a => a.ProgrammeYearId == year.Id && ids.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var r in records) r.ProgrammeYear = year;
        var orgIds = records.Select(r => r.OrganisationId).ToList();
        var orgs = await db.OrganisationInfos().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var decisions = new List<ApplicationDecision>();
        foreach (var item in items)
        {
            var record = records.SingleOrDefault(r => r.Id == item.ApplicationId);
            if (record is null) { problems.Add(new(source, null, "Items", $"no application {item.ApplicationId} in round {roundId}")); continue; }
            var at = $"application {record.DisplayNumber(year.Year)}";
            if (record.Status != GrantApplicationStatus.Submitted) { problems.Add(new(at, null, "Items", $"application {record.DisplayNumber(year.Year)} is already decided")); continue; }
            if (item.Grant == true)
            {
                var amounts = new List<YearAmount>();
                foreach (var (amount, offset) in new[] { (item.Amount1, 0), (item.Amount2, 1), (item.Amount3, 2) })
                    if (amount is { } a) amounts.Add(new YearAmount(year.Year + offset, a));
                decisions.Add(ApplicationDecision.Grant(record.Id.ToString(), amounts));
            }
            else decisions.Add(ApplicationDecision.Refuse(record.Id.ToString(), item.RefusalReason?.Trim() ?? ""));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var ledger = await store.LedgerAsync(year.Programme!, cancellationToken);
        var numbers = records.ToDictionary(r => r.Id.ToString(), r => r.DisplayNumber(year.Year), StringComparer.Ordinal);
        RoundRecording recording;
        try
        {
            recording = GrantRound.Open(roundId, rule).Record(ledger, decisions, records.Select(r => GrantsStore.ToRule(r, orgs[r.OrganisationId].Kind)).ToList(), decision!);
        }
        catch (InputProblemsException e)
        {
            // Name applications by their number, not their id.
            throw new InputProblemsException(e.Problems.Select(p => p with
            {
                Source = numbers.Aggregate(p.Source, (s, n) => s.Replace(n.Key, n.Value, StringComparison.Ordinal)),
                Message = numbers.Aggregate(p.Message, (s, n) => s.Replace(n.Key, n.Value, StringComparison.Ordinal)),
                Field = "Items",
            }).ToList());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await store.AppendAsync(year.Programme!, recording.Entries.Select(e => (e, (string?)orgs[records.Single(r => r.Id.ToString() == e.Reference).OrganisationId].Name)),
            actor, now, cancellationToken);
        foreach (var d in decisions)
        {
            var record = records.Single(r => r.Id.ToString() == d.ApplicationId);
            record.Status = d.IsGranted ? GrantApplicationStatus.Granted : GrantApplicationStatus.Refused;
            record.Version = Guid.NewGuid();
            record.RefusalReason = d.RefusalReason;
            record.DecidedOn = decision!.Date;
            record.DecisionReference = decision.Reference;
            record.UpdatedAt = now;
            foreach (var a in d.Amounts) record.Amounts.Add(new GrantApplicationAmount { ApplicationId = record.Id, Kind = GrantAmountKind.Granted, Year = a.Year, Amount = a.Amount });
            audit.Add(actor, AuditActions.Update, nameof(GrantApplicationRecord), record.Id.ToString(),
                $"{record.DisplayNumber(year.Year)}: {(d.IsGranted ? "granted " + GrantsStore.Years(d.Amounts) : "refused: " + d.RefusalReason)} ({decision!.Reference})");
        }
        await db.SaveChangesAsync(cancellationToken);
        return decisions.Count;
    }
}
