using System.Globalization;

namespace Samverka.Rules.Grants;

/// <summary>How a proposal funds the ranked applications; the round chooses.</summary>
public enum ProposalMode
{
    /// <summary>In rank order, each application in full or not at all: it is funded only when every one of its
    /// years fits in what remains.</summary>
    FullFunding,

    /// <summary>Every recommended amount scaled by one factor for the whole round: the largest factor ≤ 1 at which
    /// every year fits; amounts rounded down to whole kronor.</summary>
    ProportionalScaling,
}

/// <summary>What <see cref="ProposalMode.FullFunding"/> does with the first application that does not fit.</summary>
public enum MisfitPolicy
{
    /// <summary>The line is drawn there: it and every lower-ranked application fall below the line (default).</summary>
    StopAtFirstMisfit,

    /// <summary>It falls below the line, and lower-ranked applications that still fit are funded.</summary>
    SkipMisfits,
}

/// <summary>What a proposal line does with its application.</summary>
public enum ProposalOutcome
{
    /// <summary>Funded as recommended.</summary>
    Funded,

    /// <summary>Funded at the round's factor below 1, rounded down to whole kronor.</summary>
    Scaled,

    /// <summary>Not funded: it falls below the line.</summary>
    BelowLine,
}

/// <summary>A ranked application with the amounts the officers recommend.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Rank">Its place in the ranking, 1 = best; distinct within a proposal.</param>
/// <param name="Recommended">Recommended amount per year: above zero, whole öre, distinct years.</param>
public sealed record ProposalCandidate(string ApplicationId, int Rank, IReadOnlyList<YearAmount> Recommended);

/// <summary>One application's line of a proposal.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Rank">Its rank.</param>
/// <param name="Recommended">Recommended per year.</param>
/// <param name="Funded">Proposed per year, same years (0 when below the line).</param>
/// <param name="Outcome">Funded, scaled or below the line.</param>
/// <param name="Explanation">Why, in Swedish.</param>
public sealed record ProposalLine(string ApplicationId, int Rank, IReadOnlyList<YearAmount> Recommended, IReadOnlyList<YearAmount> Funded, ProposalOutcome Outcome, string Explanation);

/// <summary>A proposal for a round: lines in rank order and what remains per year before and after it.</summary>
/// <param name="Mode">How it funds.</param>
/// <param name="Policy">For full funding: what it does with a misfit.</param>
/// <param name="Factor">For proportional scaling: the round's factor (0-1, not rounded); null for full funding.</param>
/// <param name="Lines">One line per candidate, in rank order.</param>
/// <param name="RemainingBefore">Remaining for new decisions per year concerned, before the proposal.</param>
/// <param name="RemainingAfter">Remaining per year concerned if the proposal is decided; never below zero.</param>
/// <param name="Explanation">Summary in Swedish.</param>
public sealed record RoundProposal(
    ProposalMode Mode,
    MisfitPolicy Policy,
    decimal? Factor,
    IReadOnlyList<ProposalLine> Lines,
    IReadOnlyList<YearAmount> RemainingBefore,
    IReadOnlyList<YearAmount> RemainingAfter,
    string Explanation)
{
    /// <summary>The lines that receive money.</summary>
    public IReadOnlyList<ProposalLine> AboveLine => Lines.Where(l => l.Outcome != ProposalOutcome.BelowLine).ToList();

    /// <summary>The lines that fall below the line.</summary>
    public IReadOnlyList<ProposalLine> BelowLine => Lines.Where(l => l.Outcome == ProposalOutcome.BelowLine).ToList();

    /// <summary>The proposed amounts per year, summed over lines.</summary>
    public IReadOnlyList<YearAmount> FundedByYear =>
        Lines.SelectMany(l => l.Funded).GroupBy(a => a.Year).OrderBy(g => g.Key).Select(g => new YearAmount(g.Key, g.Sum(a => a.Amount))).ToList();
}

/// <summary>Makes the proposal for a round from ranked candidates and the budget ledger.</summary>
public static class ProposalRules
{
    /// <summary>Funds <paramref name="candidates"/> in rank order within what remains for new decisions in every year
    /// concerned, as seen from round <paramref name="roundId"/> of <paramref name="ledger"/>.</summary>
    /// <remarks>A year without a pot has nothing remaining. With <see cref="ProposalMode.ProportionalScaling"/> the
    /// factor is min over years of remaining / recommended (capped at 1, and 0 when a year has nothing left), and each
    /// amount is recommended × factor rounded down to whole kronor, so the sum of a year never exceeds what remains.</remarks>
    /// <exception cref="ArgumentException">Two candidates share a rank or an application, or a recommended amount is
    /// not above zero in whole öre, or a candidate names a year twice.</exception>
    public static RoundProposal Propose(BudgetLedger ledger, string roundId, IReadOnlyList<ProposalCandidate> candidates, ProposalMode mode, MisfitPolicy policy = MisfitPolicy.StopAtFirstMisfit)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(candidates);
        CheckCandidates(candidates);
        var ordered = candidates.OrderBy(c => c.Rank).ToList();
        var years = ordered.SelectMany(c => c.Recommended.Select(a => a.Year)).Distinct().Order().ToList();
        var before = years.ToDictionary(y => y, y => Math.Max(0m, ledger.Year(y, roundId).Remaining));
        var remaining = new Dictionary<int, decimal>(before);
        var lines = new List<ProposalLine>(ordered.Count);
        decimal? factor = null;
        string summary;

        if (mode == ProposalMode.FullFunding)
        {
            ProposalCandidate? lineDrawnAt = null;
            foreach (var c in ordered)
            {
                var recommended = Sorted(c.Recommended);
                if (lineDrawnAt is not null)
                {
                    lines.Add(Below(c, recommended,
                        $"Rang {c.Rank}: under strecket; strecket drogs vid rang {lineDrawnAt.Rank} ({lineDrawnAt.ApplicationId}) som inte ryms."));
                    continue;
                }
                var misfits = recommended.Where(a => a.Amount > remaining[a.Year]).ToList();
                if (misfits.Count == 0)
                {
                    var parts = recommended.Select(a => $"{a.Year}: {Sv.Kr(a.Amount)} av {Sv.Kr(remaining[a.Year])} kvar");
                    foreach (var a in recommended) remaining[a.Year] -= a.Amount;
                    lines.Add(new ProposalLine(c.ApplicationId, c.Rank, recommended, recommended, ProposalOutcome.Funded,
                        $"Rang {c.Rank}: beviljas i sin helhet; ryms alla år ({string.Join("; ", parts)})."));
                    continue;
                }
                var shortBy = string.Join("; ", misfits.Select(a =>
                    $"{a.Year} behöver {Sv.Kr(a.Amount)} men {Sv.Kr(remaining[a.Year])} återstår, saknas {Sv.Kr(a.Amount - remaining[a.Year])}"));
                if (policy == MisfitPolicy.StopAtFirstMisfit)
                {
                    lineDrawnAt = c;
                    lines.Add(Below(c, recommended, $"Rang {c.Rank}: under strecket, här dras strecket: ryms inte ({shortBy})."));
                }
                else
                {
                    lines.Add(Below(c, recommended, $"Rang {c.Rank}: under strecket, hoppas över: ryms inte ({shortBy}); lägre rankade som ryms beviljas."));
                }
            }
            summary = policy == MisfitPolicy.StopAtFirstMisfit
                ? "Full finansiering i rangordning; strecket dras vid första ansökan som inte ryms."
                : "Full finansiering i rangordning; ansökningar som inte ryms hoppas över och lägre rankade som ryms beviljas.";
        }
        else
        {
            var f = 1m;
            int? binding = null;
            foreach (var y in years)
            {
                var asked = ordered.SelectMany(c => c.Recommended).Where(a => a.Year == y).Sum(a => a.Amount);
                var fy = remaining[y] / asked;
                if (fy < f) { f = fy; binding = y; }
            }
            factor = f;
            foreach (var c in ordered)
            {
                var recommended = Sorted(c.Recommended);
                var funded = recommended.Select(a => new YearAmount(a.Year, f == 1m ? a.Amount : decimal.Floor(a.Amount * f))).ToList();
                foreach (var a in funded) remaining[a.Year] -= a.Amount;
                var parts = string.Join("; ", recommended.Zip(funded, (r, x) => $"{r.Year}: {Sv.Kr(r.Amount)} × {Sv.Number(f, 4)} = {Sv.Kr(x.Amount)}"));
                var outcome = funded.All(a => a.Amount == 0) ? ProposalOutcome.BelowLine : f == 1m ? ProposalOutcome.Funded : ProposalOutcome.Scaled;
                var text = outcome switch
                {
                    ProposalOutcome.Funded => $"Rang {c.Rank}: beviljas i sin helhet; alla rekommenderade belopp ryms.",
                    ProposalOutcome.Scaled => $"Rang {c.Rank}: skalas ned med omgångens faktor, avrundat nedåt till hela kronor ({parts}).",
                    _ => $"Rang {c.Rank}: under strecket: faktorn {Sv.Number(f, 4)} ger 0 kr ({parts}).",
                };
                lines.Add(new ProposalLine(c.ApplicationId, c.Rank, recommended, funded, outcome, text));
            }
            summary = binding is { } b
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Proportionell nedskalning: faktor {Sv.Number(f, 4)} = {Sv.Kr(before[b])} kvar / {Sv.Kr(ordered.SelectMany(c => c.Recommended).Where(a => a.Year == b).Sum(a => a.Amount))} rekommenderat år {b}, det år som räcker minst; belopp avrundas nedåt till hela kronor.")
                : "Proportionell nedskalning: alla rekommenderade belopp ryms (faktor 1).";
        }

        // Rounding down keeps every year within what remains; a breach would be a defect here, not bad input.
        if (remaining.Values.Any(r => r < 0)) throw new InvalidOperationException("The proposal exceeds the remaining budget of a year.");
        var after = years.Select(y => new YearAmount(y, remaining[y])).ToList();
        var leaves = string.Join("; ", after.Select(a => $"{a.Year}: {Sv.Kr(a.Amount)}"));
        return new RoundProposal(mode, policy, factor, lines,
            years.Select(y => new YearAmount(y, before[y])).ToList(), after,
            $"{summary} Kvar för nya beslut efter förslaget: {(leaves.Length == 0 ? "inga år berörs" : leaves)}.");
    }

    private static ProposalLine Below(ProposalCandidate c, IReadOnlyList<YearAmount> recommended, string why) =>
        new(c.ApplicationId, c.Rank, recommended, recommended.Select(a => new YearAmount(a.Year, 0m)).ToList(), ProposalOutcome.BelowLine, why);

    private static List<YearAmount> Sorted(IReadOnlyList<YearAmount> amounts) => amounts.OrderBy(a => a.Year).ToList();

    private static void CheckCandidates(IReadOnlyList<ProposalCandidate> candidates)
    {
        var rank = candidates.GroupBy(c => c.Rank).FirstOrDefault(g => g.Count() > 1);
        if (rank is not null) throw new ArgumentException($"Rank {rank.Key} is given to {rank.Count()} candidates.", nameof(candidates));
        var app = candidates.GroupBy(c => c.ApplicationId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (app is not null) throw new ArgumentException($"Application {app.Key} is a candidate more than once.", nameof(candidates));
        foreach (var c in candidates)
        {
            if (c.Recommended.Select(a => a.Year).Distinct().Count() != c.Recommended.Count)
                throw new ArgumentException($"Application {c.ApplicationId} names a year twice.", nameof(candidates));
            foreach (var a in c.Recommended)
                if (a.Amount <= 0 || a.Amount != Math.Round(a.Amount, 2))
                    throw new ArgumentException($"Application {c.ApplicationId}: {a.Amount.ToString(CultureInfo.InvariantCulture)} for {a.Year} is not an amount above zero in whole öre.", nameof(candidates));
        }
    }
}
