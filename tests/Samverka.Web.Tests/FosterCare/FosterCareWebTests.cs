using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.FosterCare;

namespace Samverka.Web.Tests.FosterCare;

/// <summary>The foster-care pages and API over real HTTP: every page renders for the unit, and a child's identity
/// reaches the placing member only, on every page and endpoint of the module.</summary>
public abstract class FosterCareWebTests(SamverkaAppFixture app)
{
    // The whole list on one page: other tests add placements to the shared app, and a child on page 2 would be
    // checked neither for the placing member's view nor for leaks to others.
    private const string AllPlacements = "/foster-care/placements?size=500";

    private const string Staff = "enhet@samverka.demo";
    private const string KramforsWorker = "socialsekreterare.kramfors@samverka.demo";
    private const string TimraWorker = "socialsekreterare.timra@samverka.demo";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Ids(List<Guid> Homes, List<Guid> Requests, List<Guid> Invoices, List<(Guid Home, Guid Document)> Documents);

    private sealed record Child(string Member, string Name, string Personnummer, string Ref);

    private async Task<(Ids Ids, List<Child> Children)> DataAsync()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var names = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, Ct);
        var children = (await db.Set<FosterPlacementRecord>().ToListAsync(Ct)).Select(p => new Child(names[p.MemberId], p.ChildName, p.ChildPersonnummer, p.ChildRef)).ToList();
        return (new Ids(await db.Set<FosterHomeRecord>().Select(h => h.Id).ToListAsync(Ct), await db.Set<PlacementRequestRecord>().Select(r => r.Id).ToListAsync(Ct),
            await db.Set<CostInvoiceRecord>().Select(i => i.Id).ToListAsync(Ct),
            (await db.Set<FosterHomeStepDocumentRecord>().Join(db.Set<FosterHomeStepRecord>(), d => d.StepId, s => s.Id, (d, s) => new { s.HomeId, d.Id }).ToListAsync(Ct))
                .Select(x => (x.HomeId, x.Id)).ToList()), children);
    }

    /// <summary>Every GET route of the module (pages and API), from the app's own endpoints, with real ids filled in.</summary>
    private List<string> ModuleUrls(Ids ids)
    {
        var routes = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(r => r.StartsWith("/foster-care", StringComparison.Ordinal) || r.StartsWith("/api/foster-care", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(routes.Count >= 20, $"only {routes.Count} foster-care routes found");
        var urls = new List<string>();
        foreach (var route in routes)
        {
            // Pages with a table get the whole list on one page (size=500), so that every row is checked.
            if (!route.Contains('{', StringComparison.Ordinal)) { urls.Add(route.StartsWith("/api", StringComparison.Ordinal) ? route : route + "?size=500"); continue; }
            if (route.Contains("{documentId", StringComparison.Ordinal))
            {
                urls.AddRange(ids.Documents.Select(d => System.Text.RegularExpressions.Regex.Replace(
                    System.Text.RegularExpressions.Regex.Replace(route, @"\{id(:guid)?\}", d.Home.ToString()), @"\{documentId(:guid)?\}", d.Document.ToString())));
                continue;
            }
            var list = route.Contains("/homes/", StringComparison.Ordinal) ? ids.Homes : route.Contains("/requests/", StringComparison.Ordinal) ? ids.Requests : ids.Invoices;
            Assert.True(route.Contains("/homes/", StringComparison.Ordinal) || route.Contains("/requests/", StringComparison.Ordinal) || route.Contains("/invoices/", StringComparison.Ordinal), route);
            urls.AddRange(list.Select(id => System.Text.RegularExpressions.Regex.Replace(route, @"\{id(:guid)?\}", id.ToString())));
        }
        return urls;
    }

    [Fact]
    public async Task EveryPage_ForTheUnitsStaff_RendersInSwedish()
    {
        var (ids, _) = await DataAsync();
        using var client = await app.SignInAsync(Staff);
        foreach (var url in ModuleUrls(ids).Where(u => !u.StartsWith("/api", StringComparison.Ordinal)))
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        using var member = await app.SignInAsync(KramforsWorker);
        foreach (var url in new[] { "/foster-care", "/foster-care/agreements", "/foster-care/cost-split", "/foster-care/invoices", "/foster-care/requests", AllPlacements })
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(url, Ct)).StatusCode);
        // Other modules' navigation items appear on these pages too; their translations are theirs to check.
        var others = Navigation.Modules.Where(m => m.Href != "/foster-care").SelectMany(m => new[] { m.Title, m.Description }).ToHashSet();
        var missing = Samverka.Web.Localization.Text.Missing.Keys.Where(k => !others.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing Swedish: " + string.Join(" | ", missing));
    }

    [Theory]
    [InlineData(KramforsWorker, "Kramfors kommun")]
    [InlineData(TimraWorker, "Timrå kommun")]
    [InlineData(Staff, null)]
    [InlineData("admin@samverka.demo", null)]
    [InlineData("handlaggare@samverka.demo", null)]
    [InlineData("controller@samverka.demo", null)]
    public async Task ChildIdentity_OnEveryPageAndEndpoint_IsSeenByThePlacingMemberOnly(string email, string? member)
    {
        var (ids, children) = await DataAsync();
        Assert.Contains(children, c => c.Member == "Kramfors kommun");
        Assert.Contains(children, c => c.Member == "Timrå kommun");
        using var client = await app.SignInAsync(email);
        var seen = new Dictionary<string, string>();
        foreach (var url in ModuleUrls(ids))
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Found,
                $"{email} {url}: {(int)response.StatusCode}");
            seen[url] = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync(Ct) : "";
        }
        foreach (var child in children)
        {
            var own = child.Member == member;
            foreach (var (url, body) in seen)
            {
                Assert.False(!own && body.Contains(child.Name, StringComparison.Ordinal), $"{email} saw {child.Name} at {url}");
                Assert.False(!own && body.Contains(child.Personnummer, StringComparison.Ordinal), $"{email} saw {child.Personnummer} at {url}");
                // Another member sees nothing of the placement, not even its reference.
                Assert.False(member is not null && !own && body.Contains(child.Ref, StringComparison.Ordinal), $"{email} saw {child.Ref} at {url}");
            }
            if (own) Assert.Contains(child.Name, seen[AllPlacements], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherMember_CannotOpenARequestOrItsMatches()
    {
        var (ids, _) = await DataAsync();
        using var timra = await app.SignInAsync(TimraWorker);
        using var kramfors = await app.SignInAsync(KramforsWorker);
        foreach (var id in ids.Requests)
        {
            var own = await kramfors.GetAsync($"/api/foster-care/requests/{id}", Ct);
            if (own.StatusCode != HttpStatusCode.OK) continue; // a request of another test's member
            Assert.Equal(HttpStatusCode.NotFound, (await timra.GetAsync($"/api/foster-care/requests/{id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await timra.GetAsync($"/foster-care/requests/{id}", Ct)).StatusCode);
            using var json = JsonDocument.Parse(await own.Content.ReadAsStringAsync(Ct));
            Assert.Equal(0, json.RootElement.GetProperty("ranked").GetArrayLength()); // the member does not see the pool
        }
    }

    [Fact]
    public async Task Homes_ForAMember_AreForbidden()
    {
        using var client = await app.SignInAsync(KramforsWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/foster-care/homes", Ct)).StatusCode);
        var page = await client.GetAsync("/foster-care/homes", Ct);
        Assert.Contains("/access-denied", page.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage()
    {
        using var client = await app.SignInAsync(Staff);
        var weights = await client.PostAsJsonAsync("/api/foster-care/cost-split/weights", new
        {
            effectiveFrom = "2031-01-01", size = 0.6m, usage = 0.5m, decisionBody = "Direktionen", decisionDate = "2030-12-01", decisionReference = "FM 1",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, weights.StatusCode);
        Assert.Contains("the weights must sum to 1, not 1.1", await weights.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var keys = await client.PostAsJsonAsync("/api/foster-care/cost-split/keys", new { period = "2031", memberId = Guid.NewGuid(), population = -5m }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, keys.StatusCode);
        Assert.Contains("a key must not be negative (-5)", await keys.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var agreements = JsonDocument.Parse(await client.GetStringAsync("/api/foster-care/agreements", Ct));
        var first = agreements.RootElement[0];
        var start = DateOnly.Parse(first.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var notice = await client.PostAsJsonAsync($"/api/foster-care/agreements/{first.GetProperty("id").GetString()}/notice", new
        {
            noticeDate = start.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), decisionBody = "KF", decisionDate = "2020-01-01", decisionReference = "KF 1",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notice.StatusCode);
        Assert.Contains("before the agreement's start", await notice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostSplit_InvoicedThroughTheApi_OnceOnly_AndTheXmlIsAnInvoice()
    {
        using var client = await app.SignInAsync(Staff);
        const string period = "2012-03";
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/foster-care/cost-split/costs", new { period, basis = "Accounts", costType = "Personal", amount = 600_000.00m }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/foster-care/cost-split/weights", new
        {
            effectiveFrom = "2012-01-01", size = 0.5m, usage = 0.5m, decisionBody = "Direktionen", decisionDate = "2011-12-01", decisionReference = "FM 2011/9 § 2",
        }, Ct)).StatusCode);
        using (var split = JsonDocument.Parse(await client.GetStringAsync($"/api/foster-care/cost-split?period={period}&basis=Accounts", Ct)))
        {
            Assert.NotEqual(0, split.RootElement.GetProperty("problems").GetArrayLength()); // populations missing
        }
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var unit = await db.Organisations.SingleAsync(o => o.OrganisationNumber == "222999-0011", Ct);
            var members = await db.OrganisationMemberships.Where(m => m.JointOrganisationId == unit.Id).Select(m => m.MemberId).ToListAsync(Ct);
            foreach (var m in members)
                Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/foster-care/cost-split/keys", new { period, memberId = m, population = 10_000m }, Ct)).StatusCode);
        }
        var issued = await client.PostAsJsonAsync("/api/foster-care/invoices", new { period, basis = "Accounts", issueDate = "2012-04-02" }, Ct);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var ids = (await issued.Content.ReadFromJsonAsync<List<Guid>>(Ct))!;
        Assert.Equal(6, ids.Count); // 600 000 / 6 members = 100 000.00 each
        var xml = XDocument.Parse(await client.GetStringAsync($"/api/foster-care/invoices/{ids[0]}/xml", Ct));
        Assert.Equal("Invoice", xml.Root!.Name.LocalName);
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "PayableAmount" && e.Value == "100000.00");
        var again = await client.PostAsJsonAsync("/api/foster-care/invoices", new { period, basis = "Accounts" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already invoiced", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.AssertRefusedAsync((db, ct) => db.Set<CostInvoiceRecord>().Where(i => i.Id == ids[0]).ExecuteUpdateAsync(i => i.SetProperty(x => x.Amount, 0m), ct),
            "An issued invoice cannot be changed");
        await app.AssertRefusedAsync((db, ct) => db.Set<CostInvoiceRecord>().Where(i => i.Id == ids[0]).ExecuteDeleteAsync(ct), "An issued invoice cannot be changed");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/foster-care/invoices/{ids[0]}?export=xlsx", Ct)).StatusCode);

        // A partial credit note: 40 000 of 100 000; never more than remains.
        var part = await client.PostAsJsonAsync($"/api/foster-care/invoices/{ids[0]}/credit", new { reason = "Rättat nyttjande", amount = 40_000m }, Ct);
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        var note = XDocument.Parse(await client.GetStringAsync($"/api/foster-care/invoices/{await part.Content.ReadFromJsonAsync<Guid>(Ct)}/xml", Ct));
        Assert.Equal("CreditNote", note.Root!.Name.LocalName);
        Assert.Contains(note.Descendants(), e => e.Name.LocalName == "PayableAmount" && e.Value == "40000.00");
        var tooMuch = await client.PostAsJsonAsync($"/api/foster-care/invoices/{ids[0]}/credit", new { reason = "x", amount = 60_000.01m }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("is more than remains uncredited", await tooMuch.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/foster-care/invoices", new { period, basis = "Accounts" }, Ct)).StatusCode); // still invoiced
    }

    [Fact]
    public async Task SupportLog_ThroughTheApi_ShowsOnTheHomeAndFollowUps_AndMembersSeeNothingOfIt()
    {
        var (ids, _) = await DataAsync();
        Guid home;
        await using (var scope = app.CreateScope())
            home = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeRecord>().Where(h => h.Code == "FH-002").Select(h => h.Id).SingleAsync(Ct);
        var note = "Stödsamtal om skolstart " + Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var staff = await app.SignInAsync(Staff);
        var bad = await staff.PostAsJsonAsync($"/api/foster-care/homes/{home}/support-log", new { date = today, kind = "HomeVisit", hours = -1m, staff = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("hours must be more than 0 and at most 24 (-1)", problems, StringComparison.Ordinal);
        Assert.Contains("Enter who of the unit's staff took part.", problems, StringComparison.Ordinal);

        var created = await staff.PostAsJsonAsync($"/api/foster-care/homes/{home}/support-log",
            new { date = today, kind = "HomeVisit", hours = 2.5m, staff = "Kim Handledare", household = "Lena Ek", notes = note, followUpDue = "2099-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = created.Headers.Location!.OriginalString.Split('/')[^1];
        using (var log = JsonDocument.Parse(await staff.GetStringAsync($"/api/foster-care/homes/{home}/support-log", Ct)))
            Assert.Contains(log.RootElement.EnumerateArray(), e => e.GetProperty("notes").GetString() == note && e.GetProperty("hours").GetDecimal() == 2.5m);
        Assert.Contains(note, await staff.GetStringAsync($"/foster-care/homes/{home}", Ct), StringComparison.Ordinal);
        Assert.Contains(entry, await staff.GetStringAsync("/api/foster-care/follow-ups", Ct), StringComparison.Ordinal);
        Assert.Contains("2099-01-01", await staff.GetStringAsync("/foster-care/follow-ups?size=500", Ct), StringComparison.Ordinal);

        foreach (var email in new[] { KramforsWorker, TimraWorker, "controller@samverka.demo" })
        {
            using var member = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/foster-care/homes/{home}/support-log", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/foster-care/follow-ups", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/foster-care/support-log/{entry}/follow-up-done", new { doneOn = today }, Ct)).StatusCode);
            foreach (var url in ModuleUrls(ids))
            {
                var response = await member.GetAsync(url, Ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    Assert.DoesNotContain(note, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/foster-care/support-log/{entry}/follow-up-done", new { doneOn = today }, Ct)).StatusCode);
        Assert.DoesNotContain(entry, await staff.GetStringAsync("/api/foster-care/follow-ups", Ct), StringComparison.Ordinal);
        var twice = await staff.PostAsJsonAsync($"/api/foster-care/support-log/{entry}/follow-up-done", new { doneOn = today }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("already done", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fees_ForAMonth_ShowEachMemberOnlyItsOwnPlacements_AndBadTablesAreRefused()
    {
        var (_, children) = await DataAsync();
        var march = $"{DateTime.UtcNow.Year}-03"; // demo: Kramfors and Timrå both have a child placed in March
        using var staff = await app.SignInAsync(Staff);
        var all = await staff.GetStringAsync($"/foster-care/fees?month={march}", Ct);
        Assert.Contains("Kramfors kommun", all, StringComparison.Ordinal);
        Assert.Contains("Timrå kommun", all, StringComparison.Ordinal);
        Assert.Contains("22/31 dagar", all, StringComparison.Ordinal);
        foreach (var child in children) Assert.DoesNotContain(child.Name, all, StringComparison.Ordinal);
        foreach (var (email, member) in new[] { (KramforsWorker, "Kramfors kommun"), (TimraWorker, "Timrå kommun") })
        {
            using var client = await app.SignInAsync(email);
            foreach (var url in new[] { $"/foster-care/fees?month={march}", $"/api/foster-care/fees?month={march}" })
            {
                var body = await client.GetStringAsync(url, Ct);
                foreach (var other in children.Where(c => c.Member != member))
                    Assert.False(body.Contains(other.Ref, StringComparison.Ordinal), $"{email} saw {other.Ref} at {url}");
                Assert.Contains(children.Where(c => c.Member == member), c => body.Contains(c.Ref, StringComparison.Ordinal));
            }
        }

        var bad = await staff.PostAsJsonAsync("/api/foster-care/fees/tables", new
        {
            effectiveFrom = "2040-01-15", bands = new[] { new { fromAge = 0, toAge = 6, fee = -1m, expenseAllowance = 5000m } },
            decisionBody = "Direktionen", decisionDate = "2039-12-01", decisionReference = "FM 1",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("a fee table takes effect on the first of a month, not 2040-01-15", problems, StringComparison.Ordinal);
        Assert.Contains("an amount must not be negative (-1)", problems, StringComparison.Ordinal);
        var created = await staff.PostAsJsonAsync("/api/foster-care/fees/tables", new
        {
            effectiveFrom = "2040-02-01", bands = new[] { new { fromAge = 0, toAge = 20, fee = 10_000m, expenseAllowance = 6_000m } },
            decisionBody = "Direktionen", decisionDate = "2039-12-01", decisionReference = "FM 2039/1 § 1",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var kramfors = await app.SignInAsync(KramforsWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await kramfors.PostAsJsonAsync("/api/foster-care/fees/tables", new { effectiveFrom = "2041-01-01" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Agreements_CreatedAndChangedThroughTheApi_RefuseOverlap_AndOnlyStaffMayChange()
    {
        using var staff = await app.SignInAsync(Staff);
        using var list = JsonDocument.Parse(await staff.GetStringAsync("/api/foster-care/agreements", Ct));
        var ange = list.RootElement.EnumerateArray().First(a => a.GetProperty("memberName").GetString() == "Ånge kommun");
        var id = ange.GetProperty("id").GetString();
        var start = ange.GetProperty("start").GetString();
        var second = await staff.PostAsJsonAsync("/api/foster-care/agreements", new
        {
            memberId = ange.GetProperty("memberId").GetString(), start = "2099-01-01", termYears = 5, noticeMonths = 12, renewalYears = 5,
            decisionBody = "KF", decisionDate = "2098-12-01", decisionReference = "KF 1",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("Ånge kommun already has an agreement", await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var change = new { start, termYears = 4, noticeMonths = 12, renewalYears = 4, decisionBody = "Kommunfullmäktige", decisionDate = start, decisionReference = "KF Ånge 2026/12 § 4" };
        using var timra = await app.SignInAsync(TimraWorker);
        Assert.Equal(HttpStatusCode.Forbidden, (await timra.PutAsJsonAsync($"/api/foster-care/agreements/{id}", change, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PutAsJsonAsync($"/api/foster-care/agreements/{Guid.NewGuid()}", change, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/foster-care/agreements/{id}", change, Ct)).StatusCode);
        using var after = JsonDocument.Parse(await staff.GetStringAsync("/api/foster-care/agreements", Ct));
        var changed = after.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(4, changed.GetProperty("termYears").GetInt32());
        Assert.Contains("KF Ånge 2026/12 § 4", changed.GetProperty("decision").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("KF Ånge 2026/12 § 4", await timra.GetStringAsync("/foster-care/agreements", Ct), StringComparison.Ordinal);
        Assert.Contains("Ändra avtalet med Ånge kommun", await staff.GetStringAsync("/foster-care/agreements", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingAPlacementAndWithdrawingARequest_AreThePlacingMembersOnly()
    {
        Guid placement, request;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var kramfors = await db.Organisations.Where(o => o.OrganisationNumber == "212000-2635").Select(o => o.Id).SingleAsync(Ct);
            placement = await db.Set<FosterPlacementRecord>().Where(p => p.MemberId == kramfors).Select(p => p.Id).FirstAsync(Ct);
            request = await db.Set<PlacementRequestRecord>().Where(r => r.MemberId == kramfors).Select(r => r.Id).FirstAsync(Ct);
        }
        using var timra = await app.SignInAsync(TimraWorker);
        Assert.Equal(HttpStatusCode.NotFound, (await timra.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2099-01-01", reason = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await timra.PostAsJsonAsync($"/api/foster-care/requests/{request}/withdrawal", new { reason = "x" }, Ct)).StatusCode);
        using var staff = await app.SignInAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "2099-01-01", reason = "x" }, Ct)).StatusCode);
        using var kramforsWorker = await app.SignInAsync(KramforsWorker);
        var bad = await kramforsWorker.PostAsJsonAsync($"/api/foster-care/placements/{placement}/end", new { end = "1990-01-01" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Enter why the placement ends.", problems, StringComparison.Ordinal);
        Assert.Contains("Avsluta en placering", await kramforsWorker.GetStringAsync(AllPlacements, Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Avsluta en placering", await timra.GetStringAsync(AllPlacements, Ct), StringComparison.Ordinal);
    }

    /// <summary>Uploads a file to a home's step through the home page's form (multipart, with its antiforgery token).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid home, string stepId, string fileName, byte[] bytes)
    {
        var token = SamverkaAppFixture.AntiforgeryToken(await client.GetStringAsync($"/foster-care/homes/{home}", Ct));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(stepId), "document.StepId" },
            { new ByteArrayContent(bytes), "document.File", fileName },
        };
        return await client.PostAsync($"/foster-care/homes/{home}?handler=Document", form, Ct);
    }

    [Fact]
    public async Task Home_WhatItTakes_IsChangedByStaff_NeverBelowTheChildrenPlacedToday_AndMembersCannot()
    {
        var code = "FH-C" + Guid.NewGuid().ToString("N")[..8];
        Guid kramfors, occupied;
        int placedToday;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            kramfors = await db.Organisations.Where(o => o.Name == "Kramfors kommun").Select(o => o.Id).SingleAsync(Ct);
            var busiest = await db.Set<FosterPlacementRecord>().Where(p => p.Start <= today && (p.End == null || p.End >= today))
                .GroupBy(p => p.HomeId).Select(g => new { Home = g.Key, Placed = g.Count() }).FirstAsync(Ct);
            (occupied, placedToday) = (busiest.Home, busiest.Placed);
        }
        using var staff = await app.SignInAsync(Staff);
        var registered = await staff.PostAsJsonAsync("/api/foster-care/homes", new
        {
            code, type = "FamilyHome", municipalityId = kramfors, address = "Storgatan 2, Kramfors", places = 1, minAge = 0, maxAge = 12, acceptsSiblings = false,
            inquiryDate = "2026-01-05", adult1Name = "Eva Ändring", adult1Personnummer = "19800314-1234",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var home = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);

        var bad = await staff.PutAsJsonAsync($"/api/foster-care/homes/{home}", new { address = "", places = 0, minAge = 10, maxAge = 5, acceptsSiblings = true, maxSiblingGroup = 1 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = await bad.Content.ReadAsStringAsync(Ct);
        foreach (var field in new[] { "Address", "Places", "MaxAge", "MaxSiblingGroup" }) Assert.Contains($"\"{field}\"", problems, StringComparison.Ordinal);

        var changed = await staff.PutAsJsonAsync($"/api/foster-care/homes/{home}", new
        {
            address = "Ågatan 5, Kramfors", places = 3, minAge = 2, maxAge = 15, acceptsSiblings = true, maxSiblingGroup = 3, languages = "svenska, arabiska, svenska", competences = "traumamedvetet",
        }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using (var json = JsonDocument.Parse(await staff.GetStringAsync($"/api/foster-care/homes/{home}", Ct)))
        {
            var h = json.RootElement;
            Assert.Equal(("Ågatan 5, Kramfors", 3, 2, 15, 3, "svenska, arabiska"), (h.GetProperty("address").GetString(), h.GetProperty("places").GetInt32(),
                h.GetProperty("minAge").GetInt32(), h.GetProperty("maxAge").GetInt32(), h.GetProperty("maxSiblingGroup").GetInt32(), h.GetProperty("languages").GetString()));
        }

        // A home with children placed today cannot be given fewer places than them; nothing is written.
        var tooFew = await staff.PutAsJsonAsync($"/api/foster-care/homes/{occupied}", new
        {
            address = "Vägen 1", places = placedToday - 1, minAge = 0, maxAge = 17, acceptsSiblings = false,
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooFew.StatusCode);
        Assert.Contains($"{placedToday} children are placed in the home today", await tooFew.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using (var scope = app.CreateScope())
            Assert.NotEqual("Vägen 1", await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeRecord>().Where(h => h.Id == occupied).Select(h => h.Address).SingleAsync(Ct));

        // The page's form does the same, in Swedish.
        var page = await SamverkaAppFixture.PostFormAsync(staff, $"/foster-care/homes/{home}?handler=Home", new Dictionary<string, string>
        {
            ["home.Address"] = "Ågatan 5, Kramfors", ["home.Places"] = "4", ["home.MinAge"] = "2", ["home.MaxAge"] = "15", ["home.AcceptsSiblings"] = "false",
            ["home.MaxSiblingGroup"] = "1", ["home.Languages"] = "svenska", ["home.Competences"] = "",
        }, formPage: $"/foster-care/homes/{home}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("Hemmets platser och vad det kan ta emot har ändrats.", await staff.GetStringAsync(page.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);

        using var member = await app.SignInAsync("socialsekreterare.kramfors@samverka.demo");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/foster-care/homes/{home}", new { address = "x", places = 1, minAge = 0, maxAge = 1 }, Ct)).StatusCode);
    }

    [Fact]
    public async Task StepDocuments_AreUploadedListedAndDownloadedByStaff_Audited_BadFilesRefused_AndMembersSeeNothing()
    {
        var code = "FH-D" + Guid.NewGuid().ToString("N")[..8];
        Guid kramfors, otherStep;
        int documentsBefore;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            kramfors = await db.Organisations.Where(o => o.Name == "Kramfors kommun").Select(o => o.Id).SingleAsync(Ct);
            otherStep = await db.Set<FosterHomeStepRecord>().Select(x => x.Id).FirstAsync(Ct);
            documentsBefore = await db.Set<FosterHomeStepDocumentRecord>().CountAsync(Ct);
        }
        using var staff = await app.SignInAsync(Staff);
        var registered = await staff.PostAsJsonAsync("/api/foster-care/homes", new
        {
            code, type = "FamilyHome", municipalityId = kramfors, address = "Storgatan 1, Kramfors", places = 1, minAge = 0, maxAge = 12, acceptsSiblings = false,
            inquiryDate = "2026-01-05", adult1Name = "Eva Dokument", adult1Personnummer = "19800314-1234",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var home = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[^1]);
        Guid step;
        await using (var scope = app.CreateScope())
            step = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeStepRecord>().Where(x => x.HomeId == home).Select(x => x.Id).SingleAsync(Ct);

        // Bad input: each refused on its field, nothing written.
        async Task Refused(string stepId, string fileName, byte[] bytes, string message)
        {
            var response = await UploadAsync(staff, home, stepId, fileName, bytes);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the page again, with the problem
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
        await Refused(step.ToString(), "tom.pdf", [], "välj en fil");
        await Refused(step.ToString(), "program.exe", "MZ"u8.ToArray(), "filen måste vara PDF, Word (docx), Excel (xlsx), OpenDocument (odt, ods), text eller CSV");
        await Refused(step.ToString(), "stor.pdf", new byte[Samverka.Modules.Platform.UploadedFiles.MaxBytes + 1], "filen är större än 5 MB");
        await Refused(otherStep.ToString(), "referens.pdf", "%PDF-1.4 referens"u8.ToArray(), "steget är inte ett av hemmets steg");
        await Refused("", "referens.pdf", "%PDF-1.4 referens"u8.ToArray(), "Välj det steg som dokumentet hör till.");
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            Assert.Equal(0, await db.Set<FosterHomeStepDocumentRecord>().CountAsync(d => d.StepId == step, Ct));
            Assert.Equal(documentsBefore, await db.Set<FosterHomeStepDocumentRecord>().CountAsync(Ct));
        }

        var fileName = $"registerutdrag-{code}.pdf";
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 registerutdrag " + code);
        var uploaded = await UploadAsync(staff, home, step.ToString(), fileName, bytes);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("filed=true", uploaded.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Guid document;
        await using (var scope = app.CreateScope())
            document = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeStepDocumentRecord>().Where(d => d.StepId == step).Select(d => d.Id).SingleAsync(Ct);
        var url = $"/foster-care/homes/{home}/documents/{document}";
        var page = await staff.GetStringAsync($"/foster-care/homes/{home}", Ct);
        Assert.Contains($"<a href=\"{url}\">{fileName}</a>", page, StringComparison.Ordinal);

        var download = await staff.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/foster-care/homes/{Guid.NewGuid()}/documents/{document}", Ct)).StatusCode); // not under another home
        await using (var scope = app.CreateScope())
        {
            var reads = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().AuditEntries
                .Where(e => e.SubjectType == "FosterHomeStepDocument" && e.SubjectId == document.ToString() && e.Action == Samverka.Modules.Audit.AuditActions.Read).ToListAsync(Ct);
            var read = Assert.Single(reads);
            Assert.Equal(Staff, read.UserName);
            Assert.Contains(fileName, read.Detail, StringComparison.Ordinal);
        }

        var (ids, _) = await DataAsync();
        Assert.Contains((home, document), ids.Documents);
        foreach (var email in new[] { KramforsWorker, TimraWorker, "controller@samverka.demo" })
        {
            using var member = await app.SignInAsync(email);
            foreach (var denied in new[] { url, $"/foster-care/homes/{home}" })
            {
                var response = await member.GetAsync(denied, Ct);
                if (response.Headers.Location?.OriginalString is { } to && to.Contains("/access-denied", StringComparison.Ordinal))
                    response = await member.GetAsync(to, Ct); // the denial page answers 403
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{email} {denied}: {(int)response.StatusCode}");
                Assert.DoesNotContain(fileName, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
            var posted = await member.PostAsync($"/foster-care/homes/{home}?handler=Document", new MultipartFormDataContent { { new ByteArrayContent(bytes), "document.File", "x.pdf" } }, Ct);
            Assert.False(posted.Headers.Location?.OriginalString.Contains("filed=true", StringComparison.Ordinal) ?? false, $"{email} uploaded a document");
            foreach (var moduleUrl in ModuleUrls(ids))
            {
                var response = await member.GetAsync(moduleUrl, Ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    Assert.DoesNotContain(fileName, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
        }
        await using (var scope = app.CreateScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Set<FosterHomeStepDocumentRecord>().CountAsync(d => d.StepId == step, Ct));
    }
}
