using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class PartnershipRulesTests
{
    private const string Lines = """
        2027; kommun; pengar; 400 000;; Verksamhetsbidrag
        2027; kommun; lokaler; 120000,50;; Lokal på Storgatan 3
        2027; partner; personal; 80000; 200; Ideella ledare
        2028; kommun; pengar; 350000
        2028; kommun; pengar; 50000;; Tillägg för sommarverksamhet
        """;

    private static IReadOnlyList<Contribution> Read(string text)
    {
        var problems = new List<InputProblem>();
        var read = PartnershipRules.ReadContributions("iop", "Contributions", text, problems);
        Assert.Empty(problems);
        return read;
    }

    [Fact]
    public void ReadContributions_FiveLines_ReadsPartyKindValueAndHours()
    {
        var c = Read(Lines);
        Assert.Equal(5, c.Count);
        Assert.Equal(new Contribution(2027, PartnershipParty.Municipality, ContributionKind.Premises, 120_000.50m, null, "Lokal på Storgatan 3"), c[1]);
        Assert.Equal(new Contribution(2027, PartnershipParty.Partner, ContributionKind.StaffTime, 80_000m, 200m, "Ideella ledare"), c[2]);
    }

    [Fact]
    public void MunicipalMoney_PerYear_SumsOnlyTheMunicipalitysMoney()
    {
        Assert.Equal([new YearAmount(2027, 400_000m), new YearAmount(2028, 350_000m + 50_000m)], PartnershipRules.MunicipalMoney(Read(Lines)));
    }

    [Fact]
    public void Explain_AYearOfOneParty_ShowsEachContributionAndTheirSum()
    {
        Assert.Equal("2027: kommunen 400\u00a0000\u00a0kr pengar + 120\u00a0000,50\u00a0kr lokaler = 520\u00a0000,50\u00a0kr",
            PartnershipRules.Explain(Read(Lines), 2027, PartnershipParty.Municipality));
        Assert.Equal("2027: partnern 80\u00a0000\u00a0kr personaltid (200 timmar) = 80\u00a0000\u00a0kr", PartnershipRules.Explain(Read(Lines), 2027, PartnershipParty.Partner));
    }

    [Theory]
    [InlineData("2027; kommun; pengar", 1, "write year; party; kind")]
    [InlineData("2027; kommun; pengar; 1\n20x7; kommun; pengar; 1", 2, "'20x7' is not a year")]
    [InlineData("2027; staden; pengar; 1", 1, "'staden' is not a party")]
    [InlineData("2027; kommun; bilar; 1", 1, "'bilar' is not a kind")]
    [InlineData("2027; kommun; pengar; -5", 1, "is negative")]
    [InlineData("2027; kommun; pengar; 0", 1, "the municipality's money for a year is above zero")]
    [InlineData("2027; kommun; pengar; 1,005", 1, "not a whole number of öre")]
    [InlineData("2027; partner; personal; 8000", 1, "staff time needs its hours")]
    [InlineData("2027; kommun; lokaler; 8000; 12", 1, "only staff time has hours")]
    public void ReadContributions_ABadLine_NamesTheLineAndWhatIsWrong(string text, int line, string message)
    {
        var problems = new List<InputProblem>();
        PartnershipRules.ReadContributions("iop", "Contributions", text, problems);
        var p = Assert.Single(problems);
        Assert.Equal(("iop", (int?)line, "Contributions"), (p.Source, p.Line, p.Field));
        Assert.Contains(message, p.Message);
    }

    [Fact]
    public void ReadIndicators_NameUnitTarget_AndATwiceAgreedNameIsRefused()
    {
        var problems = new List<InputProblem>();
        var read = PartnershipRules.ReadIndicators("iop", "Indicators", "Deltagare; personer; 40\nTräffar; st; 35,5\ndeltagare; personer; 1", problems);
        Assert.Equal([new AgreedIndicator("Deltagare", "personer", 40m), new AgreedIndicator("Träffar", "st", 35.5m)], read);
        Assert.Equal(3, Assert.Single(problems).Line);
    }

    [Fact]
    public void CheckTerm_AContributionOutsideTheTerm_IsRefused()
    {
        var problems = new List<InputProblem>();
        PartnershipRules.CheckTerm("iop", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), Read(Lines), problems);
        Assert.Contains("2028 is outside the term 2027-01-01 – 2027-12-31", Assert.Single(problems).Message);
    }

    [Theory]
    // Remaining 2027: 10 000 000 − 9 000 000 decided = 1 000 000; 2028: 10 000 000.
    [InlineData(1_000_000, 400_000, true, 1_000_000 - 1_000_000)]
    [InlineData(600_000, 400_000, true, 1_000_000 - 600_000)]
    [InlineData(1_000_001, 400_000, false, 1_000_000)]
    public void Commit_MoneyAgainstTheRemainingOfEachYear_FitsOrIsRefusedWholly(int money2027, int money2028, bool fits, int remaining2027After)
    {
        var ledger = LedgerWithPots().Add(new LedgerEntry(2027, LedgerEntryKind.Decided, 9_000_000m, Committee.Date, Committee) { RoundId = "R", Reference = "A" });
        var problems = new List<InputProblem>();
        var entries = PartnershipRules.Commit(ledger, "IOP-1", Committee, [new YearAmount(2027, money2027), new YearAmount(2028, money2028)], problems);
        Assert.Equal(fits, problems.Count == 0);
        if (fits) ledger = ledger.Add(entries);
        else Assert.Equal("2027: the municipality's 1\u00a0000\u00a0001\u00a0kr exceeds the 1\u00a0000\u00a0000\u00a0kr remaining in the programme's budget by 1\u00a0kr", Assert.Single(problems).Message);
        Assert.Equal((decimal)remaining2027After, ledger.Year(2027).Remaining);
        Assert.Equal(fits ? (decimal)money2027 : 0m, PartnershipRules.Commitments(ledger, 2027));
    }

    [Fact]
    public void Commit_InAYearWithoutABudget_IsRefused()
    {
        var problems = new List<InputProblem>();
        PartnershipRules.Commit(LedgerWithPots(to: 2027), "IOP-1", Committee, [new YearAmount(2028, 1m)], problems);
        Assert.Contains("the programme has no budget for 2028", Assert.Single(problems).Message);
    }

    private static readonly Gen<(bool Iop, int Year, int Amount, int Other)> AnyStep =
        Gen.Select(Gen.Bool, Gen.Int[2027, 2029], Gen.Int[1, 30], Gen.Int[0, 3]);

    [Fact]
    public void Commit_MixedWithGrantDecisions_NeverLeavesAYearBelowZero_AndRecordsEveryAcceptedIop()
    {
        AnyStep.List[1, 40].Sample(steps =>
        {
            var ledger = LedgerWithPots(pot: 2_000_000m);
            var iop = new Dictionary<int, decimal> { [2027] = 0m, [2028] = 0m, [2029] = 0m };
            foreach (var (isIop, year, amount, other) in steps)
            {
                var money = amount * 100_000m;
                if (isIop)
                {
                    var problems = new List<InputProblem>();
                    var years = new[] { new YearAmount(year, money), new YearAmount(Math.Min(2029, year + 1), money / 2) }.GroupBy(y => y.Year).Select(g => new YearAmount(g.Key, g.Sum(y => y.Amount))).ToList();
                    var entries = PartnershipRules.Commit(ledger, $"IOP-{other}", Committee, years, problems);
                    if (problems.Count == 0)
                    {
                        ledger = ledger.Add(entries);
                        foreach (var y in years) iop[y.Year] += y.Amount;
                    }
                }
                else
                {
                    try { ledger = ledger.Add(new LedgerEntry(year, LedgerEntryKind.Decided, money, Committee.Date, Committee) { RoundId = $"R{other}", Reference = $"A{other}" }); }
                    catch (InputProblemsException) { /* refused: the ledger is unchanged */ }
                }
                foreach (var y in new[] { 2027, 2028, 2029 })
                    if (ledger.Year(y).Remaining < 0 || PartnershipRules.Commitments(ledger, y) != iop[y]) return false;
            }
            return true;
        });
    }
}
