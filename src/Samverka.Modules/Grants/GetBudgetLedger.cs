using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The budget ledger of a programme seen from one programme year's round: per year from the round's year
/// over the years its grants may cover (at least three), pot, changes, commitments from earlier decisions, decided
/// this round, paid and remaining, each with the engine's explanation; and every entry with its decision.</summary>
public sealed class GetBudgetLedger(SamverkaDbContext db, GrantsStore store)
{
    /// <summary>One ledger entry; <c>Partnership</c>: a commitment of an IOP agreement (<see cref="PartnershipRules"/>).</summary>
    public sealed record Entry(int Year, LedgerEntryKind Kind, decimal Amount, DateOnly Date, string Decision, string? RoundId, string? Note, DateTime RecordedAt, string RecordedBy,
        bool Partnership);

    public sealed record Result(Guid ProgrammeYearId, Guid ProgrammeId, string ProgrammeName, int Year, string RoundId, IReadOnlyList<LedgerYear> Outlook, IReadOnlyList<Entry> Entries);

    public async Task<Result?> HandleAsync(Guid programmeYearId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsReader(actor)) throw new AccessDeniedException("The budget ledger is for officers, the committee, controllers and auditors.");
        if (await store.FindYearAsync(programmeYearId, actor, cancellationToken) is not { } y) return null;
        var programme = y.Programme!;
        var ledger = await store.LedgerAsync(programme, cancellationToken);
        var roundId = y.RoundId(programme);
        var last = Math.Max(y.Year + ProgrammeYear.AbsoluteMaxYears - 1, ledger.Years.DefaultIfEmpty(y.Year).Max());
        var rows = await db.GrantLedgerEntries.Where(e => e.ProgrammeId == programme.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return new Result(y.Id, programme.Id, programme.Name, y.Year, roundId, ledger.Outlook(y.Year, last, roundId),
            rows.Select(e => new Entry(e.Year, e.Kind, e.Amount, e.Date, $"{e.DecisionBody} {e.DecisionDate:yyyy-MM-dd} {e.DecisionReference} {e.DecisionTitle}".Trim(),
                e.RoundId, e.Note, e.RecordedAt, e.RecordedBy,
                e.Kind == LedgerEntryKind.Commitment && e.Reference?.StartsWith(PartnershipRules.ReferencePrefix, StringComparison.Ordinal) == true)).ToList());
    }
}
