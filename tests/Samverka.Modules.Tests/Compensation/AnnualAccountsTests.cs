using System.Text;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Tests.Compensation;

// Vitsippan in 2008: A01 (born 2006-01-01) is 0-3 år all year (10 120,00 a month), B01 (born 2003-03-15) is 4-6 år all year
// (7 480,25). Costs 100 000 + 20 000 + 6 000 + 4 000 = 130 000 kr over 12 + 12 child-months.
public class AnnualAccountsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SaveAnnualAccount.Request Vitsippan2008(string provider = CompensationScenario.Vitsippan) =>
        new(provider, "2008", "6", "100 000", "20000,00", "6000", "4000",
            [new("0", "3", "12"), new("4", "6", "12"), new(null, null, null)]);

    private static async Task<CompensationScenario> ScenarioAsync(TestDatabase db)
    {
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync("child_id,birth_date,provider_id,start_date,end_date,notice_date\n" +
            "A01,2006-01-01,769699-1012,2007-08-01,,\n" +
            "B01,2003-03-15,769699-1012,2007-08-01,,\n" +
            "C01,2006-05-01,769699-1020,2007-08-01,,\n");
        return s;
    }

    [Fact]
    public async Task CostCoverage_ComparesCostPerChildMonthWithGrantPerBand()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);
        await db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(), s.Officer, Ct);

        var result = await db.Get<GetCostCoverage>().HandleAsync(2008, s.Officer, Ct);

        var cost = Math.Round(130_000.00m / (12 + 12), 2, MidpointRounding.AwayFromZero); // 5 416,67
        Assert.Equal(["0-3 år", "4-6 år"], result.Rows.Select(r => r.Band));
        var young = result.Rows[0];
        Assert.Equal((12, 12, 12 * 10120.00m, 10120.00m, cost), (young.ReportedChildMonths, young.PaidChildMonths, young.Grant, young.GrantPerChildMonth, young.CostPerChildMonth));
        Assert.Equal(Math.Round(100m * 10120.00m / cost, 1, MidpointRounding.AwayFromZero), young.CoveragePercent);
        var older = result.Rows[1];
        Assert.Equal((12 * 7480.25m, 7480.25m), (older.Grant, older.GrantPerChildMonth));
        Assert.Equal(Math.Round(100m * 7480.25m / cost, 1, MidpointRounding.AwayFromZero), older.CoveragePercent);
        Assert.All(result.Rows, r => Assert.Equal(130_000.00m, r.TotalCosts));
        Assert.StartsWith("0-3 år 2008: bidrag 121 440,00 kr / 12 betalda barnmånader = 10 120,00 kr", young.Explanation.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProviderUser_ReportsAndSeesOnlyItsOwnAccounts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);
        var vitsippanUser = await db.ActorAsync(CompensationScenario.Vitsippan, Roles.PartnerUser);
        await db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(CompensationScenario.Blasippan) with { Bands = [new("0", "3", "12")] }, s.Officer, Ct);

        await db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(), vitsippanUser, Ct);
        var other = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(CompensationScenario.Blasippan), vitsippanUser, Ct));

        Assert.Equal("ProviderNumber", Assert.Single(other.Problems).Field);
        var own = await db.Get<GetCostCoverage>().HandleAsync(2008, vitsippanUser, Ct);
        Assert.All(own.Rows, r => Assert.Equal(CompensationScenario.Vitsippan, r.ProviderNumber));
        Assert.Equal(2, own.Rows.Count);
        var all = await db.Get<GetCostCoverage>().HandleAsync(2008, s.Officer, Ct);
        Assert.Equal([CompensationScenario.Blasippan, CompensationScenario.Vitsippan, CompensationScenario.Vitsippan], all.Rows.Select(r => r.ProviderNumber));
        var blasippan = await db.FreshContext().Set<ProviderAnnualAccount>().Include(a => a.Bands).SingleAsync(a => a.ProviderId == s.BlasippanId, Ct);
        Assert.Equal(12, Assert.Single(blasippan.Bands).ChildMonths); // untouched by the provider user's attempt
    }

    [Fact]
    public async Task OtherMunicipality_NeitherSeesNorReportsTheAccounts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);
        await db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(), s.Officer, Ct);
        var stranger = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);

        Assert.Empty((await db.Get<GetCostCoverage>().HandleAsync(2008, stranger, Ct)).Rows);
        var refused = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(), stranger, Ct));
        Assert.Contains("not one of the municipality's providers", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        var controller = await db.ActorAsync(Numbers.Harnosand, Roles.Controller);
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<SaveAnnualAccount>().HandleAsync(Vitsippan2008(), controller, Ct));
    }

    [Fact]
    public async Task Save_BadFields_NamesEachFieldAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);

        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveAnnualAccount>().HandleAsync(
            new SaveAnnualAccount.Request(CompensationScenario.Vitsippan, "1999", "sex", "-5", "1,234", "", "0", [new("0", "3", "12"), new("3", null, "2")]), s.Officer, Ct));

        Assert.Equal(["Year", "Places", "StaffCosts", "PremisesCosts", "FoodCosts", "Bands[0].MinAge"], e.Problems.Select(p => p.Field));
        Assert.Equal(0, await db.FreshContext().Set<ProviderAnnualAccount>().CountAsync(Ct));
    }

    [Fact]
    public async Task Import_GoodFile_SavesEveryAccountAndReimportReplaces()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);
        const string csv = "provider_id;year;places;staff_costs;premises_costs;food_costs;other_costs;min_age;max_age;child_months\n"
            + "769699-1012;2008;6;100000;20000;6000;4000;0;3;12\n"
            + "769699-1012;2008;;;;;;4;6;12\n"
            + "769699-1020;2008;4;80000,50;10000;5000;0;0;3;12\n";

        var first = await db.Get<ImportAnnualAccounts>().HandleAsync(Encoding.UTF8.GetBytes(csv), "bokslut.csv", s.Officer, Ct);
        var again = await db.Get<ImportAnnualAccounts>().HandleAsync(Encoding.UTF8.GetBytes(csv.Replace("80000,50", "90000", StringComparison.Ordinal)), "bokslut.csv", s.Officer, Ct);

        Assert.Equal((2, 2), (first.Accounts, again.Accounts));
        var accounts = await db.FreshContext().Set<ProviderAnnualAccount>().Include(a => a.Bands).OrderBy(a => a.Places).ToListAsync(Ct);
        Assert.Equal(2, accounts.Count);
        Assert.Equal((90_000.00m, 1), (accounts[0].StaffCosts, accounts[0].Bands.Count));
        Assert.Equal((100_000.00m + 20_000.00m + 6_000.00m + 4_000.00m, 12 + 12),
            (accounts[1].StaffCosts + accounts[1].PremisesCosts + accounts[1].FoodCosts + accounts[1].OtherCosts, accounts[1].Bands.Sum(b => b.ChildMonths)));
    }

    [Fact]
    public async Task Import_BadRows_ListsFileLineAndColumnAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await ScenarioAsync(db);
        var vitsippanUser = await db.ActorAsync(CompensationScenario.Vitsippan, Roles.PartnerUser);
        const string csv = "provider_id,year,places,staff_costs,premises_costs,food_costs,other_costs,min_age,max_age,child_months\n"
            + "769699-1012,2008,6,100000,20000,6000,4000,0,3,12\n"     // line 2: fine
            + "769699-1012,2008,6,99000,,,,4,6,12\n"                   // line 3: another staff cost for the same account
            + "769699-1012,2008,,,,,,3,3,1\n"                          // line 4: overlaps 0-3
            + "769699-1020,2008,4,1000,0,0,0,0,3,12\n"                 // line 5: another provider's accounts
            + "769699-1012,20x8,6,1000,0,0,0,0,3,12\n";                // line 6: not a year

        var e = await Assert.ThrowsAsync<InputProblemsException>(() =>
            db.Get<ImportAnnualAccounts>().HandleAsync(Encoding.UTF8.GetBytes(csv), "bokslut.csv", vitsippanUser, Ct));

        Assert.Equal([("bokslut.csv", 3, "staff_costs"), ("bokslut.csv", 4, "min_age"), ("bokslut.csv", 5, "provider_id"), ("bokslut.csv", 6, "year")],
            e.Problems.Select(p => (p.Source, p.Line ?? 0, p.Field)).OrderBy(p => p.Item2));
        Assert.Equal(0, await db.FreshContext().Set<ProviderAnnualAccount>().CountAsync(Ct));
    }
}
