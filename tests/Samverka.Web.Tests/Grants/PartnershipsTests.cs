using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Grants.Partnerships;

namespace Samverka.Web.Tests.Grants;

/// <summary>Partnerships (IOP) over real HTTP: the municipality's money committed in a programme's budget ledger
/// (refused wholly above what is left), meetings, indicator values, and who sees what.</summary>
public abstract class PartnershipsTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";
    private const string OtherMunicipalityOfficer = "socialsekreterare.kramfors@samverka.demo";
    private const string Partner = "forening@samverka.demo";
    private const string OtherAssociation = "forening2@samverka.demo";
    private const int Y = 2031;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Partnership_WithinTheRemaining_CommitsTheMunicipalitysMoneyPerYearInTheLedger()
    {
        using var officer = await app.SignInAsync(Officer);
        var programme = await ProgrammeAsync(officer, (Y, 1_000_000m), (Y + 1, 500_000m));
        var id = await CreateAsync(officer, programme, $"""
            {Y}; kommun; pengar; 300000;; Verksamhetsbidrag
            {Y}; kommun; lokaler; 120000;; Lokal på Storgatan 3
            {Y}; partner; personal; 80000; 200; Ideella läxhjälpare
            {Y + 1}; kommun; pengar; 200000
            """);

        using (var json = JsonDocument.Parse(await officer.GetStringAsync("/api/partnerships", Ct)))
        {
            var lines = json.RootElement.GetProperty("ledger").EnumerateArray().Where(l => l.GetProperty("programme").GetString() == programme.Name)
                .ToDictionary(l => l.GetProperty("year").GetInt32());
            Assert.Equal(300_000m, lines[Y].GetProperty("partnerships").GetDecimal());
            Assert.Equal(1_000_000m - 300_000m, lines[Y].GetProperty("remaining").GetDecimal());
            Assert.Equal(500_000m - 200_000m, lines[Y + 1].GetProperty("remaining").GetDecimal());
        }
        using (var json = JsonDocument.Parse(await officer.GetStringAsync($"/api/partnerships/{id}", Ct)))
        {
            var years = json.RootElement.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
            Assert.Equal(300_000m + 120_000m, years[Y].GetProperty("municipality").GetDecimal());
            Assert.Equal(80_000m, years[Y].GetProperty("partner").GetDecimal());
            Assert.Equal(200_000m, years[Y + 1].GetProperty("municipality").GetDecimal());
        }
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var reference = await db.Partnerships().Where(p => p.Id == id).Select(p => p.Reference).SingleAsync(Ct);
        var committed = await db.GrantLedgerEntries.Where(e => e.ProgrammeId == programme.Id && e.Reference == reference).OrderBy(e => e.Year).Select(e => e.Amount).ToListAsync(Ct);
        Assert.Equal([300_000m, 200_000m], committed);

        var page = await PageTextAsync(officer, "/partnerships");
        Assert.Contains(reference, page);
        Assert.Contains("Partnerskapens åtaganden i budgetreskontran", page);
    }

    [Fact]
    public async Task Ledger_NamesAPartnershipsCommitment_AndTellsItFromAnEarlierGrantDecision()
    {
        using var officer = await app.SignInAsync(Officer);
        var programme = await ProgrammeAsync(officer, (Y, 1_000_000m));
        await CreateAsync(officer, programme, $"{Y}; kommun; pengar; 300000");
        var committed = await officer.PostAsync($"/api/grants/programmes/{programme.Id}/ledger",
            Json(new { kind = "Commitment", year = Y, amount = 100_000m, decision = Decision("SN 2029-11-19 § 4") }), Ct);
        Assert.True(committed.IsSuccessStatusCode, await committed.Content.ReadAsStringAsync(Ct));
        var now = DateTime.UtcNow;
        var decisionDate = DateOnly.FromDateTime(now.AddDays(11));
        var added = await officer.PostAsync($"/api/grants/programmes/{programme.Id}/years", Json(new
        {
            year = decisionDate.Year + 1, pot = 1_000_000m, opens = now.AddDays(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            closes = now.AddDays(10).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), decisionDate = decisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            priorityAreas = "Barn och unga", criteria = "malgrupp; Målgrupp; 1", capPerYear = 600_000m, maxYears = 3,
            directForms = new[] { "NonProfitAssociation" }, afterAssessmentForms = Array.Empty<string>(), proposalMode = "FullFunding", decision = Decision("SN 1"),
        }), Ct);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        var yearId = JsonSerializer.Deserialize<Guid>(await added.Content.ReadAsStringAsync(Ct));

        using var ledger = JsonDocument.Parse(await officer.GetStringAsync($"/api/grants/years/{yearId}/ledger", Ct));
        var commitments = ledger.RootElement.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Commitment" && e.GetProperty("year").GetInt32() == Y)
            .Select(e => (e.GetProperty("amount").GetDecimal(), e.GetProperty("partnership").GetBoolean())).OrderBy(e => e.Item1).ToList();
        Assert.Equal([(100_000m, false), (300_000m, true)], commitments);
        var page = await PageTextAsync(officer, $"/grants/years/{yearId}/ledger");
        Assert.Contains("Åtagande i partnerskap (IOP)", page);
        Assert.Contains("Åtagande från tidigare beslut", page);
    }

    [Fact]
    public async Task Partnership_AboveTheRemainingOfAYear_IsRefusedNamingTheYear_AndNothingIsWritten()
    {
        using var officer = await app.SignInAsync(Officer);
        var programme = await ProgrammeAsync(officer, (Y, 1_000_000m), (Y + 1, 500_000m));
        var before = await CountsAsync(programme.Id);
        var response = await officer.PostAsync("/api/partnerships", Json(Agreement(programme.Id, await PartnerIdAsync(), $"{Y}; kommun; pengar; 400000\n{Y + 1}; kommun; pengar; 600000")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{Y + 1}: the municipality's {Kr(600_000m)} exceeds the {Kr(500_000m)} remaining in the programme's budget by {Kr(600_000m - 500_000m)}",
            await ProblemTextAsync(response));
        Assert.Equal(before, await CountsAsync(programme.Id));

        var badLine = await officer.PostAsync("/api/partnerships", Json(Agreement(programme.Id, await PartnerIdAsync(), $"{Y}; kommun; pengar; 1\n{Y}; partner; personal; 500")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badLine.StatusCode);
        using var problem = JsonDocument.Parse(await badLine.Content.ReadAsStringAsync(Ct));
        var p = Assert.Single(problem.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, "Contributions"), (p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString()));
        Assert.Equal(before, await CountsAsync(programme.Id));
    }

    [Fact]
    public async Task Partner_SeesItsOwnPartnershipReadOnly_AndReportsIndicatorValues_OthersSeeNothing()
    {
        using var officer = await app.SignInAsync(Officer);
        var programme = await ProgrammeAsync(officer, (Y, 1_000_000m));
        var id = await CreateAsync(officer, programme, $"{Y}; kommun; pengar; 100000");
        Guid indicator;
        using (var json = JsonDocument.Parse(await officer.GetStringAsync($"/api/partnerships/{id}", Ct)))
            indicator = json.RootElement.GetProperty("indicators")[0].GetProperty("id").GetGuid();

        using var partner = await app.SignInAsync(Partner);
        using (var list = JsonDocument.Parse(await partner.GetStringAsync("/api/partnerships", Ct)))
        {
            Assert.Contains(id, list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            Assert.Empty(list.RootElement.GetProperty("ledger").EnumerateArray());
        }
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/partnerships/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"/api/partnerships/{id}/meetings", Json(Meeting()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync("/api/partnerships", Json(Agreement(programme.Id, await PartnerIdAsync(), $"{Y}; kommun; pengar; 1")), Ct)).StatusCode);

        var report = await partner.PostAsync($"/api/partnerships/{id}/indicator-values", Json(new { indicatorId = indicator, year = Y, value = 37m, comment = "Två grupper" }), Ct);
        Assert.Equal(HttpStatusCode.NoContent, report.StatusCode);
        var again = await partner.PostAsync($"/api/partnerships/{id}/indicator-values", Json(new { indicatorId = indicator, year = Y, value = 38m }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains($"already reported for {Y}", await ProblemTextAsync(again));
        var outside = await partner.PostAsync($"/api/partnerships/{id}/indicator-values", Json(new { indicatorId = indicator, year = Y + 2, value = 1m }), Ct);
        Assert.Contains("outside the term", await ProblemTextAsync(outside));
        using (var json = JsonDocument.Parse(await partner.GetStringAsync($"/api/partnerships/{id}", Ct)))
            Assert.Equal(37m, json.RootElement.GetProperty("indicators")[0].GetProperty("values").GetProperty(Y.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetDecimal());

        foreach (var email in new[] { OtherAssociation, OtherMunicipalityOfficer })
        {
            using var other = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/partnerships/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partnerships/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/partnerships/{id}/indicator-values", Json(new { indicatorId = indicator, year = Y, value = 1m }), Ct)).StatusCode);
            using var list = JsonDocument.Parse(await other.GetStringAsync("/api/partnerships", Ct));
            Assert.DoesNotContain(id, list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        }
    }

    [Fact]
    public async Task Meeting_RecordedOnThePage_IsShownWithItsMinutes_AndPagesAreTranslated()
    {
        using var officer = await app.SignInAsync(Officer);
        var programme = await ProgrammeAsync(officer, (Y, 1_000_000m));
        foreach (var path in new[] { "/", "/partnerships", "/partnerships/create" })
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path, Ct)).StatusCode);

        var created = await SamverkaAppFixture.PostFormAsync(officer, "/partnerships/create", new Dictionary<string, string>
        {
            ["Input.PartnerOrganisationId"] = (await PartnerIdAsync()).ToString(), ["Input.ProgrammeId"] = programme.Id.ToString(),
            ["Input.Purpose"] = "Läxhjälp", ["Input.From"] = $"{Y}-01-01", ["Input.To"] = $"{Y}-12-31",
            ["Input.Contributions"] = $"{Y}; kommun; pengar; 50000", ["Input.Indicators"] = "Deltagare; personer; 40",
            ["Input.Decision.Body"] = "Socialnämnden", ["Input.Decision.Date"] = "2030-11-19", ["Input.Decision.Reference"] = "SN 2030-11-19 § 7",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;

        var refused = await SamverkaAppFixture.PostFormAsync(officer, url + "?handler=Meeting", new Dictionary<string, string> { ["Meeting.Date"] = $"{Y}-03-10" }, url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("obligatoriskt", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)));

        var saved = await SamverkaAppFixture.PostFormAsync(officer, url + "?handler=Meeting", new Dictionary<string, string>
        {
            ["Meeting.Date"] = $"{Y}-03-10", ["Meeting.Attendees"] = "Hugo Handläggare, Frida Förening", ["Meeting.Minutes"] = "Verksamheten följer planen.",
            ["Meeting.Decisions"] = "Nästa möte i september.",
        }, url);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await PageTextAsync(officer, url);
        Assert.Contains("Verksamheten följer planen.", page);
        Assert.Contains("Möte " + $"{Y}-03-10", page);

        using var partner = await app.SignInAsync(Partner);
        var partnerPage = await PageTextAsync(partner, url);
        Assert.Contains("Rapportera ett indikatorvärde", partnerPage);
        Assert.DoesNotContain("Registrera ett uppföljningsmöte", partnerPage);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/partnerships", Ct)).StatusCode);
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    // --- helpers

    private sealed record Programme(Guid Id, string Name);

    /// <summary>A new programme of the officer's municipality with the given budget per year.</summary>
    private static async Task<Programme> ProgrammeAsync(HttpClient officer, params (int Year, decimal Pot)[] pots)
    {
        var key = "iop-" + Guid.NewGuid().ToString("N")[..10];
        var created = await officer.PostAsync("/api/grants/programmes", Json(new { key, name = "IOP-program " + key, kind = "Other" }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonSerializer.Deserialize<Guid>(await created.Content.ReadAsStringAsync(Ct));
        foreach (var (year, pot) in pots)
        {
            var response = await officer.PostAsync($"/api/grants/programmes/{id}/ledger", Json(new { kind = "PotSet", year, amount = pot, decision = Decision("KF 1") }), Ct);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        }
        return new Programme(id, "IOP-program " + key);
    }

    private async Task<Guid> CreateAsync(HttpClient officer, Programme programme, string contributions)
    {
        var response = await officer.PostAsync("/api/partnerships", Json(Agreement(programme.Id, await PartnerIdAsync(), contributions)), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return JsonSerializer.Deserialize<Guid>(await response.Content.ReadAsStringAsync(Ct));
    }

    private static object Agreement(Guid programmeId, Guid partnerId, string contributions) => new
    {
        partnerOrganisationId = partnerId, programmeId, purpose = "Läxhjälp och idrott för barn i Norra", from = $"{Y}-01-01", to = $"{Y + 1}-12-31",
        contributions, indicators = "Deltagare i läxhjälpen; personer; 40", decision = Decision("SN 2030-11-19 § 12"),
    };

    private static object Meeting() => new { date = $"{Y}-03-10", attendees = "Frida", minutes = "Anteckningar" };

    private static object Decision(string reference) => new { body = "Socialnämnden", date = "2030-11-19", reference, title = "IOP" };

    private async Task<Guid> PartnerIdAsync()
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.OrganisationNumber == "802599-0014").Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<(int Ledger, int Partnerships)> CountsAsync(Guid programmeId)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        return (await db.GrantLedgerEntries.CountAsync(e => e.ProgrammeId == programmeId, Ct), await db.Partnerships().CountAsync(p => p.ProgrammeId == programmeId, Ct));
    }

    private static async Task<string> PageTextAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct)).Replace('\u00a0', ' ');

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return string.Join("\n", json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString())).Replace('\u00a0', ' ');
    }

    private static string Kr(decimal amount) => new Samverka.Kernel.Money(amount).ToSwedishString().Replace('\u00a0', ' ');

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
