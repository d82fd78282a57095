using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>The pot (budget) of a year; at most one per year. Not negative.</summary>
    PotSet,

    /// <summary>A change of the pot: negative for a cut, positive for an addition. Not zero.</summary>
    BudgetChange,

    /// <summary>Money promised by a decision outside any grant round recorded here: an earlier multi-year decision
    /// carried in, or a partnership (IOP) agreement's money for the year. Above zero.</summary>
    Commitment,

    /// <summary>A grant decided in a round (<see cref="LedgerEntry.RoundId"/> names it). Seen from that round it is
    /// "decided this round"; seen from any other round it is a commitment. Above zero.</summary>
    Decided,

    /// <summary>Money paid against a commitment or decision of the same <see cref="LedgerEntry.Reference"/> and year.
    /// Above zero; it does not change what remains (the money was already promised).</summary>
    Paid,
}

/// <summary>One dated entry of a budget ledger with the decision behind it.</summary>
/// <param name="Year">The budget year the money belongs to.</param>
/// <param name="Kind">What the entry records.</param>
/// <param name="Amount">SEK, whole öre; sign rules per <see cref="LedgerEntryKind"/>.</param>
/// <param name="Date">The day the entry takes effect: the decision's day, or the payment day.</param>
/// <param name="Decision">The decision behind the entry.</param>
public sealed record LedgerEntry(int Year, LedgerEntryKind Kind, decimal Amount, DateOnly Date, Decision Decision)
{
    /// <summary>For <see cref="LedgerEntryKind.Decided"/>: the round that decided it.</summary>
    public string? RoundId { get; init; }

    /// <summary>The grant or agreement the money is for (an application id, an IOP agreement id); required for
    /// <see cref="LedgerEntryKind.Paid"/>.</summary>
    public string? Reference { get; init; }
}

/// <summary>The state of one budget year, seen from one round (or from none).</summary>
/// <param name="Year">The budget year.</param>
/// <param name="HasPot">Whether a pot is set for the year.</param>
/// <param name="Pot">The pot as set, SEK (0 when none is).</param>
/// <param name="Changes">Sum of budget changes, SEK (negative for a net cut).</param>
/// <param name="Commitments">Commitments and decisions of other rounds, SEK.</param>
/// <param name="DecidedThisRound">Decisions of the round the view is for, SEK.</param>
/// <param name="Paid">Paid, SEK.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record LedgerYear(int Year, bool HasPot, decimal Pot, decimal Changes, decimal Commitments, decimal DecidedThisRound, decimal Paid, string Explanation)
{
    /// <summary>What the round had to decide on: pot + changes − commitments.</summary>
    public decimal Available => Pot + Changes - Commitments;

    /// <summary>What is left for new decisions: pot + changes − commitments − decided this round.</summary>
    public decimal Remaining => Available - DecidedThisRound;

    /// <summary>All money promised for the year: commitments + decided this round.</summary>
    public decimal Granted => Commitments + DecidedThisRound;

    /// <summary>Promised but not yet paid: granted − paid.</summary>
    public decimal Unpaid => Granted - Paid;
}

/// <summary>The budget ledger of one programme: every pot, change, commitment, decision and payment, per year.</summary>
/// <remarks>
/// <para>Immutable and append-only: <see cref="Add(IEnumerable{LedgerEntry})"/> returns a new ledger and refuses, all or nothing, any batch
/// that would take a year's remaining money below zero, set a pot twice, promise money in a year without a pot, or
/// pay more than was promised to a grant in a year. So no year of an accepted ledger is ever below zero.</para>
/// <para>A budget cut is refused like a decision when it would take the year below zero: the commitments that do
/// not fit must be changed by a decision first.</para>
/// </remarks>
public sealed class BudgetLedger
{
    private readonly LedgerEntry[] _entries;

    private BudgetLedger(string programmeId, LedgerEntry[] entries)
    {
        ProgrammeId = programmeId;
        _entries = entries;
    }

    /// <summary>The programme the ledger belongs to.</summary>
    public string ProgrammeId { get; }

    /// <summary>Every entry, in the order added.</summary>
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Name used as the source of problems: <c>ledger verksamhetsbidrag</c>.</summary>
    public string Source => $"ledger {ProgrammeId}";

    /// <summary>A ledger with no entries.</summary>
    public static BudgetLedger Empty(string programmeId) =>
        string.IsNullOrWhiteSpace(programmeId) ? throw new ArgumentException("A ledger needs a programme.", nameof(programmeId)) : new(programmeId, []);

    /// <summary>The ledger with <paramref name="entries"/> added, all or nothing.</summary>
    /// <exception cref="InputProblemsException">Any problem of <see cref="Check"/>; the ledger is unchanged.</exception>
    public BudgetLedger Add(IEnumerable<LedgerEntry> entries)
    {
        var batch = entries.ToArray();
        var problems = Check(batch);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return new BudgetLedger(ProgrammeId, [.. _entries, .. batch]);
    }

    /// <summary>The ledger with one entry added (see <see cref="Add(IEnumerable{LedgerEntry})"/>).</summary>
    public BudgetLedger Add(LedgerEntry entry) => Add([entry]);

    /// <summary>Every problem that would refuse adding <paramref name="batch"/> (empty when it can be added).</summary>
    public IReadOnlyList<InputProblem> Check(IReadOnlyList<LedgerEntry> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<InputProblem>();
        void Add(string field, string message) => problems.Add(new InputProblem(Source, null, field, message));

        foreach (var e in batch)
        {
            var what = string.Create(CultureInfo.InvariantCulture, $"{Swedish(e.Kind)} {e.Year} ({e.Decision.Reference})");
            if (e.Year is < 1 or > 9999) Add("year", $"{what}: {e.Year} is not a year 1-9999");
            if (e.Amount != Math.Round(e.Amount, 2)) Add("amount", $"{what}: {e.Amount.ToString(CultureInfo.InvariantCulture)} is not a whole number of öre");
            switch (e.Kind)
            {
                case LedgerEntryKind.PotSet when e.Amount < 0:
                    Add("amount", $"{what}: a pot of {Sv.Kr(e.Amount)} is negative"); break;
                case LedgerEntryKind.BudgetChange when e.Amount == 0:
                    Add("amount", $"{what}: a budget change of 0 kr changes nothing"); break;
                case LedgerEntryKind.Commitment or LedgerEntryKind.Decided or LedgerEntryKind.Paid when e.Amount <= 0:
                    Add("amount", $"{what}: {Sv.Kr(e.Amount)} is not above zero"); break;
            }
            if (e.Kind == LedgerEntryKind.Decided && string.IsNullOrWhiteSpace(e.RoundId)) Add("round_id", $"{what}: a decided grant names its round");
            if (e.Kind == LedgerEntryKind.Paid && string.IsNullOrWhiteSpace(e.Reference)) Add("reference", $"{what}: a payment names the grant it pays");
        }
        if (problems.Count > 0) return problems;

        var all = _entries.Concat(batch).ToList();
        foreach (var year in batch.Select(e => e.Year).Distinct().Order())
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"budget[{year}]");
            var pots = all.Count(e => e.Year == year && e.Kind == LedgerEntryKind.PotSet);
            if (pots > 1) Add(field, string.Create(CultureInfo.InvariantCulture, $"the pot of {year} is set {pots} times; change it with a budget change"));
            if (pots == 0 && batch.Any(e => e.Year == year && e.Kind != LedgerEntryKind.PotSet))
            {
                Add(field, string.Create(CultureInfo.InvariantCulture, $"{year} has no pot; set the year's budget before changing or promising money in it"));
                continue;
            }
            var view = YearView(all, year, null);
            if (view.Remaining < 0)
                Add(field, string.Create(CultureInfo.InvariantCulture,
                    $"{year} would be {Sv.Kr(-view.Remaining)} short: {Sv.Kr(view.Pot)} pot {Signed(view.Changes)} changes − {Sv.Kr(view.Commitments)} promised = {Sv.Kr(view.Remaining)}"));
        }

        foreach (var paid in batch.Where(e => e.Kind == LedgerEntryKind.Paid).Select(e => (e.Reference!, e.Year)).Distinct())
        {
            var promised = all.Where(e => e.Year == paid.Year && e.Reference == paid.Item1 && e.Kind is LedgerEntryKind.Commitment or LedgerEntryKind.Decided).Sum(e => e.Amount);
            var total = all.Where(e => e.Year == paid.Year && e.Reference == paid.Item1 && e.Kind == LedgerEntryKind.Paid).Sum(e => e.Amount);
            if (total > promised)
                Add("amount", string.Create(CultureInfo.InvariantCulture,
                    $"{paid.Item1} {paid.Year}: payments of {Sv.Kr(total)} exceed the {Sv.Kr(promised)} granted by {Sv.Kr(total - promised)}"));
        }
        return problems;
    }

    /// <summary>The state of <paramref name="year"/> seen from round <paramref name="roundId"/>: that round's
    /// decisions count as decided this round, every other round's as commitments. With no round, all are commitments.</summary>
    public LedgerYear Year(int year, string? roundId = null) => YearView(_entries, year, roundId);

    /// <summary>What the ledger leaves for new decisions in each year from <paramref name="fromYear"/> to
    /// <paramref name="toYear"/> (both included), seen from round <paramref name="roundId"/>.</summary>
    public IReadOnlyList<LedgerYear> Outlook(int fromYear, int toYear, string? roundId = null) =>
        toYear < fromYear ? [] : Enumerable.Range(fromYear, toYear - fromYear + 1).Select(y => Year(y, roundId)).ToList();

    /// <summary>The years with any entry, ascending.</summary>
    public IReadOnlyList<int> Years => _entries.Select(e => e.Year).Distinct().Order().ToList();

    private static LedgerYear YearView(IEnumerable<LedgerEntry> entries, int year, string? roundId)
    {
        bool hasPot = false;
        decimal pot = 0, changes = 0, commitments = 0, decided = 0, paid = 0;
        foreach (var e in entries)
        {
            if (e.Year != year) continue;
            switch (e.Kind)
            {
                case LedgerEntryKind.PotSet: hasPot = true; pot += e.Amount; break;
                case LedgerEntryKind.BudgetChange: changes += e.Amount; break;
                case LedgerEntryKind.Commitment: commitments += e.Amount; break;
                case LedgerEntryKind.Decided when roundId is not null && string.Equals(e.RoundId, roundId, StringComparison.Ordinal): decided += e.Amount; break;
                case LedgerEntryKind.Decided: commitments += e.Amount; break;
                case LedgerEntryKind.Paid: paid += e.Amount; break;
            }
        }
        var remaining = pot + changes - commitments - decided;
        var explanation = hasPot
            ? string.Create(CultureInfo.InvariantCulture,
                $"{year}: budget {Sv.Kr(pot)} {Signed(changes)} (ändringar) − {Sv.Kr(commitments)} (åtaganden från tidigare beslut) − {Sv.Kr(decided)} (beslutat i omgången) = {Sv.Kr(remaining)} kvar för nya beslut; utbetalt {Sv.Kr(paid)} av {Sv.Kr(commitments + decided)}.")
            : string.Create(CultureInfo.InvariantCulture, $"{year}: ingen budget är beslutad; åtaganden {Sv.Kr(commitments + decided)}.");
        return new LedgerYear(year, hasPot, pot, changes, commitments, decided, paid, explanation);
    }

    private static string Signed(decimal amount) => amount < 0 ? $"− {Sv.Kr(-amount)}" : $"+ {Sv.Kr(amount)}";

    private static string Swedish(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.PotSet => "budget",
        LedgerEntryKind.BudgetChange => "budgetändring",
        LedgerEntryKind.Commitment => "åtagande",
        LedgerEntryKind.Decided => "beslut",
        _ => "utbetalning",
    };
}
