using Samverka.Kernel;
using Samverka.Modules.Compensation;

namespace Samverka.Modules.Tests.Compensation;

public class CompareRuleSetsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compare_OneBandForAllAges_ShowsTheDropWhenAChildTurnsFourUnderTodaysRules()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        // Turns 4 on 1 September 2008; projected forward, the enrollment has no end.
        await s.ImportAsync("child_id,birth_date,provider_id,start_date,end_date,notice_date\nA01,2004-09-01,769699-1012,2006-08-15,,\n");
        var oneBand = CompensationScenario.Rules() with
        {
            Rates = [new Samverka.Rules.Compensation.RateVersion(new CalendarMonth(2007, 7), "Förslag", [new Samverka.Rules.Compensation.AgeBand(0, 6, 9000.00m)])],
        };
        var proposal = await db.Get<RuleSetFiles>().ImportAsync("En åldersgrupp", CompensationRulesFile.Write(oneBand), "forslag.json", s.Officer, Ct);

        var result = await db.Get<CompareRuleSets>().HandleAsync(s.RuleSetId, proposal, new CalendarMonth(2008, 7), new CalendarMonth(2008, 10), s.Officer, Ct);

        var p = Assert.Single(result.Providers);
        Assert.Equal([10120.00m, 10120.00m, 7480.25m /* 4 år den 1 sep 2008 */, 7480.25m], p.MonthlyA);
        Assert.Equal([9000.00m, 9000.00m, 9000.00m, 9000.00m], p.MonthlyB);
        Assert.Equal(4 * 9000.00m - (2 * 10120.00m + 2 * 7480.25m), p.Difference);
    }

    [Fact]
    public async Task Compare_LongerTransition_ShowsTheCostOfPayingTwoProviders()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        // Moves from Vitsippan to Blåsippan on 1 October 2008 with notice in September: both are paid during the window.
        await s.ImportAsync("child_id,birth_date,provider_id,start_date,end_date,notice_date\n" +
            "M01,2006-01-01,769699-1012,2007-08-01,2008-09-30,2008-09-10\n" +
            "M01,2006-01-01,769699-1020,2008-10-01,,\n");
        var sixMonths = await db.Get<RuleSetFiles>().ImportAsync("Sex månaders övergång", CompensationRulesFile.Write(CompensationScenario.Rules(6)), "sex.json", s.Officer, Ct);

        var result = await db.Get<CompareRuleSets>().HandleAsync(s.RuleSetId, sixMonths, new CalendarMonth(2008, 7), new CalendarMonth(2009, 6), s.Officer, Ct);

        // 3 months: sep (attended), okt, nov at Vitsippan while at Blåsippan. 6 months: okt to feb.
        Assert.Equal(new Samverka.Rules.Compensation.DoublePaymentCost(2, 2 * 10120.00m), result.DoublePaymentA);
        Assert.Equal(new Samverka.Rules.Compensation.DoublePaymentCost(5, 5 * 10120.00m), result.DoublePaymentB);
        Assert.Equal(3 * 10120.00m, result.DoublePaymentDifference);
        var vitsippan = result.Providers.Single(p => p.ProviderId == s.VitsippanId);
        Assert.Equal(result.DoublePaymentB, vitsippan.DoublePaymentB);
        Assert.Equal(3 * 10120.00m, vitsippan.Difference);
        Assert.Equal(Samverka.Rules.Compensation.DoublePaymentCost.None, result.Providers.Single(p => p.ProviderId == s.BlasippanId).DoublePaymentB);
    }
}
