using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Rules.Grants;

namespace Samverka.Web.Tests.Grants;

/// <summary>Officers deciding the same round, or approving the same payment batch, at the same instant: one succeeds,
/// the others get a clear refusal (409 "changed by someone else", or 400 when the first had already finished), never a
/// 500, and the ledger holds the decision once.</summary>
public abstract class GrantDecisionConcurrencyTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";
    private const int Parallel = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameRound_DecidedByOfficersAtOnce_OneWins_TheOthersAreRefusedClearly()
    {
        using var officer = await app.SignInAsync(Officer);
        var (programmeId, yearId) = await ProgrammeAsync(officer);
        using var association = await app.SignInAsync("forening@samverka.demo");
        var applied = await association.PostAsync($"/api/grants/years/{yearId}/applications?submit=true", Json(new
        {
            purpose = "Läxhjälp", activities = "Varje vecka", targetGroup = "Barn", priorityAreas = new[] { "Barn och unga" }, budget = "Hyra", amount1 = 100_000m,
        }), Ct);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var applicationId = JsonSerializer.Deserialize<Guid>(await applied.Content.ReadAsStringAsync(Ct));

        var clients = new List<HttpClient>();
        for (var i = 0; i < Parallel; i++) clients.Add(await app.SignInAsync(Officer));
        var body = JsonSerializer.Serialize(new
        {
            decision = new { body = "Socialnämnden", date = "2026-11-19", reference = "SN 9", title = "Beslut" },
            items = new[] { new { applicationId, grant = true, amount1 = 100_000m } },
        });
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsync($"/api/grants/years/{yearId}/decisions", new StringContent(body, Encoding.UTF8, "application/json"), Ct)));
        var texts = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var (response, text) in responses.Zip(texts).Where(r => r.First.StatusCode != HttpStatusCode.OK))
        {
            Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
            Assert.Contains(response.StatusCode == HttpStatusCode.Conflict ? "Someone else changed the same thing at the same moment" : "is already decided", text);
        }
        await using var scope = app.CreateScope();
        var decided = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantLedgerEntries
            .CountAsync(e => e.ProgrammeId == programmeId && e.Kind == LedgerEntryKind.Decided, Ct);
        Assert.Equal(1, decided);
        foreach (var c in clients) c.Dispose();
    }

    private static async Task<(Guid ProgrammeId, Guid YearId)> ProgrammeAsync(HttpClient officer)
    {
        var now = TimeZoneInfo.ConvertTime(DateTime.UtcNow, ApplicationWindow.Stockholm);
        var key = "race-" + Guid.NewGuid().ToString("N")[..10];
        var created = await officer.PostAsync("/api/grants/programmes", Json(new { key, name = "Kapplöpning " + key, kind = "Operating" }), Ct);
        var programmeId = JsonSerializer.Deserialize<Guid>(await created.Content.ReadAsStringAsync(Ct));
        var decisionDate = DateOnly.FromDateTime(now.AddDays(11));
        var added = await officer.PostAsync($"/api/grants/programmes/{programmeId}/years", Json(new
        {
            year = decisionDate.Year + 1, pot = 1_000_000m, opens = now.AddDays(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            closes = now.AddDays(10).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), decisionDate = decisionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            priorityAreas = "Barn och unga", criteria = "malgrupp; Målgrupp; 1", capPerYear = 600_000m, maxYears = 3,
            directForms = new[] { "NonProfitAssociation" }, afterAssessmentForms = Array.Empty<string>(), proposalMode = "FullFunding",
            decision = new { body = "Socialnämnden", date = "2026-11-19", reference = "SN 1", title = "Beslut" },
        }), Ct);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        return (programmeId, JsonSerializer.Deserialize<Guid>(await added.Content.ReadAsStringAsync(Ct)));
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
