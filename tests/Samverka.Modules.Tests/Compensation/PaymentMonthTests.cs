using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Compensation;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Tests.Compensation;

public class PaymentMonthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "child_id,birth_date,provider_id,start_date,end_date,notice_date\n";

    [Fact]
    public async Task Preview_OfOpenMonth_PaysEachChildWithItsExplanation()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\nB02,2003-02-20,769699-1012,2007-01-01,,\nC03,2005-05-10,769699-1020,2007-09-17,,\n");

        var preview = await s.PreviewAsync("2007-09");

        Assert.False(preview.Approved);
        Assert.Equal(
            [("A01", 10120.00m /* 3 år den 1 sep 2007: 0-3 år */), ("B02", 7480.25m /* 4 år: 4-6 år */), ("C03", 4722.67m /* 10 120,00 × 14/30 = 4 722,666… */)],
            preview.Lines.Select(l => (l.ChildKey, l.Amount)).ToArray());
        Assert.Equal("3 år den 1 sep 2007, 0-3 år enligt taxa från 2007-07 (KS 2007-06-14 § 98): 10\u00A0120,00\u00A0kr", preview.Lines[0].Explanation);
        var vitsippan = preview.Providers.Single(p => p.ProviderId == s.VitsippanId);
        Assert.Equal(10120.00m + 7480.25m, vitsippan.Total);
        Assert.Equal(2, vitsippan.Children);
    }

    [Fact]
    public async Task Approve_Twice_IsRefusedAndTheMonthNeverChanges()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");
        var approved = await s.ApproveAsync("2007-09");
        Assert.True(approved.Approved);

        var twice = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-09"));
        Assert.Contains("2007-09 is already approved", twice.Problems.Single().Message);
        await s.ApproveAsync("2007-10");
        var closed = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-09"));
        Assert.Contains("already approved", closed.Problems.Single().Message);
        var skip = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-12"));
        Assert.Contains("skips 2007-11", skip.Problems.Single().Message);
        var before = await Assert.ThrowsAsync<InputProblemsException>(() => s.PreviewAsync("2007-08"));
        Assert.Contains("closed", before.Problems.Single().Message);

        await using var fresh = db.FreshContext();
        Assert.Equal(2, await fresh.Set<PaymentMonth>().CountAsync(m => m.MunicipalityId == s.MunicipalityId, Ct));
    }

    [Fact]
    public async Task LateNotice_AfterMonthClosed_PaysCorrectionInNextMonthPointingAtCorrectedLine()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        // A01 leaves on 15 October; October is paid prorated: 10 120,00 × 15/31 = 4 896,77.
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,2007-10-15,\n");
        var october = await s.ApproveAsync("2007-10");
        var paid = october.Lines.Single();
        Assert.Equal(4896.77m, paid.Amount);

        // The family's notice of 12 September arrives late: October is transition month 2 of 3, paid in full.
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,2007-10-15,2007-09-12\n", "sen-uppsagning.csv");
        var november = await s.PreviewAsync("2007-11");

        var correction = november.Lines.Single(l => l.Kind == PaymentLineKinds.Correction);
        Assert.Equal("2007-10", correction.ForMonth);
        Assert.Equal(10120.00m - 4896.77m, correction.Amount);
        Assert.Equal(paid.Id, correction.CorrectsLineId);
        Assert.StartsWith("Rättelse av 2007-10: nu: 3 år den 1 okt 2007", correction.Explanation);
        var transition = november.Lines.Single(l => l.ForMonth == "2007-11");
        Assert.Equal(PaymentLineKinds.Transition, transition.Kind);
        Assert.Equal(10120.00m /* övergångsmånad 3 av 3 */, transition.Amount);

        // Once the correction is paid, nothing is owed any more.
        await s.ApproveAsync("2007-11");
        var december = await s.PreviewAsync("2007-12");
        Assert.Empty(december.Lines);
    }

    [Fact]
    public async Task CorrectedBirthDate_AfterMonthClosed_CorrectsTheBand()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");
        await s.ApproveAsync("2007-09");
        // Born a year earlier: 4 år den 1 sep 2007, 4-6 år.
        await db.Get<CorrectChild>().HandleAsync(await s.ChildIdAsync("A01"), "2003-09-01", s.Officer, Ct);

        var october = await s.PreviewAsync("2007-10");

        var correction = october.Lines.Single(l => l.Kind == PaymentLineKinds.Correction);
        Assert.Equal(("2007-09", 7480.25m - 10120.00m), (correction.ForMonth, correction.Amount));
        Assert.Equal(7480.25m, october.Lines.Single(l => l.ForMonth == "2007-10").Amount);
    }

    [Fact]
    public async Task RetroactiveRateVersion_AfterMonthClosed_PaysTheDifference()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");
        await s.ApproveAsync("2007-09");

        await db.Get<SaveRateVersion>().HandleAsync(s.RuleSetId, null,
            new SaveRateVersion.Request("2007-09", "KS 2007-10-04 § 120", [("0", "3", "10 500,00"), ("4", "6", "7600")]), s.Officer, Ct);
        var october = await s.PreviewAsync("2007-10");

        var correction = october.Lines.Single(l => l.Kind == PaymentLineKinds.Correction);
        Assert.Equal(10500.00m - 10120.00m, correction.Amount);
        Assert.Equal("KS 2007-10-04 § 120", correction.Decision);
    }

    [Fact]
    public async Task RateVersion_ThatHasPaidMoney_IsNeverEdited()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");
        await s.ApproveAsync("2007-09");
        var version = (await db.Get<ListRuleSets>().GetAsync(s.RuleSetId, s.Officer, Ct))!.Versions.Single();
        Assert.True(version.HasPaid);

        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<SaveRateVersion>().HandleAsync(s.RuleSetId, version.Id,
            new SaveRateVersion.Request("2007-07", "KS 2007-06-14 § 98", [("0", "3", "1")]), s.Officer, Ct));
        Assert.Contains("have paid money and are never changed", e.Problems.Single().Message);
    }

    [Fact]
    public async Task Approve_WhenAPayableMonthHasNoRates_IsRefusedNamingTheMonth()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");

        var e = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-06")); // rates start 2007-07
        Assert.Contains("2007-06", e.Message);
        Assert.False(await db.FreshContext().Set<PaymentMonth>().AnyAsync(m => m.MunicipalityId == s.MunicipalityId, Ct));
    }

    [Fact]
    public async Task Approve_WhenAPaidProviderOrTheMunicipalityHasNoPayeeAccountInTheRegistry_IsRefusedNamingEachAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\nC03,2005-05-10,769699-1020,2007-09-17,,\n");
        var ids = new[] { s.MunicipalityId, s.VitsippanId, s.BlasippanId };
        var organisations = await db.Db.Organisations.Where(o => ids.Contains(o.Id)).ToListAsync(Ct);
        var accounts = organisations.ToDictionary(o => o.Id, o => (o.PayeeAccountKind, o.PayeeAccountNumber));
        organisations.ForEach(o => (o.PayeeAccountKind, o.PayeeAccountNumber) = (null, null));
        await db.Db.SaveChangesAsync(Ct);

        var preview = await s.PreviewAsync("2007-09"); // the preview warns before anyone tries
        Assert.Equal(3, preview.Warnings.Count(w => w.Contains("har inget utbetalningskonto i organisationsregistret", StringComparison.Ordinal)));
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-09"));

        Assert.Equal(
            [("organisation 212000-2627", "PayeeAccount"), ("organisation 769699-1020", "PayeeAccount"), ("organisation 769699-1012", "PayeeAccount")],
            e.Problems.Select(p => (p.Source, p.Field)).ToArray()); // the municipality, then the providers by name (Blåsippan, Vitsippan)
        Assert.Contains("Härnösands kommun has no payee account in the registry to pay from", e.Problems[0].Message);
        Assert.Contains("Blåsippans familjenätverk has no payee account in the registry", e.Problems[1].Message);
        await using (var fresh = db.FreshContext())
        {
            Assert.False(await fresh.Set<PaymentMonth>().AnyAsync(m => m.MunicipalityId == s.MunicipalityId, Ct));
            Assert.Equal(0, await fresh.Set<PaymentMonthFiles>().CountAsync(Ct));
        }

        // Only the providers paid need an account: in 2007-08 Blåsippan has no child yet.
        foreach (var o in organisations.Where(o => o.Id != s.BlasippanId)) (o.PayeeAccountKind, o.PayeeAccountNumber) = accounts[o.Id];
        await db.Db.SaveChangesAsync(Ct);
        await s.ApproveAsync("2007-08");
        var pain = (await db.Get<ExportPaymentMonth>().Pain001Async(new CalendarMonth(2007, 8), s.Officer, Ct))!.Content;
        var xml = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(pain));
        string AccountIn(string element) => xml.Descendants().Single(x => x.Name.LocalName == element).Descendants().First(x => x.Name.LocalName == "Id" && !x.HasElements).Value;
        Assert.Equal(("50501550", "50501220"), (AccountIn("DbtrAcct"), AccountIn("CdtrAcct"))); // from Härnösand's registry account to Vitsippan's
        var september = await Assert.ThrowsAsync<InputProblemsException>(() => s.ApproveAsync("2007-09"));
        Assert.Equal("organisation 769699-1020", september.Problems.Single().Source);
    }

    [Fact]
    public async Task Approve_ByControllerOrProvider_IsDenied()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        var controller = await db.ActorAsync(Numbers.Harnosand, Roles.Controller);
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<ApprovePaymentMonth>().HandleAsync(new CalendarMonth(2007, 9), controller, Ct));
        var provider = await db.ActorAsync(Numbers.Solrosen, Roles.PartnerUser);
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<ApprovePaymentMonth>().HandleAsync(new CalendarMonth(2007, 9), provider, Ct));
    }

    [Fact]
    public async Task ProviderUser_SeesOnlyItsOwnLinesOfApprovedMonths()
    {
        await using var db = await TestDatabase.CreateAsync();
        var officer = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        var month = new CalendarMonth(2026, 11);
        var all = await db.Get<ApprovePaymentMonth>().HandleAsync(month, officer, Ct);
        var solrosen = await db.ActorAsync(Numbers.Solrosen, Roles.PartnerUser);
        var solrosenId = solrosen.OrganisationId!.Value;

        var own = (await db.Get<GetPaymentMonth>().HandleAsync(month, solrosen, Ct))!;

        Assert.NotEmpty(own.Lines);
        Assert.All(own.Lines, l => Assert.Equal(solrosenId, l.ProviderId));
        Assert.Equal(all.Lines.Count(l => l.ProviderId == solrosenId), own.Lines.Count);
        Assert.Null(own.ApprovedBy);
        Assert.Null(await db.Get<GetPaymentMonth>().HandleAsync(month.Plus(1), solrosen, Ct)); // no preview for providers
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<ListChildren>().HandleAsync(null, solrosen, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => db.Get<ExportPaymentMonth>().Pain001Async(month, solrosen, Ct));
        var months = await db.Get<ListPaymentMonths>().HandleAsync(solrosen, Ct);
        Assert.Equal(own.Lines.Sum(l => l.Amount), months.Approved.Single().Total);
    }

    [Fact]
    public async Task ReadingAChildsRecord_IsAudited()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\n");
        var id = await s.ChildIdAsync("A01");

        var child = await db.Get<GetChild>().HandleAsync(id, s.Officer, Ct);

        Assert.Equal("A01", child!.Key);
        Assert.True(await db.FreshContext().AuditEntries.AnyAsync(e => e.Action == AuditActions.Read && e.SubjectId == id.ToString() && e.UserName == s.Officer.UserName, Ct));
    }
}
