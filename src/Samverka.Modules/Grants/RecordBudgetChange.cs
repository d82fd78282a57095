using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>Records a dated ledger entry with its decision: a budget change (a cut is negative), a commitment from
/// an earlier decision carried in, or the budget (planning frame) of a coming year that multi-year grants reach into.
/// Refused when it would take a year's remaining money below zero or set a year's budget twice.</summary>
public sealed class RecordBudgetChange(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        /// <summary><see cref="LedgerEntryKind.BudgetChange"/>, <see cref="LedgerEntryKind.Commitment"/> or <see cref="LedgerEntryKind.PotSet"/>.</summary>
        public LedgerEntryKind Kind { get; set; } = LedgerEntryKind.BudgetChange;

        public int? Year { get; set; }

        /// <summary>SEK; negative for a cut.</summary>
        public decimal? Amount { get; set; }

        /// <summary>What it is, e.g. the association an earlier decision granted.</summary>
        public string? Note { get; set; }

        public DecisionInput Decision { get; set; } = new();
    }

    public async Task HandleAsync(Guid programmeId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer records budget changes.");
        var programme = await (await store.VisibleProgrammesAsync(actor, cancellationToken)).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new GrantNotFoundException("No such programme.");
        var source = $"ledger {programme.Key}";
        var problems = new List<InputProblem>();
        if (input.Kind is not (LedgerEntryKind.BudgetChange or LedgerEntryKind.Commitment or LedgerEntryKind.PotSet))
            problems.Add(new(source, null, "Kind", "only a budget change, a commitment or a coming year's budget is recorded here"));
        if (input.Year is null) problems.Add(new(source, null, "Year", "is required"));
        if (input.Amount is null) problems.Add(new(source, null, "Amount", "is required"));
        if (input.Note?.Length > 300) problems.Add(new(source, null, "Note", "must be at most 300 characters"));
        var decision = input.Decision.Read(source, "Decision.", problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var entry = new LedgerEntry(input.Year!.Value, input.Kind, input.Amount!.Value, decision!.Date, decision)
        {
            Reference = input.Kind == LedgerEntryKind.Commitment ? decision.Reference : null,
        };
        var ledger = await store.LedgerAsync(programme, cancellationToken);
        var refused = ledger.Check([entry]);
        if (refused.Count > 0) throw new InputProblemsException(refused.Select(p => p with { Field = p.Field.StartsWith("budget[", StringComparison.Ordinal) || p.Field == "amount" ? "Amount" : p.Field }).ToList());

        await store.AppendAsync(programme, [(entry, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim())], actor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        audit.Add(actor, AuditActions.Create, nameof(GrantLedgerEntry), programme.Key, $"{input.Kind} {entry.Year}: {GrantsStore.Kr(entry.Amount)} ({decision.Reference})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
