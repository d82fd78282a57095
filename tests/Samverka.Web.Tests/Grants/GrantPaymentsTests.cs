using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Grants;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;
using Samverka.Rules.Grants;

namespace Samverka.Web.Tests.Grants;

/// <summary>Grant payments over real HTTP: the schedule of a closed round, batches previewed and approved once, the
/// ledger's Paid column, pain.001.001.03 (validated against the schema) and SIE 4 (parsed back), the next year's payment
/// held while the follow-up report is overdue, a payee without an account refused, and tenancy.</summary>
public abstract class GrantPaymentsTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";
    private const string Committee = "namnd@samverka.demo";
    private const string Association = "forening@samverka.demo";
    private const string Association2 = "forening2@samverka.demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstYearBatch_PreviewedApprovedAndExported_PaysTheLedger_AndNeverChanges()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);

        using (var schedule = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/programmes/{round.ProgrammeId}/payments", Ct)))
        {
            var lines = schedule.RootElement.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal([(round.Year, 300_000m), (round.Year, 100_000m), (round.Year + 1, 200_000m)],
                lines.Select(l => (l.GetProperty("year").GetInt32(), l.GetProperty("amount").GetDecimal())).OrderBy(l => l.Item1).ThenByDescending(l => l.Item2));
            Assert.All(lines, l => Assert.Equal($"{l.GetProperty("year").GetInt32()}-01", l.GetProperty("month").GetString()));
            Assert.Equal($"{round.Year}-12-31", lines.First(l => l.GetProperty("year").GetInt32() == round.Year).GetProperty("reportDue").GetString());
        }

        var batchId = await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year, 1, 1));
        using (var batch = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/payment-batches/{batchId}", Ct)))
        {
            Assert.Equal(300_000m + 100_000m, batch.RootElement.GetProperty("total").GetDecimal());
            Assert.Equal(2, batch.RootElement.GetProperty("payments").GetArrayLength());
            Assert.Contains($"Bidrag {round.Year} enligt beslut Socialnämnden", batch.RootElement.GetProperty("payments")[0].GetProperty("explanation").GetString());
        }
        var notApproved = await officer.GetAsync($"/api/grants/payment-batches/{batchId}/pain001", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notApproved.StatusCode);
        Assert.Contains("only an approved batch is exported", await notApproved.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/grants/payment-batches/{batchId}/approve", null, Ct)).StatusCode);
        Assert.Equal(300_000m + 100_000m, (await LedgerYearAsync(officer, round.YearId, round.Year)).GetProperty("paid").GetDecimal());
        Assert.Equal(0m, (await LedgerYearAsync(officer, round.YearId, round.Year + 1)).GetProperty("paid").GetDecimal());

        // Approved: never approved again, never deleted, and its payments are in no other batch.
        var ledgerRows = await LedgerCountAsync(round.ProgrammeId);
        var again = await officer.PostAsync($"/api/grants/payment-batches/{batchId}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("never changes", await again.Content.ReadAsStringAsync(Ct));
        var delete = await officer.DeleteAsync($"/api/grants/payment-batches/{batchId}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("never changes", await delete.Content.ReadAsStringAsync(Ct));
        var second = await officer.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches", Json(new { paymentDate = $"{round.Year}-01-02" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains($"no payment is due by {round.Year}-01-02", await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(ledgerRows, await LedgerCountAsync(round.ProgrammeId));

        // The database refuses too: the approved batch and its payments, the ledger and the closed round stay as they are.
        await app.AssertRefusedAsync((db, ct) => db.Set<GrantPaymentBatch>().Where(b => b.Id == batchId).ExecuteUpdateAsync(b => b.SetProperty(x => x.ApprovedBy, "someone else"), ct),
            "An approved payment batch is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<GrantPaymentBatch>().Where(b => b.Id == batchId).ExecuteDeleteAsync(ct), "An approved payment batch is closed");
        await app.AssertRefusedAsync((db, ct) => db.Set<GrantPaymentRecord>().Where(p => p.BatchId == batchId).ExecuteUpdateAsync(p => p.SetProperty(x => x.Amount, 1m), ct),
            "A payment of an approved batch is closed");
        await app.AssertRefusedAsync((db, ct) => db.GrantLedgerEntries.Where(e => e.ProgrammeId == round.ProgrammeId).ExecuteDeleteAsync(ct), "The budget ledger is append-only");
        await app.AssertRefusedAsync((db, ct) => db.Set<GrantProgrammeYear>().Where(y => y.Id == round.YearId).ExecuteUpdateAsync(y => y.SetProperty(x => x.ClosedAt, (DateTime?)null), ct),
            "The grant round is closed");

        // pain.001: one payment per payee, the schema's rules hold; SIE 4: one balanced voucher with the same total.
        var pain = await officer.GetByteArrayAsync($"/api/grants/payment-batches/{batchId}/pain001", Ct);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(pain));
        XNamespace ns = Pain001Writer.NamespaceUri;
        Assert.Equal((300_000m + 100_000m).ToString("0.00", CultureInfo.InvariantCulture), xml.Descendants(ns + "CtrlSum").First().Value);
        Assert.Equal(2, xml.Descendants(ns + "CdtTrfTxInf").Count());
        Assert.Equal("50501550", xml.Descendants(ns + "DbtrAcct").Descendants(ns + "Id").Last().Value);
        await Pain001Schema.ValidateAsync(pain, Ct);
        var sie = SieReader.Read(await officer.GetByteArrayAsync($"/api/grants/payment-batches/{batchId}/sie", Ct), "sie");
        var voucher = Assert.Single(sie.Vouchers);
        Assert.True(voucher.IsBalanced);
        Assert.Equal(300_000m + 100_000m, voucher.Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));
        Assert.Equal(pain, await officer.GetByteArrayAsync($"/grants/payment-batches/{batchId}?handler=Pain001", Ct)); // the page's link: the same bytes

        // The paying organisation was kept with the batch at approval: a new account or name in the registry later
        // changes the next batches, never this one's files.
        var sieBytes = await officer.GetByteArrayAsync($"/api/grants/payment-batches/{batchId}/sie", Ct);
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var programmeOwner = await db.Set<GrantProgramme>().Where(p => p.Id == round.ProgrammeId).Select(p => p.OwnerOrganisationId).SingleAsync(Ct);
            var owner = await db.Organisations.SingleAsync(o => o.Id == programmeOwner, Ct);
            var kept = (owner.Name, owner.PayeeAccountKind, owner.PayeeAccountNumber);
            (owner.Name, owner.PayeeAccountKind, owner.PayeeAccountNumber) = (owner.Name + " (nytt namn)", PaymentAccountKind.Bankgiro, "50501055");
            await db.SaveChangesAsync(Ct);
            try
            {
                Assert.Equal(pain, await officer.GetByteArrayAsync($"/api/grants/payment-batches/{batchId}/pain001", Ct));
                Assert.Equal(sieBytes, await officer.GetByteArrayAsync($"/api/grants/payment-batches/{batchId}/sie", Ct));
            }
            finally
            {
                (owner.Name, owner.PayeeAccountKind, owner.PayeeAccountNumber) = kept;
                await db.SaveChangesAsync(Ct);
            }
        }
    }

    [Fact]
    public async Task NextYearsPayment_WhileThePreviousReportIsOverdue_IsHeldWithTheReason_AndRefusedWhenAskedFor()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        await ApproveAsync(officer, await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year, 1, 1)));

        var nextJanuary = new DateOnly(round.Year + 1, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reason = $"the payment for {round.Year + 1} waits for the follow-up report for {round.Year}, due {round.Year}-12-31 and overdue on {nextJanuary}";
        var batches = await BatchCountAsync(round.ProgrammeId);
        var named = await officer.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches",
            Json(new { paymentDate = nextJanuary, applicationIds = new[] { round.TwoYearApplication } }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains(reason, await named.Content.ReadAsStringAsync(Ct));
        var all = await officer.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches", Json(new { paymentDate = nextJanuary }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, all.StatusCode);
        Assert.Contains("1 held while a follow-up report is overdue", await all.Content.ReadAsStringAsync(Ct));
        Assert.Equal(batches, await BatchCountAsync(round.ProgrammeId));

        var page = System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync($"/grants/programmes/{round.ProgrammeId}/payments", Ct));
        Assert.Contains("Spärrad", page);
        Assert.Contains($"utbetalningen för {round.Year + 1} väntar på återrapporten för {round.Year}", page);
    }

    [Fact]
    public async Task Batch_WithAPayeeWithoutAnAccount_IsRefusedNamingIt_AndNothingIsWritten()
    {
        using var officer = await app.SignInAsync(Officer);
        var number = TestNumbers.Organisation();
        var created = await officer.PostAsync("/api/organisations", Json(new { organisationNumber = number, name = "Kontolösa föreningen " + number, kind = "Association" }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var email = $"kontolos-{Guid.NewGuid():N}@samverka.test";
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SamverkaUser>>();
            var org = await db.Organisations.Where(o => o.OrganisationNumber == number).Select(o => o.Id).SingleAsync(Ct);
            var user = new SamverkaUser { UserName = email, Email = email, DisplayName = "Utan Konto", OrganisationId = org };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.PartnerUser)).Succeeded);
        }
        var round = await ClosedRoundAsync(email);

        var batches = await BatchCountAsync(round.ProgrammeId);
        var response = await officer.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches", Json(new { paymentDate = $"{round.Year}-01-01" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"Kontolösa föreningen {number} has no payee account in the registry",
            problem.RootElement.GetProperty("errors").GetProperty("PayeeAccount")[0].GetString());
        Assert.Equal(batches, await BatchCountAsync(round.ProgrammeId));
    }

    [Fact]
    public async Task PaymentDate_InThePast_IsRefused()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        var response = await officer.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches", Json(new { paymentDate = "2020-01-01" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2020-01-01 has passed", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Applicants_AndTheCommittee_CannotMakeBatches_AndApplicantsSeeNoPayments()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        var batchId = await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year, 1, 1));

        using var association = await app.SignInAsync(Association);
        foreach (var url in new[] { $"/api/grants/programmes/{round.ProgrammeId}/payments", $"/api/grants/payment-batches/{batchId}", $"/grants/payment-batches/{batchId}",
                     $"/grants/programmes/{round.ProgrammeId}/payments" })
            Assert.True(Denied(await association.GetAsync(url, Ct)), url);

        using var committee = await app.SignInAsync(Committee);
        Assert.Equal(HttpStatusCode.OK, (await committee.GetAsync($"/api/grants/payment-batches/{batchId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await committee.PostAsync($"/api/grants/payment-batches/{batchId}/approve", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await committee.PostAsync($"/api/grants/programmes/{round.ProgrammeId}/payment-batches",
            Json(new { paymentDate = $"{round.Year}-01-01" }), Ct)).StatusCode);
    }

    [Fact]
    public async Task PaymentPages_InSwedish_HaveEveryStringTranslated()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        var batchId = await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year, 1, 1));
        Assert.Contains("Attestera bunten", await officer.GetStringAsync($"/grants/payment-batches/{batchId}", Ct));
        await ApproveAsync(officer, batchId);
        foreach (var path in new[] { $"/grants/programmes/{round.ProgrammeId}/payments", $"/grants/payment-batches/{batchId}" })
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path, Ct)).StatusCode);
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }


    [Fact]
    public async Task FollowUpReport_SubmittedByTheAssociation_ReleasesTheNextYearsPayment_AndIsAcceptedOnce()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        await ApproveAsync(officer, await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year, 1, 1)));

        // Due on the last day of the grant year: not overdue on that day, overdue the day after.
        Assert.DoesNotContain((round.TwoYearApplication, round.Year), await OverdueAsync(officer, new DateOnly(round.Year, 12, 31)));
        Assert.Contains((round.TwoYearApplication, round.Year), await OverdueAsync(officer, new DateOnly(round.Year + 1, 1, 1)));

        // Only the grant's own organisation reports, once, with a text; another organisation does not even see it.
        using var other = await app.SignInAsync(Association2);
        var url = $"/api/grants/applications/{round.TwoYearApplication}/follow-up-reports/{round.Year}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(url, Json(new { text = "Inte vår" }), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}", Ct)).StatusCode);
        using var association = await app.SignInAsync(Association);
        var empty = await association.PostAsync(url, Json(new { text = " " }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("say how the money was used", await empty.Content.ReadAsStringAsync(Ct));

        var page = await association.GetStringAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}", Ct);
        using (var form = new MultipartFormDataContent
               {
                   { new StringContent(SamverkaAppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
                   { new StringContent("Läxhjälp för 40 barn varje vecka; hyra och material."), "ReportText" },
                   { new ByteArrayContent("%PDF-1.4 bokslut"u8.ToArray()), "file", "bokslut.pdf" },
               })
        {
            var submitted = await association.PostAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}", form, Ct);
            Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        }
        var twice = await association.PostAsync(url, Json(new { text = "Igen" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already submitted", await twice.Content.ReadAsStringAsync(Ct));
        Assert.Equal("%PDF-1.4 bokslut", await officer.GetStringAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}?handler=Attachment", Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}?handler=Attachment", Ct)).StatusCode);

        // The report is in: no longer overdue, and the second year is paid.
        var overdue = await OverdueAsync(officer, new DateOnly(round.Year + 1, 1, 1));
        Assert.DoesNotContain((round.TwoYearApplication, round.Year), overdue);
        Assert.Contains((round.OneYearApplication, round.Year), overdue);
        var next = await CreateBatchAsync(officer, round.ProgrammeId, new DateOnly(round.Year + 1, 1, 1));
        await ApproveAsync(officer, next);
        Assert.Equal(200_000m, (await LedgerYearAsync(officer, round.YearId, round.Year + 1)).GetProperty("paid").GetDecimal());

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync(url + "/accept", null, Ct)).StatusCode);
        var acceptedTwice = await officer.PostAsync(url + "/accept", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, acceptedTwice.StatusCode);
        Assert.Contains("accepted by handlaggare@samverka.demo already", await acceptedTwice.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Association_SeesOnlyItsOwnGrantYearsAndReports()
    {
        var round = await ClosedRoundAsync();
        using var association = await app.SignInAsync(Association);
        using var json = JsonDocument.Parse(await association.GetStringAsync("/api/grants/follow-up-reports", Ct));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("applicationId").GetGuid() == round.TwoYearApplication);
        Assert.DoesNotContain(items, i => i.GetProperty("applicationId").GetGuid() == round.OneYearApplication);
        Assert.All(items, i => Assert.Equal("Exempelstads idrottsförening", i.GetProperty("organisation").GetString()));
        var page = System.Net.WebUtility.HtmlDecode(await association.GetStringAsync("/grants/follow-up", Ct));
        Assert.Contains(round.TwoYearApplication.ToString(), page);
        Assert.DoesNotContain(round.OneYearApplication.ToString(), page);
        Assert.DoesNotContain("Föreningen Stödpersonerna", page);
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/api/grants/applications/{round.OneYearApplication}/follow-up-reports/{round.Year}", Ct)).StatusCode);
    }

    [Fact]
    public async Task FollowUpPages_InSwedish_HaveEveryStringTranslated()
    {
        var round = await ClosedRoundAsync();
        using var officer = await app.SignInAsync(Officer);
        var overdue = System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync($"/grants/follow-up?overdueOn={round.Year + 1}-01-01&sort=organisation", Ct));
        Assert.Contains($"Försenade återrapporteringar {round.Year + 1}-01-01", overdue);
        Assert.Contains("Exempelstads idrottsförening", overdue);
        using var association = await app.SignInAsync(Association);
        foreach (var path in new[] { "/grants/follow-up", $"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}", "/grants" })
            Assert.Equal(HttpStatusCode.OK, (await association.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/grants/applications/{round.TwoYearApplication}/follow-up/{round.Year}", Ct)).StatusCode);
        var csv = await officer.GetStringAsync($"/grants/follow-up?overdueOn={round.Year + 1}-01-01&export=csv", Ct);
        Assert.Contains("Exempelstads idrottsförening", csv);
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    // --- helpers

    private static async Task<List<(Guid, int)>> OverdueAsync(HttpClient officer, DateOnly on)
    {
        using var json = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/follow-up-reports?overdueOn={on:yyyy-MM-dd}", Ct));
        return json.RootElement.GetProperty("overdue").EnumerateArray().Select(i => (i.GetProperty("applicationId").GetGuid(), i.GetProperty("year").GetInt32())).ToList();
    }

    /// <summary>The API answers 403; a page sends the browser to the access-denied page.</summary>
    protected static bool Denied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;

    /// <summary>A new programme whose round is closed: the first applicant granted 300 000 + 200 000 kr over two years,
    /// the second 100 000 kr for one year. Payments are in January of each grant year.</summary>
    protected async Task<Round> ClosedRoundAsync(string firstApplicant = Association, string secondApplicant = Association2)
    {
        using var officer = await app.SignInAsync(Officer);
        var now = TimeZoneInfo.ConvertTime(DateTime.UtcNow, ApplicationWindow.Stockholm);
        var key = "pay-" + Guid.NewGuid().ToString("N")[..10];
        var created = await officer.PostAsync("/api/grants/programmes", Json(new { key, name = "Betalprogram " + key, kind = "Operating" }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var programmeId = JsonSerializer.Deserialize<Guid>(await created.Content.ReadAsStringAsync(Ct));
        var decisionDate = DateOnly.FromDateTime(now.AddDays(11));
        var year = decisionDate.Year + 1;
        var added = await officer.PostAsync($"/api/grants/programmes/{programmeId}/years", Json(new
        {
            year, pot = 1_000_000m, opens = now.AddDays(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            closes = now.AddDays(10).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), decisionDate = decisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            priorityAreas = "Barn och unga", criteria = "malgrupp; Målgrupp; 1", capPerYear = 600_000m, maxYears = 3,
            directForms = new[] { "NonProfitAssociation" }, afterAssessmentForms = new[] { "Foundation" }, proposalMode = "FullFunding", decision = Decision("SN 1"),
        }), Ct);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        var yearId = JsonSerializer.Deserialize<Guid>(await added.Content.ReadAsStringAsync(Ct));
        await PostOkAsync(officer, $"/api/grants/programmes/{programmeId}/ledger", new { kind = "PotSet", year = year + 1, amount = 1_000_000m, decision = Decision("SN 2") });

        var twoYears = await ApplyAsync(firstApplicant, yearId, 300_000m, 200_000m);
        var oneYear = await ApplyAsync(secondApplicant, yearId, 100_000m);
        await PostOkAsync(officer, $"/api/grants/years/{yearId}/decisions", new
        {
            decision = Decision("SN 3"),
            items = new object[]
            {
                new { applicationId = twoYears, grant = true, amount1 = 300_000m, amount2 = 200_000m },
                new { applicationId = oneYear, grant = true, amount1 = 100_000m },
            },
        });
        await PostOkAsync(officer, $"/api/grants/years/{yearId}/close", Decision("SN 4"));
        return new Round(programmeId, yearId, year, twoYears, oneYear);
    }

    protected sealed record Round(Guid ProgrammeId, Guid YearId, int Year, Guid TwoYearApplication, Guid OneYearApplication);

    protected static async Task<Guid> CreateBatchAsync(HttpClient officer, Guid programmeId, DateOnly paymentDate)
    {
        var response = await officer.PostAsync($"/api/grants/programmes/{programmeId}/payment-batches",
            Json(new { paymentDate = paymentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<Guid>(await response.Content.ReadAsStringAsync(Ct));
    }

    protected static async Task ApproveAsync(HttpClient officer, Guid batchId) =>
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/grants/payment-batches/{batchId}/approve", null, Ct)).StatusCode);

    private async Task<Guid> ApplyAsync(string email, Guid yearId, params decimal[] amounts)
    {
        using var client = await app.SignInAsync(email);
        var response = await client.PostAsync($"/api/grants/years/{yearId}/applications?submit=true", Json(new
        {
            purpose = "Läxhjälp", activities = "Träffar varje vecka", targetGroup = "Barn 7-15 år", priorityAreas = new[] { "Barn och unga" }, budget = "Hyra 100 000 kr",
            amount1 = amounts[0], amount2 = amounts.Length > 1 ? amounts[1] : (decimal?)null,
        }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<Guid>(await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<JsonElement> LedgerYearAsync(HttpClient client, Guid yearId, int year)
    {
        using var ledger = JsonDocument.Parse(await client.GetStringAsync($"/api/grants/years/{yearId}/ledger", Ct));
        return ledger.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == year).Clone();
    }

    private async Task<int> LedgerCountAsync(Guid programmeId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantLedgerEntries.CountAsync(e => e.ProgrammeId == programmeId, Ct);
    }

    private async Task<int> BatchCountAsync(Guid programmeId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<GrantPaymentBatch>().CountAsync(b => b.ProgrammeId == programmeId, Ct);
    }

    private static object Decision(string reference) => new { body = "Socialnämnden", date = "2026-11-19", reference, title = "Beslut" };

    private static async Task PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, Json(body), Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    protected static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
