using CsCheck;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class ProposalRulesTests
{
    /// <summary>The year of the issue: pot 10 000 000 for each year, cut 500 000 in 2027, 6 200 000 (2027) and
    /// 4 000 000 (2028) committed by the 2026 round. Remaining: 2027 3 300 000, 2028 6 000 000, 2029 10 000 000.</summary>
    private static BudgetLedger CutLedger() => LedgerWithPots().Add([
        new LedgerEntry(2027, LedgerEntryKind.BudgetChange, -500_000m, Cut.Date, Cut),
        new LedgerEntry(2027, LedgerEntryKind.Decided, 6_200_000m, Earlier.Date, Earlier) { RoundId = "2026", Reference = "A-2026" },
        new LedgerEntry(2028, LedgerEntryKind.Decided, 4_000_000m, Earlier.Date, Earlier) { RoundId = "2026", Reference = "A-2026" },
    ]);

    private static ProposalCandidate C(string id, int rank, params decimal[] amounts) => new(id, rank, Years(amounts));

    private static readonly ProposalCandidate[] Ranked =
    [
        C("A", 1, 1_000_000m, 1_000_000m, 1_000_000m),
        C("B", 2, 1_500_000m),
        C("C", 3, 1_000_000m, 1_000_000m) /* 2027: 3 300 000 − 1 000 000 − 1 500 000 = 800 000 left < 1 000 000 */,
        C("D", 4, 500_000m),
    ];

    [Fact]
    public void Propose_FullFundingStopAtFirstMisfit_DrawsTheLineThere()
    {
        var proposal = ProposalRules.Propose(CutLedger(), "2027", Ranked, ProposalMode.FullFunding);
        Assert.Equal([ProposalOutcome.Funded, ProposalOutcome.Funded, ProposalOutcome.BelowLine, ProposalOutcome.BelowLine], proposal.Lines.Select(l => l.Outcome));
        Assert.Equal(Years(3_300_000m, 6_000_000m, 10_000_000m), proposal.RemainingBefore);
        Assert.Equal(Years(
            3_300_000m - 1_000_000m - 1_500_000m,
            6_000_000m - 1_000_000m,
            10_000_000m - 1_000_000m), proposal.RemainingAfter);
        Assert.Equal("Rang 3: under strecket, här dras strecket: ryms inte (2027 behöver 1\u00A0000\u00A0000\u00A0kr men 800\u00A0000\u00A0kr återstår, saknas 200\u00A0000\u00A0kr).",
            proposal.Lines[2].Explanation);
        Assert.Contains("strecket drogs vid rang 3 (C)", proposal.Lines[3].Explanation);
    }

    [Fact]
    public void Propose_FullFundingSkipMisfits_FundsLowerRankedThatFit()
    {
        var proposal = ProposalRules.Propose(CutLedger(), "2027", Ranked, ProposalMode.FullFunding, MisfitPolicy.SkipMisfits);
        Assert.Equal(["A", "B", "D"], proposal.AboveLine.Select(l => l.ApplicationId));
        Assert.Equal(3_300_000m - 1_000_000m - 1_500_000m - 500_000m, proposal.RemainingAfter[0].Amount);
    }

    [Fact]
    public void Propose_FullFunding_AnApplicationMustFitEveryYear()
    {
        // 2027 has room, 2028 does not: 6 000 000 remain in 2028.
        var proposal = ProposalRules.Propose(CutLedger(), "2027", [C("X", 1, 100_000m, 6_000_001m)], ProposalMode.FullFunding);
        Assert.Equal(ProposalOutcome.BelowLine, proposal.Lines[0].Outcome);
        Assert.Contains("2028 behöver 6\u00A0000\u00A0001\u00A0kr men 6\u00A0000\u00A0000\u00A0kr återstår, saknas 1\u00A0kr", proposal.Lines[0].Explanation);
    }

    [Fact]
    public void Propose_ProportionalScaling_OneFactorFromTheTightestYearRoundedDown()
    {
        // Recommended 2027: 1 000 000 + 1 500 000 + 1 000 000 + 500 000 = 4 000 000 against 3 300 000 remaining: 0,825.
        // 2028: 1 000 000 + 1 000 000 = 2 000 000 against 6 000 000 (3); 2029: 1 000 000 against 10 000 000 (10).
        var proposal = ProposalRules.Propose(CutLedger(), "2027", Ranked, ProposalMode.ProportionalScaling);
        Assert.Equal(3_300_000m / 4_000_000m, proposal.Factor);
        Assert.Equal(Years(825_000m, 825_000m, 825_000m), proposal.Lines[0].Funded);
        Assert.Equal(Years(1_237_500m /* 1 500 000 × 0,825 */), proposal.Lines[1].Funded);
        Assert.Equal(Years(0m, 6_000_000m - 825_000m - 825_000m, 10_000_000m - 825_000m), proposal.RemainingAfter);
        Assert.All(proposal.Lines, l => Assert.Equal(ProposalOutcome.Scaled, l.Outcome));
        Assert.StartsWith("Proportionell nedskalning: faktor 0,8250 = 3\u00A0300\u00A0000\u00A0kr kvar / 4\u00A0000\u00A0000\u00A0kr rekommenderat år 2027", proposal.Explanation);
    }

    [Fact]
    public void Propose_ProportionalScalingWithThirds_RoundsEachAmountDownToWholeKronor()
    {
        // 1 000 000 remaining, 3 × 1 000 000 recommended: factor 1/3; each 333 333,33… rounds down to 333 333; 1 kr stays.
        var ledger = LedgerWithPots(pot: 1_000_000m, to: 2027);
        var proposal = ProposalRules.Propose(ledger, "2027", [C("A", 1, 1_000_000m), C("B", 2, 1_000_000m), C("C", 3, 1_000_000m)], ProposalMode.ProportionalScaling);
        Assert.All(proposal.Lines, l => Assert.Equal(333_333m, l.Funded[0].Amount));
        Assert.Equal(1_000_000m - 3 * 333_333m, proposal.RemainingAfter[0].Amount);
    }

    [Fact]
    public void Propose_ProportionalScalingWhenEverythingFits_FactorOneAmountsUnchanged()
    {
        var proposal = ProposalRules.Propose(CutLedger(), "2027", [C("A", 1, 250_000.50m)], ProposalMode.ProportionalScaling);
        Assert.Equal(1m, proposal.Factor);
        Assert.Equal(250_000.50m, proposal.Lines[0].Funded[0].Amount);
        Assert.Equal(ProposalOutcome.Funded, proposal.Lines[0].Outcome);
    }

    [Fact]
    public void Propose_DuplicateRanks_AreRefused() =>
        Assert.Throws<ArgumentException>(() => ProposalRules.Propose(CutLedger(), "2027", [C("A", 1, 1m), C("B", 1, 1m)], ProposalMode.FullFunding));

    // Properties over random rounds: 1-10 candidates of 1-3 years from 2027, remaining 0-3 000 000 per year.
    private static readonly Gen<(decimal[] Pots, ProposalCandidate[] Candidates)> AnyRound =
        Gen.Select(
            Gen.Int[0, 30].Array[3],
            Gen.Int[1, 3].SelectMany(n => Gen.Int[1, 1_000_000].Array[n]).Array[1, 10])
        .Select(x => (
            x.Item1.Select(p => p * 100_000m).ToArray(),
            x.Item2.Select((amounts, i) => new ProposalCandidate($"A{i:D2}", i + 1, Years(amounts.Select(a => (decimal)a).ToArray()))).ToArray()));

    private static BudgetLedger Ledger(decimal[] pots) =>
        BudgetLedger.Empty("verksamhetsbidrag").Add(pots.Select((p, i) => new LedgerEntry(2027 + i, LedgerEntryKind.PotSet, p, Adopted.Date, Adopted)));

    [Theory]
    [InlineData(ProposalMode.FullFunding, MisfitPolicy.StopAtFirstMisfit)]
    [InlineData(ProposalMode.FullFunding, MisfitPolicy.SkipMisfits)]
    [InlineData(ProposalMode.ProportionalScaling, MisfitPolicy.StopAtFirstMisfit)]
    public void Propose_AnyRound_NeverExceedsAnyYearsRemaining(ProposalMode mode, MisfitPolicy policy)
    {
        AnyRound.Sample(round =>
        {
            var ledger = Ledger(round.Pots);
            var proposal = ProposalRules.Propose(ledger, "2027", round.Candidates, mode, policy);
            return proposal.FundedByYear.All(f => f.Amount <= ledger.Year(f.Year, "2027").Remaining)
                && proposal.RemainingAfter.All(r => r.Amount >= 0)
                && proposal.RemainingAfter.All(r => r.Amount == ledger.Year(r.Year, "2027").Remaining - proposal.FundedByYear.Single(f => f.Year == r.Year).Amount);
        });
    }

    [Fact]
    public void Propose_ProportionalScaling_FactorAtMostOneAndFundedAtMostRecommended()
    {
        AnyRound.Sample(round =>
        {
            var proposal = ProposalRules.Propose(Ledger(round.Pots), "2027", round.Candidates, ProposalMode.ProportionalScaling);
            return proposal.Factor is >= 0m and <= 1m
                && proposal.Lines.All(l => l.Funded.Zip(l.Recommended).All(p =>
                    p.First.Amount <= p.Second.Amount && p.First.Amount == decimal.Floor(p.First.Amount) && p.First.Amount >= 0));
        });
    }

    [Fact]
    public void Propose_FullFundingStopAtFirstMisfit_FundsAPrefixOfTheRanking()
    {
        AnyRound.Sample(round =>
        {
            var proposal = ProposalRules.Propose(Ledger(round.Pots), "2027", round.Candidates, ProposalMode.FullFunding);
            var funded = proposal.Lines.Select(l => l.Outcome == ProposalOutcome.Funded).ToList();
            var prefix = funded.TakeWhile(f => f).Count();
            return funded.Skip(prefix).All(f => !f)
                && proposal.Lines.Where(l => l.Outcome == ProposalOutcome.Funded).All(l => l.Funded.SequenceEqual(l.Recommended));
        });
    }

    [Fact]
    public void Propose_FullFundingSkipMisfits_SkipsOnlyWhatDidNotFitAfterHigherRanks()
    {
        AnyRound.Sample(round =>
        {
            var ledger = Ledger(round.Pots);
            var proposal = ProposalRules.Propose(ledger, "2027", round.Candidates, ProposalMode.FullFunding, MisfitPolicy.SkipMisfits);
            var left = Enumerable.Range(2027, 3).ToDictionary(y => y, y => ledger.Year(y, "2027").Remaining);
            foreach (var line in proposal.Lines)
            {
                var fits = line.Recommended.All(a => a.Amount <= left[a.Year]);
                if (fits != (line.Outcome == ProposalOutcome.Funded)) return false;
                if (fits) foreach (var a in line.Recommended) left[a.Year] -= a.Amount;
            }
            return true;
        });
    }
}
