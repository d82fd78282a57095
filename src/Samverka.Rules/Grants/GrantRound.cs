using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>The committee's decision on one application: amounts per year, or a refusal with its reason.</summary>
/// <param name="ApplicationId">The application decided.</param>
/// <param name="Amounts">Granted amount per year; empty for a refusal.</param>
/// <param name="RefusalReason">Why it is refused; null when granted.</param>
public sealed record ApplicationDecision(string ApplicationId, IReadOnlyList<YearAmount> Amounts, string? RefusalReason)
{
    /// <summary>A grant of <paramref name="amounts"/>.</summary>
    public static ApplicationDecision Grant(string applicationId, IReadOnlyList<YearAmount> amounts) => new(applicationId, amounts, null);

    /// <summary>A refusal with its reason.</summary>
    public static ApplicationDecision Refuse(string applicationId, string reason) => new(applicationId, [], reason);

    /// <summary>Whether money is granted.</summary>
    public bool IsGranted => RefusalReason is null;

    /// <summary>The granted total over all years.</summary>
    public decimal Total => Amounts.Sum(a => a.Amount);
}

/// <summary>A decided batch: the round and the ledger after it, and the ledger entries it added.</summary>
/// <param name="Round">The round with the decisions.</param>
/// <param name="Ledger">The ledger with the new entries.</param>
/// <param name="Entries">The entries added: one <see cref="LedgerEntryKind.Decided"/> per granted year.</param>
public sealed record RoundRecording(GrantRound Round, BudgetLedger Ledger, IReadOnlyList<LedgerEntry> Entries);

/// <summary>A change was attempted to a closed round. Invariant: a closed round cannot change.</summary>
public sealed class ClosedRoundCannotChangeException : InvalidOperationException
{
    /// <summary>Creates the exception for round <paramref name="roundId"/>, closed by <paramref name="closedBy"/>.</summary>
    public ClosedRoundCannotChangeException(string roundId, Decision closedBy)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Round {roundId} was closed by {closedBy.Reference} on {closedBy.Date:yyyy-MM-dd} and cannot change; a correction is a new decision in an open round."))
    {
        RoundId = roundId;
        ClosedBy = closedBy;
    }

    /// <summary>The closed round.</summary>
    public string RoundId { get; }

    /// <summary>The decision that closed it.</summary>
    public Decision ClosedBy { get; }
}

/// <summary>A round of a programme year: the committee's decisions on its applications, recorded once each, until
/// the round is closed; a closed round never changes.</summary>
/// <remarks>Immutable: <see cref="Record"/> and <see cref="Close"/> return a new round. Each application is decided
/// once; a batch is recorded all or nothing, together with its ledger entries, so the round and the ledger cannot
/// disagree.</remarks>
public sealed class GrantRound
{
    private GrantRound(string roundId, ProgrammeYear programme, IReadOnlyList<ApplicationDecision> decisions, Decision? closedBy)
    {
        RoundId = roundId;
        Programme = programme;
        Decisions = decisions;
        ClosedBy = closedBy;
    }

    /// <summary>The round's id; the ledger's <see cref="LedgerEntry.RoundId"/>.</summary>
    public string RoundId { get; }

    /// <summary>The programme year decided.</summary>
    public ProgrammeYear Programme { get; }

    /// <summary>The decisions recorded, in the order recorded.</summary>
    public IReadOnlyList<ApplicationDecision> Decisions { get; }

    /// <summary>The decision that closed the round, or null while it is open.</summary>
    public Decision? ClosedBy { get; }

    /// <summary>Whether the round is closed.</summary>
    public bool IsClosed => ClosedBy is not null;

    /// <summary>An open round with no decisions.</summary>
    public static GrantRound Open(string roundId, ProgrammeYear programme)
    {
        if (string.IsNullOrWhiteSpace(roundId)) throw new ArgumentException("A round needs an id.", nameof(roundId));
        ArgumentNullException.ThrowIfNull(programme);
        return new GrantRound(roundId, programme, [], null);
    }

    /// <summary>Records the committee's <paramref name="decisions"/>, adding one <see cref="LedgerEntryKind.Decided"/>
    /// entry per granted year to <paramref name="ledger"/>, all or nothing.</summary>
    /// <param name="ledger">The programme's ledger.</param>
    /// <param name="decisions">The decisions; each application once, and not already decided in the round.</param>
    /// <param name="applications">The round's applications (looked up by id).</param>
    /// <param name="committeeDecision">The committee's decision (minutes paragraph) the entries cite.</param>
    /// <exception cref="ClosedRoundCannotChangeException">The round is closed.</exception>
    /// <exception cref="InputProblemsException">An application is unknown or decided twice; a granted application
    /// fails <see cref="ApplicationRules.ValidateForDecision"/> (late, another programme year, not eligible); a refusal has no reason; a grant has no amounts, amounts above the cap, not above
    /// zero, or years the programme does not allow; or a year's remaining budget would go below zero.</exception>
    public RoundRecording Record(BudgetLedger ledger, IReadOnlyList<ApplicationDecision> decisions, IReadOnlyList<GrantApplication> applications, Decision committeeDecision)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(committeeDecision);
        if (ClosedBy is { } closedBy) throw new ClosedRoundCannotChangeException(RoundId, closedBy);

        var source = $"round {RoundId}";
        var problems = new List<InputProblem>();
        if (!string.Equals(ledger.ProgrammeId, Programme.ProgrammeId, StringComparison.Ordinal))
            problems.Add(new InputProblem(source, null, "ledger", $"the ledger is for {ledger.ProgrammeId}, not {Programme.ProgrammeId}"));
        var byId = applications.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decided = new HashSet<string>(Decisions.Select(d => d.ApplicationId), StringComparer.Ordinal);
        var entries = new List<LedgerEntry>();
        foreach (var d in decisions)
        {
            var at = $"application {d.ApplicationId}";
            if (!decided.Add(d.ApplicationId))
            {
                problems.Add(new InputProblem(at, null, "decision", $"application {d.ApplicationId} is already decided in round {RoundId}"));
                continue;
            }
            if (!byId.TryGetValue(d.ApplicationId, out var application))
            {
                problems.Add(new InputProblem(at, null, "application_id", $"no application {d.ApplicationId} in round {RoundId}"));
                continue;
            }
            if (!d.IsGranted)
            {
                if (string.IsNullOrWhiteSpace(d.RefusalReason)) problems.Add(new InputProblem(at, null, "refusal_reason", "a refusal states its reason"));
                if (d.Amounts.Count > 0) problems.Add(new InputProblem(at, null, "amounts", "a refusal grants no amounts"));
                continue;
            }
            problems.AddRange(ApplicationRules.AmountProblems(Programme, d.Amounts, at, "amounts"));
            // A grant needs an application that could be granted: in the window, of this programme year, eligible.
            problems.AddRange(ApplicationRules.ValidateForDecision(Programme, application));
            entries.AddRange(d.Amounts.OrderBy(a => a.Year).Select(a =>
                new LedgerEntry(a.Year, LedgerEntryKind.Decided, a.Amount, committeeDecision.Date, committeeDecision) { RoundId = RoundId, Reference = d.ApplicationId }));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var after = ledger.Add(entries);
        var round = new GrantRound(RoundId, Programme, [.. Decisions, .. decisions], null);
        return new RoundRecording(round, after, entries);
    }

    /// <summary>The round closed by <paramref name="committeeDecision"/>; from then on it never changes.</summary>
    /// <exception cref="ClosedRoundCannotChangeException">The round is already closed.</exception>
    public GrantRound Close(Decision committeeDecision)
    {
        ArgumentNullException.ThrowIfNull(committeeDecision);
        if (ClosedBy is { } closedBy) throw new ClosedRoundCannotChangeException(RoundId, closedBy);
        return new GrantRound(RoundId, Programme, Decisions, committeeDecision);
    }

    /// <summary>The round's granted money per year, ascending: this year's decisions and the commitments they
    /// create for the coming years.</summary>
    public IReadOnlyList<YearAmount> GrantedByYear() =>
        Decisions.SelectMany(d => d.Amounts).GroupBy(a => a.Year).OrderBy(g => g.Key)
            .Select(g => new YearAmount(g.Key, g.Sum(a => a.Amount))).ToList();
}
