using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;

namespace Samverka.Web.Tests.Grants;

/// <summary>The Grants module over real HTTP: programmes and the budget ledger, applying, tenancy, assessing,
/// the proposal, decisions, closing and letters.</summary>
public abstract class GrantsTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";
    private const string Admin = "admin@samverka.demo";
    private const string Association = "forening@samverka.demo";
    private const string Association2 = "forening2@samverka.demo";
    private const string Foundation = "stiftelse@samverka.demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoLedger_AfterCutAndCommitments_LeavesPotMinusCutMinusCommitments()
    {
        var (yearId, year) = await DemoYearAsync();
        using var officer = await app.SignInAsync(Officer);
        using var json = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/years/{yearId}/ledger", Ct));
        var years = json.RootElement.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.Equal(10_000_000m - 500_000m - (3_600_000m + 2_600_000m), years[year].GetProperty("remaining").GetDecimal());
        Assert.Equal(10_000_000m - 2_600_000m, years[year + 1].GetProperty("remaining").GetDecimal());
        Assert.Equal(10_000_000m, years[year + 2].GetProperty("remaining").GetDecimal());

        var page = await PageTextAsync(officer, $"/grants/years/{yearId}/ledger");
        Assert.Contains("<svg role=\"img\"", page);
        Assert.Contains("3 300 000 kr", page);
    }

    [Fact]
    public async Task BudgetCut_TakingAYearBelowZero_IsRefusedAndNothingIsWritten()
    {
        var (yearId, year) = await DemoYearAsync();
        using var officer = await app.SignInAsync(Officer);
        var programmeId = await ProgrammeIdAsync(yearId);
        var before = await LedgerCountAsync(programmeId);
        var response = await officer.PostAsync($"/api/grants/programmes/{programmeId}/ledger", Json(new
        {
            kind = "BudgetChange", year, amount = -3_400_000m, decision = Decision("KF 2026-11-30 § 1"),
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("short", await ProblemTextAsync(response));
        Assert.Equal(before, await LedgerCountAsync(programmeId));
    }

    [Theory]
    [InlineData(Association)]
    [InlineData(Foundation)]
    public async Task Ledger_ForAnApplicant_IsForbidden(string email)
    {
        var (yearId, _) = await DemoYearAsync();
        using var client = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/grants/years/{yearId}/ledger", Ct)).StatusCode);
        var page = await client.GetAsync($"/grants/years/{yearId}/ledger", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("access-denied", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/grants/programmes", Json(new { key = "x-" + Guid.NewGuid().ToString("N")[..8], name = "X", kind = "Operating" }), Ct)).StatusCode);
    }

    [Fact]
    public async Task Applicant_SeesOnlyItsOwnApplications()
    {
        using var association = await app.SignInAsync(Association);
        using var json = JsonDocument.Parse(await association.GetStringAsync("/api/grants/applications", Ct));
        var organisations = json.RootElement.EnumerateArray().Select(a => a.GetProperty("organisation").GetString()).Distinct().ToList();
        Assert.Equal(["Exempelstads idrottsförening"], organisations);

        var csv = await association.GetStringAsync("/grants/applications?export=csv", Ct);
        Assert.Contains("Exempelstads idrottsförening", csv);
        Assert.DoesNotContain("Föreningen Stödpersonerna", csv);

        var other = await DemoApplicationIdAsync("802599-0022");
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/grants/applications/{other}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/grants/applications/{other}/letter", Ct)).StatusCode);
    }

    [Fact]
    public async Task Submission_AfterTheWindowCloses_IsRefused_ButADraftIsKept()
    {
        using var officer = await app.SignInAsync(Officer);
        var now = StockholmNow();
        var (_, yearId, year) = await CreateProgrammeAsync(officer, now.AddDays(-20), now.AddDays(-10), DateOnly.FromDateTime(now.AddDays(-9)), pot: 1_000_000m);
        using var association = await app.SignInAsync(Association);
        var late = await association.PostAsync($"/api/grants/years/{yearId}/applications?submit=true", Json(Application(300_000m)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("after the window closed", await ProblemTextAsync(late));
        Assert.Equal(0, await ApplicationCountAsync(yearId, GrantApplicationStatus.Submitted));

        var draft = await association.PostAsync($"/api/grants/years/{yearId}/applications?submit=false", Json(Application(300_000m)), Ct);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(1, await ApplicationCountAsync(yearId, GrantApplicationStatus.Draft));
        _ = year;
    }

    [Theory]
    [InlineData(-1, "is negative")]
    [InlineData(700_001, "above the cap of 600 000 kr per application and year, by 100 001 kr")]
    public async Task Submission_WithABadAmount_IsRefused(int amount, string message)
    {
        using var officer = await app.SignInAsync(Officer);
        var now = StockholmNow();
        var (_, yearId, _) = await CreateProgrammeAsync(officer, now.AddDays(-1), now.AddDays(10), DateOnly.FromDateTime(now.AddDays(11)), pot: 1_000_000m);
        using var association = await app.SignInAsync(Association);
        var response = await association.PostAsync($"/api/grants/years/{yearId}/applications?submit=true", Json(Application(amount)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await ProblemTextAsync(response));
        Assert.Equal(0, await ApplicationCountAsync(yearId, GrantApplicationStatus.Submitted));
    }

    [Fact]
    public async Task Round_ScoredWithAConflict_ProposedWithinTheCutBudget_DecidedAndClosed_NeverChanges()
    {
        using var officer = await app.SignInAsync(Officer);
        var now = StockholmNow();
        var (programmeId, yearId, y) = await CreateProgrammeAsync(officer, now.AddDays(-1), now.AddDays(10), DateOnly.FromDateTime(now.AddDays(11)), pot: 1_000_000m);
        // The coming year's frame, a cut of this year and a commitment from an earlier multi-year decision.
        await PostOkAsync(officer, $"/api/grants/programmes/{programmeId}/ledger", new { kind = "PotSet", year = y + 1, amount = 1_000_000m, decision = Decision("SN 1") });
        await PostOkAsync(officer, $"/api/grants/programmes/{programmeId}/ledger", new { kind = "BudgetChange", year = y, amount = -200_000m, decision = Decision("KF 2") });
        await PostOkAsync(officer, $"/api/grants/programmes/{programmeId}/ledger", new { kind = "Commitment", year = y + 1, amount = 400_000m, decision = Decision("SN 3") });

        var associationApp = await ApplyAsync(Association, yearId, 300_000m, 300_000m);
        var association2App = await ApplyAsync(Association2, yearId, 400_000m);
        var foundationApp = await ApplyAsync(Foundation, yearId, 200_000m);

        // A conflict declared: that officer cannot score the application.
        using var admin = await app.SignInAsync(Admin);
        await PostPageAsync(admin, $"/grants/applications/{associationApp}?handler=Conflict", $"/grants/applications/{associationApp}", new() { ["ConflictReasonText"] = "Styrelseledamot i föreningen" });
        var refused = await SamverkaAppFixture.PostFormAsync(admin, $"/grants/applications/{associationApp}?handler=Score", ScoreFields(5, 5), $"/grants/applications/{associationApp}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("declared a conflict of interest and cannot score", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)));

        await PostPageAsync(officer, $"/grants/applications/{associationApp}?handler=Score", $"/grants/applications/{associationApp}", ScoreFields(4, 4));
        await PostPageAsync(officer, $"/grants/applications/{association2App}?handler=Score", $"/grants/applications/{association2App}", ScoreFields(5, 5));
        await PostPageAsync(officer, $"/grants/applications/{foundationApp}?handler=Score", $"/grants/applications/{foundationApp}", ScoreFields(3, 3));

        // Remaining: this year 1 000 000 − 200 000 = 800 000; next year 1 000 000 − 400 000 = 600 000.
        using (var proposal = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/years/{yearId}/proposal", Ct)))
        {
            var lines = proposal.RootElement.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal([association2App, associationApp, foundationApp], lines.Select(l => l.GetProperty("applicationId").GetGuid()));
            Assert.Equal(["Funded", "Funded", "BelowLine"], lines.Select(l => l.GetProperty("outcome").GetString()));
            var after = proposal.RootElement.GetProperty("remainingAfter").EnumerateArray().ToDictionary(a => a.GetProperty("year").GetInt32(), a => a.GetProperty("amount").GetDecimal());
            Assert.Equal(800_000m - 400_000m - 300_000m, after[y]);
            Assert.Equal(600_000m - 300_000m, after[y + 1]);
        }

        // The foundation cannot be granted before an individual assessment; a batch above the budget writes nothing.
        var ledgerBefore = await LedgerCountAsync(programmeId);
        var noAssessment = await officer.PostAsync($"/api/grants/years/{yearId}/decisions", Json(Decide(Grant(foundationApp, 100_000m))), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noAssessment.StatusCode);
        Assert.Contains("individual assessment", await ProblemTextAsync(noAssessment));
        await PostPageAsync(officer, $"/grants/applications/{foundationApp}?handler=Assess", $"/grants/applications/{foundationApp}",
            new() { ["Assess.Eligible"] = "True", ["Assess.Reasoning"] = "Stiftelsen bedriver ideell verksamhet för barn; stadgarna och bokslutet visar det." });
        var tooMuch = await officer.PostAsync($"/api/grants/years/{yearId}/decisions",
            Json(Decide(Grant(association2App, 400_000m), Grant(associationApp, 300_000m, 300_000m), Grant(foundationApp, 200_000m))), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains($"{y} would be 100 000 kr short", await ProblemTextAsync(tooMuch));
        Assert.Equal(ledgerBefore, await LedgerCountAsync(programmeId));

        var decided = await officer.PostAsync($"/api/grants/years/{yearId}/decisions",
            Json(Decide(Grant(association2App, 400_000m), Grant(associationApp, 300_000m, 300_000m), Refuse(foundationApp, "Ansökan ryms inte inom budgeten."))), Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        using (var ledger = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/years/{yearId}/ledger", Ct)))
        {
            var years = ledger.RootElement.GetProperty("years").EnumerateArray().ToDictionary(v => v.GetProperty("year").GetInt32());
            Assert.Equal(400_000m + 300_000m, years[y].GetProperty("decidedThisRound").GetDecimal());
            Assert.Equal(100_000m, years[y].GetProperty("remaining").GetDecimal());
            Assert.Equal(300_000m, years[y + 1].GetProperty("remaining").GetDecimal());
        }

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/grants/years/{yearId}/close", Json(Decision("SN 4")), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync($"/api/grants/years/{yearId}/decisions", Json(Decide(Grant(foundationApp, 1m))), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync($"/api/grants/years/{yearId}/close", Json(Decision("SN 5")), Ct)).StatusCode);

        // Letters: in Swedish, to each applicant, for nobody else.
        using var association = await app.SignInAsync(Association);
        var letter = await PageTextAsync(association, $"/grants/applications/{associationApp}/letter");
        Assert.Contains("beviljar Exempelstads idrottsförening bidrag med sammanlagt 600 000 kr", letter);
        using var foundation = await app.SignInAsync(Foundation);
        Assert.Contains("avslår ansökan", await PageTextAsync(foundation, $"/grants/applications/{foundationApp}/letter"));
        Assert.Equal(HttpStatusCode.NotFound, (await foundation.GetAsync($"/grants/applications/{associationApp}/letter", Ct)).StatusCode);
    }

    [Fact]
    public async Task Attachment_OfTheWrongTypeOrTooLarge_IsRefused_AndAGoodOneIsStored()
    {
        using var officer = await app.SignInAsync(Officer);
        var now = StockholmNow();
        var (_, yearId, _) = await CreateProgrammeAsync(officer, now.AddDays(-1), now.AddDays(10), DateOnly.FromDateTime(now.AddDays(11)), pot: 1_000_000m);
        using var association = await app.SignInAsync(Association);
        var created = await association.PostAsync($"/api/grants/years/{yearId}/applications?submit=false", Json(Application(100_000m)), Ct);
        var id = JsonSerializer.Deserialize<Guid>(await created.Content.ReadAsStringAsync(Ct));

        Assert.Contains("filen måste vara PDF", await AttachAsync(association, id, "plan.exe", new byte[10]));
        Assert.Contains("filen är större än 5 MB", await AttachAsync(association, id, "plan.pdf", new byte[AddGrantAttachment.MaxBytes + 1]));
        await AttachAsync(association, id, "verksamhetsplan.pdf", "%PDF-1.4 plan"u8.ToArray());
        var page = await association.GetStringAsync($"/grants/applications/{id}", Ct);
        var link = System.Text.RegularExpressions.Regex.Match(page, $"href=\"(/grants/applications/{id}/attachments/[0-9a-f-]+)\"").Groups[1].Value;
        Assert.Equal("%PDF-1.4 plan", await association.GetStringAsync(link, Ct));
        using var other = await app.SignInAsync(Association2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link, Ct)).StatusCode);
    }

    [Fact]
    public async Task GrantsPages_InSwedish_HaveEveryStringTranslated()
    {
        var (yearId, _) = await DemoYearAsync();
        var applicationId = await DemoApplicationIdAsync("802599-0048");
        using var officer = await app.SignInAsync(Officer);
        var programmeId = await ProgrammeIdAsync(yearId);
        foreach (var path in new[] { "/", "/grants", "/grants/programmes/create", $"/grants/programmes/{programmeId}/years/create", $"/grants/years/{yearId}",
                     $"/grants/years/{yearId}/ledger", "/grants/applications", $"/grants/applications/{applicationId}", $"/grants/years/{yearId}/proposal" })
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path, Ct)).StatusCode);
        using var association = await app.SignInAsync(Association);
        foreach (var path in new[] { "/grants", $"/grants/years/{yearId}", $"/grants/years/{yearId}/apply", "/grants/applications" })
            Assert.Equal(HttpStatusCode.OK, (await association.GetAsync(path, Ct)).StatusCode);
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    // --- helpers

    private async Task<(Guid ProgrammeId, Guid YearId, int Year)> CreateProgrammeAsync(HttpClient officer, DateTime opens, DateTime closes, DateOnly decisionDate, decimal pot)
    {
        var key = "test-" + Guid.NewGuid().ToString("N")[..10];
        var created = await officer.PostAsync("/api/grants/programmes", Json(new { key, name = "Testprogram " + key, kind = "Operating" }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var programmeId = JsonSerializer.Deserialize<Guid>(await created.Content.ReadAsStringAsync(Ct));
        var year = decisionDate.Year + 1;
        var response = await officer.PostAsync($"/api/grants/programmes/{programmeId}/years", Json(new
        {
            year, pot, opens = opens.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), closes = closes.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            decisionDate = decisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), priorityAreas = "Barn och unga\nPsykisk hälsa",
            criteria = "malgrupp; Målgrupp; 0,5\nmetod; Metod; 0,5", capPerYear = 600_000m, maxYears = 3,
            directForms = new[] { "NonProfitAssociation" }, afterAssessmentForms = new[] { "Foundation" }, proposalMode = "FullFunding",
            decision = Decision("SN 2026-06-01 § 1"),
        }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (programmeId, JsonSerializer.Deserialize<Guid>(await response.Content.ReadAsStringAsync(Ct)), year);
    }

    private async Task<Guid> ApplyAsync(string email, Guid yearId, params decimal[] amounts)
    {
        using var client = await app.SignInAsync(email);
        var response = await client.PostAsync($"/api/grants/years/{yearId}/applications?submit=true", Json(Application(amounts)), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<Guid>(await response.Content.ReadAsStringAsync(Ct));
    }

    private static object Application(params decimal[] amounts) => new
    {
        purpose = "Läxhjälp och idrott", activities = "Träffar varje vecka", targetGroup = "Barn 7-15 år", priorityAreas = new[] { "Barn och unga" },
        budget = "Hyra 100 000 kr, material 50 000 kr",
        amount1 = amounts.ElementAtOrDefault(0), amount2 = amounts.Length > 1 ? amounts[1] : (decimal?)null, amount3 = amounts.Length > 2 ? amounts[2] : (decimal?)null,
    };

    private static Dictionary<string, string> ScoreFields(int target, int method) => new()
    {
        ["Score.Scores[malgrupp]"] = target.ToString(CultureInfo.InvariantCulture), ["Score.Comments[malgrupp]"] = "Tydlig målgrupp",
        ["Score.Scores[metod]"] = method.ToString(CultureInfo.InvariantCulture), ["Score.Comments[metod]"] = "Beprövad metod",
    };

    private static object Decide(params object[] items) => new { decision = Decision("SN 2026-11-19 § 98"), items };

    private static object Grant(Guid id, params decimal[] amounts) =>
        new { applicationId = id, grant = true, amount1 = amounts[0], amount2 = amounts.Length > 1 ? amounts[1] : (decimal?)null };

    private static object Refuse(Guid id, string reason) => new { applicationId = id, grant = false, refusalReason = reason };

    private static object Decision(string reference) => new { body = "Socialnämnden", date = "2026-11-19", reference, title = "Beslut" };

    private static async Task PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, Json(body), Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task PostPageAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        var response = await SamverkaAppFixture.PostFormAsync(client, url, fields, formPage);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<string> AttachAsync(HttpClient client, Guid id, string name, byte[] content)
    {
        var page = await client.GetStringAsync($"/grants/applications/{id}", Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(SamverkaAppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("ActivityPlan"), "AttachmentKind" },
            { new ByteArrayContent(content), "file", name },
        };
        var response = await client.PostAsync($"/grants/applications/{id}?handler=Attach", form, Ct);
        return response.StatusCode == HttpStatusCode.Redirect ? "" : System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The page's HTML with entities decoded and no-break spaces as spaces.</summary>
    private static async Task<string> PageTextAsync(HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct)).Replace('\u00a0', ' ');

    /// <summary>Every problem message of a ValidationProblem, with no-break spaces as spaces.</summary>
    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return string.Join("\n", json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString())).Replace('\u00a0', ' ');
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    private static DateTime StockholmNow() => TimeZoneInfo.ConvertTime(DateTime.UtcNow, ApplicationWindow.Stockholm);

    private async Task<(Guid Id, int Year)> DemoYearAsync()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var y = await db.GrantProgrammeYears.Where(y => y.Programme!.Key == GrantsDemoData.ProgrammeKey).SingleAsync(Ct);
        return (y.Id, y.Year);
    }

    private async Task<Guid> ProgrammeIdAsync(Guid yearId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantProgrammeYears.Where(y => y.Id == yearId).Select(y => y.ProgrammeId).SingleAsync(Ct);
    }

    private async Task<Guid> DemoApplicationIdAsync(string organisationNumber)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var org = await db.Organisations.Where(o => o.OrganisationNumber == organisationNumber).Select(o => o.Id).SingleAsync(Ct);
        return await db.GrantApplications.Where(a => a.OrganisationId == org && a.ProgrammeYear!.Programme!.Key == GrantsDemoData.ProgrammeKey).Select(a => a.Id).FirstAsync(Ct);
    }

    private async Task<int> LedgerCountAsync(Guid programmeId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantLedgerEntries.CountAsync(e => e.ProgrammeId == programmeId, Ct);
    }

    private async Task<int> ApplicationCountAsync(Guid yearId, GrantApplicationStatus status)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantApplications.CountAsync(a => a.ProgrammeYearId == yearId && a.Status == status, Ct);
    }
}
