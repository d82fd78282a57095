using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class BudgetLedgerTests
{
    private static LedgerEntry Entry(int year, LedgerEntryKind kind, decimal amount, string? round = null, string? reference = null) =>
        new(year, kind, amount, Committee.Date, Committee) { RoundId = round, Reference = reference };

    [Theory]
    [InlineData(10_000_000, -500_000, 6_200_000, 0, 10_000_000 - 500_000 - 6_200_000)]
    [InlineData(10_000_000, -500_000, 6_200_000, 3_300_000, 10_000_000 - 500_000 - 6_200_000 - 3_300_000 /* exactly zero is allowed */)]
    [InlineData(10_000_000, 250_000, 0, 1_000_000, 10_000_000 + 250_000 - 0 - 1_000_000)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Year_PotChangesCommitmentsDecided_RemainingIsTheDerivation(int pot, int change, int committed, int decided, int remaining)
    {
        var entries = new List<LedgerEntry> { Entry(2027, LedgerEntryKind.PotSet, pot) };
        if (change != 0) entries.Add(Entry(2027, LedgerEntryKind.BudgetChange, change));
        if (committed != 0) entries.Add(Entry(2027, LedgerEntryKind.Decided, committed, round: "2026", reference: "earlier"));
        if (decided != 0) entries.Add(Entry(2027, LedgerEntryKind.Decided, decided, round: "2027", reference: "new"));
        var year = BudgetLedger.Empty("verksamhetsbidrag").Add(entries).Year(2027, roundId: "2027");
        Assert.Equal((decimal)remaining, year.Remaining);
        Assert.Equal((decimal)(pot + change - committed), year.Available);
        Assert.Equal((decimal)committed, year.Commitments);
        Assert.Equal((decimal)decided, year.DecidedThisRound);
    }

    [Fact]
    public void Year_ThePotCutByHalfAMillion_ExplainsWhatIsLeftForNewDecisions()
    {
        var ledger = LedgerWithPots().Add([
            Entry(2027, LedgerEntryKind.BudgetChange, -500_000m),
            Entry(2027, LedgerEntryKind.Decided, 6_200_000m, round: "2026", reference: "A-2026-3"),
        ]);
        Assert.Equal(
            "2027: budget 10\u00A0000\u00A0000\u00A0kr − 500\u00A0000\u00A0kr (ändringar) − 6\u00A0200\u00A0000\u00A0kr (åtaganden från tidigare beslut) " +
            "− 0\u00A0kr (beslutat i omgången) = 3\u00A0300\u00A0000\u00A0kr kvar för nya beslut; utbetalt 0\u00A0kr av 6\u00A0200\u00A0000\u00A0kr.",
            ledger.Year(2027, "2027").Explanation);
    }

    [Fact]
    public void Add_DecisionAboveRemaining_IsRefusedNamingTheYearAndShortfall()
    {
        var ledger = LedgerWithPots().Add(Entry(2028, LedgerEntryKind.Commitment, 9_800_000m, reference: "IOP-7"));
        var ex = Assert.Throws<InputProblemsException>(() => ledger.Add([
            Entry(2027, LedgerEntryKind.Decided, 500_000m, round: "2027", reference: "A"),
            Entry(2028, LedgerEntryKind.Decided, 500_000m, round: "2027", reference: "A"),
        ]));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("budget[2028]", problem.Field);
        Assert.Contains("2028 would be 300\u00A0000\u00A0kr short" /* 10 000 000 − 9 800 000 − 500 000 = −300 000 */, problem.Message);
        Assert.Equal(3 /* pots */ + 1 /* IOP-7 */, ledger.Entries.Count); // all or nothing: the ledger is unchanged
    }

    [Fact]
    public void Add_CutBelowWhatIsPromised_IsRefused()
    {
        var ledger = LedgerWithPots().Add(Entry(2027, LedgerEntryKind.Commitment, 9_800_000m, reference: "IOP-7"));
        var ex = Assert.Throws<InputProblemsException>(() => ledger.Add(Entry(2027, LedgerEntryKind.BudgetChange, -500_000m)));
        Assert.Contains("300\u00A0000\u00A0kr short" /* 10 000 000 − 500 000 − 9 800 000 */, Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Add_PromiseInAYearWithoutPot_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => LedgerWithPots(to: 2028).Add(Entry(2029, LedgerEntryKind.Decided, 1m, round: "2027", reference: "A")));
        Assert.Contains("2029 has no pot", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Add_SecondPotForAYear_IsRefused() =>
        Assert.Throws<InputProblemsException>(() => LedgerWithPots().Add(Entry(2027, LedgerEntryKind.PotSet, 9_500_000m)));

    [Theory]
    [InlineData(LedgerEntryKind.Decided, 0)]
    [InlineData(LedgerEntryKind.Commitment, -1)]
    [InlineData(LedgerEntryKind.BudgetChange, 0)]
    [InlineData(LedgerEntryKind.PotSet, -1)]
    public void Add_AmountWithWrongSign_IsRefused(LedgerEntryKind kind, int amount) =>
        Assert.Throws<InputProblemsException>(() => BudgetLedger.Empty("p").Add(Entry(2030, kind, amount, round: "r", reference: "x")));

    [Fact]
    public void Add_PaymentAboveWhatWasGranted_IsRefused()
    {
        var ledger = LedgerWithPots().Add(Entry(2027, LedgerEntryKind.Decided, 400_000m, round: "2027", reference: "A"));
        var paid = ledger.Add(Entry(2027, LedgerEntryKind.Paid, 400_000m, reference: "A"));
        Assert.Equal((400_000m, 0m), (paid.Year(2027).Paid, paid.Year(2027).Unpaid));
        Assert.Throws<InputProblemsException>(() => paid.Add(Entry(2027, LedgerEntryKind.Paid, 1m, reference: "A")));
    }

    [Fact]
    public void Outlook_MultiYearDecisions_ShowWhatEachComingYearLeaves()
    {
        var ledger = LedgerWithPots().Add([
            Entry(2027, LedgerEntryKind.BudgetChange, -500_000m),
            Entry(2027, LedgerEntryKind.Decided, 3_000_000m, round: "2027", reference: "A"),
            Entry(2028, LedgerEntryKind.Decided, 3_000_000m, round: "2027", reference: "A"),
            Entry(2028, LedgerEntryKind.Commitment, 1_000_000m, reference: "IOP-7"),
        ]);
        var fromThisRound = ledger.Outlook(2027, 2029, "2027");
        Assert.Equal([
            10_000_000m - 500_000m - 3_000_000m,
            10_000_000m - 1_000_000m - 3_000_000m,
            10_000_000m,
        ], fromThisRound.Select(y => y.Remaining));
        // Next year's round sees this round's decisions as commitments.
        var fromNextRound = ledger.Year(2028, "2028");
        Assert.Equal((1_000_000m + 3_000_000m, 0m), (fromNextRound.Commitments, fromNextRound.DecidedThisRound));
    }

    private static readonly Gen<LedgerEntry> AnyEntry =
        Gen.Select(Gen.Int[2027, 2029], Gen.Int[0, 4], Gen.Int[1, 40], Gen.Int[0, 3]).Select(x => x.Item2 switch
        {
            0 => Entry(x.Item1, LedgerEntryKind.BudgetChange, -x.Item3 * 100_000m),
            1 => Entry(x.Item1, LedgerEntryKind.BudgetChange, x.Item3 * 50_000m),
            2 => Entry(x.Item1, LedgerEntryKind.Commitment, x.Item3 * 100_000m, reference: $"IOP-{x.Item4}"),
            3 => Entry(x.Item1, LedgerEntryKind.Decided, x.Item3 * 100_000m, round: $"R{x.Item4}", reference: $"A{x.Item4}"),
            _ => Entry(x.Item1, LedgerEntryKind.Paid, x.Item3 * 10_000m, reference: $"A{x.Item4}"),
        });

    [Fact]
    public void Add_AnySequenceOfAcceptedEntries_NeverLeavesAYearBelowZero()
    {
        AnyEntry.List[1, 40].Sample(entries =>
        {
            var ledger = LedgerWithPots(pot: 2_000_000m);
            foreach (var e in entries)
            {
                try { ledger = ledger.Add(e); }
                catch (InputProblemsException) { /* refused: the ledger is unchanged */ }
                foreach (var year in new[] { 2027, 2028, 2029 })
                {
                    var view = ledger.Year(year);
                    if (view.Remaining < 0 || view.Paid > view.Granted) return false;
                }
            }
            return true;
        });
    }
}
