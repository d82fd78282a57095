using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.FosterCare;
using Samverka.Rules.FosterCare;

namespace Samverka.Web.Tests.FosterCare;

/// <summary>The gaps of issue 4 closed over real HTTP on both databases: the reasons a placement ended or a request was
/// withdrawn in the lists (and never the child's identity to the unit), inputs of invoiced periods refused, step
/// documents over the API.</summary>
public abstract class FosterCareGapsWebTests(SamverkaAppFixture app)
{
    private const string Staff = "enhet@samverka.demo";
    private const string KramforsWorker = "socialsekreterare.kramfors@samverka.demo";
    private const string TimraWorker = "socialsekreterare.timra@samverka.demo";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Guid> OrganisationAsync(string name)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>A home of the test's own, registered by staff through the API.</summary>
    private static async Task<Guid> RegisterHomeAsync(HttpClient staff, Guid municipality, string code)
    {
        var registered = await staff.PostAsJsonAsync("/api/foster-care/homes", new
        {
            code, type = "FamilyHome", municipalityId = municipality, address = "Storgatan 3, Kramfors", places = 2, minAge = 0, maxAge = 17, acceptsSiblings = false,
            inquiryDate = "2000-01-05", adult1Name = "Eva Luckan", adult1Personnummer = "19800314-1234",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    [Fact]
    public async Task EndedPlacementAndWithdrawnRequest_ShowTheirReasons_ToThePlacingMemberAndStaff_NeverTheChildToStaff_NothingToOthers()
    {
        var tag = Unique();
        var kramfors = await OrganisationAsync("Kramfors kommun");
        using var staff = await app.SignInAsync(Staff);
        using var worker = await app.SignInAsync(KramforsWorker);
        using var timra = await app.SignInAsync(TimraWorker);
        var home = await RegisterHomeAsync(staff, kramfors, "FH-R" + tag);

        // A placement of long ago (it touches no period the other tests count), as registered by Kramfors.
        var childName = $"Wilma Skälsson{tag}";
        Guid placement;
        string childRef = "B-" + tag[..6].ToUpperInvariant();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var unit = await db.Set<MemberAgreementRecord>().Where(a => a.MemberId == kramfors).Select(a => a.UnitId).FirstAsync(Ct);
            var row = new FosterPlacementRecord
            {
                Id = Guid.NewGuid(), UnitId = unit, MemberId = kramfors, HomeId = home, ChildRef = childRef, ChildName = childName, ChildPersonnummer = "19950203-4565",
                ChildBirthDate = new DateOnly(1995, 2, 3), Start = new DateOnly(2001, 2, 1), LegalBasis = LegalBasis.SoL, CreatedAt = DateTime.UtcNow,
            };
            db.Add(row);
            await db.SaveChangesAsync(Ct);
            placement = row.Id;
        }

        // A reason naming the child (a part of the name, any case) or carrying a personnummer is refused: the unit reads it too.
        foreach (var bad in new[] { $"skälsson{tag} flyttar hem", "Barnet 950203-4565 flyttar hem" })
        {
            var refused = await worker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2001-03-31", reason = bad }, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("without the child's name or personnummer", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var reason = $"Återförening med vårdnadshavare {tag}";
        Assert.Equal(HttpStatusCode.NoContent,
            (await worker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2001-03-31", reason }, Ct)).StatusCode);

        // A request of Kramfors, withdrawn with its reason.
        var created = await worker.PostAsJsonAsync("/api/foster-care/requests", new
        {
            childBirthDate = "2015-06-01", siblings = 0, urgency = "Planned", fromDate = "2030-01-01", wantedType = "FamilyHome",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var request = created.Headers.Location!.OriginalString.Split('/')[^1];
        var withdrawnBad = await worker.PostAsJsonAsync($"/api/foster-care/requests/{request}/withdrawal", new { reason = "gäller 20150601-1234" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, withdrawnBad.StatusCode);
        var withdrawal = $"Barnet placeras hos släkting {tag}";
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/foster-care/requests/{request}/withdrawal", new { reason = withdrawal }, Ct)).StatusCode);

        // The placing member: the end, the reason and the child, in the API and on the pages.
        using (var json = JsonDocument.Parse(await worker.GetStringAsync("/api/foster-care/placements", Ct)))
        {
            var own = json.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == placement);
            Assert.Equal(("2001-03-31", reason, childName), (own.GetProperty("end").GetString(), own.GetProperty("endReason").GetString(), own.GetProperty("childName").GetString()));
        }
        var memberPage = WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/placements?size=500", Ct));
        Assert.Contains("Varför den avslutades", memberPage, StringComparison.Ordinal);
        Assert.Contains(reason, memberPage, StringComparison.Ordinal);
        Assert.Contains("2001-03-31", memberPage, StringComparison.Ordinal);
        Assert.Contains(withdrawal, WebUtility.HtmlDecode(await worker.GetStringAsync("/foster-care/requests?size=500", Ct)), StringComparison.Ordinal);
        var requestPage = WebUtility.HtmlDecode(await worker.GetStringAsync($"/foster-care/requests/{request}", Ct));
        Assert.Contains("Varför den togs tillbaka", requestPage, StringComparison.Ordinal);
        Assert.Contains(withdrawal, requestPage, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(await worker.GetStringAsync($"/api/foster-care/requests/{request}", Ct)))
            Assert.Equal(withdrawal, json.RootElement.GetProperty("request").GetProperty("withdrawnReason").GetString());

        // The unit's staff: the reference, the end and the reason, never the child's name or personnummer.
        var staffPage = WebUtility.HtmlDecode(await staff.GetStringAsync("/foster-care/placements?size=500", Ct));
        var staffApi = await staff.GetStringAsync("/api/foster-care/placements", Ct);
        foreach (var body in new[] { staffPage, staffApi })
        {
            Assert.Contains(reason, body, StringComparison.Ordinal);
            Assert.Contains(childRef, body, StringComparison.Ordinal);
            Assert.DoesNotContain(childName, body, StringComparison.Ordinal);
            Assert.DoesNotContain("19950203-4565", body, StringComparison.Ordinal);
        }
        Assert.Contains(withdrawal, WebUtility.HtmlDecode(await staff.GetStringAsync($"/foster-care/requests/{request}", Ct)), StringComparison.Ordinal);
        Assert.Contains(withdrawal, await staff.GetStringAsync("/api/foster-care/requests", Ct), StringComparison.Ordinal);

        // Another member sees nothing of either: not the reason, not the reference.
        foreach (var url in new[] { "/foster-care/placements?size=500", "/api/foster-care/placements", "/foster-care/requests?size=500", "/api/foster-care/requests" })
        {
            var body = WebUtility.HtmlDecode(await timra.GetStringAsync(url, Ct));
            foreach (var secret in new[] { reason, withdrawal, childRef, childName })
                Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await timra.GetAsync($"/foster-care/requests/{request}", Ct)).StatusCode);
    }
}
