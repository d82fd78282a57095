using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Grants.News;

namespace Samverka.Web.Tests.Grants;

/// <summary>Grant news over real HTTP and real SMTP: subscribers (people and organisations), publishing mailed through a
/// local SMTP server the test starts, at most once per subscriber, failures recorded; no SMTP configured; the public
/// news page and Atom feed; who sees the subscribers.</summary>
/// <remarks>The app's <c>Smtp</c> settings are set by each test that publishes (the tests of one app run one at a time).</remarks>
public abstract class GrantNewsTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";
    private const string OtherMunicipalityOfficer = "socialsekreterare.kramfors@samverka.demo";
    private const string Partner = "forening@samverka.demo";
    private const string Exempelstad = "212000-9994";
    private const string Kramfors = "212000-2635";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_MailsEachActiveSubscriberOnce_RecordsAFailure_AndNeverResends()
    {
        var g = Guid.NewGuid().ToString("N")[..8];
        string person = $"anna-{g}@example.org", refused = $"fel-{g}@example.org", elsewhere = $"kramfors-{g}@example.org", later = $"sen-{g}@example.org";
        await using var smtp = SmtpTestServer.Start(refused);
        UseSmtp(smtp.Port);
        using var anonymous = app.CreateClient();
        await SubscribeAsync(anonymous, Exempelstad, person);
        await SubscribeAsync(anonymous, Exempelstad, refused);
        await SubscribeAsync(anonymous, Kramfors, elsewhere);
        using (var partner = await app.SignInAsync(Partner))
            await SubmitAsync(partner, "/grants/news?handler=SubscribeOrganisation", "/grants/news", new() { ["Organisation.MunicipalityId"] = (await OrganisationIdAsync(Exempelstad)).ToString() });

        using var officer = await app.SignInAsync(Officer);
        var title = $"Ny ansökningsomgång för föreningsbidrag {g}";
        var published = await officer.PostAsync("/api/grants/news", Json(new { title, body = "Nu kan föreningar söka verksamhetsbidrag för 2027.\n\nSista dag är den 31 mars." }), Ct);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        using var result = JsonDocument.Parse(await published.Content.ReadAsStringAsync(Ct));
        var id = result.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("Mailed", result.RootElement.GetProperty("mailStatus").GetString());

        var mail = Assert.Single(smtp.To(person));
        Assert.Equal([person], mail.To);
        Assert.Equal("bidrag@exempelstad.example", mail.From);
        Assert.Equal($"{title} – bidragsnyheter från Exempelstads kommun", mail.Subject);
        Assert.Contains("Nu kan föreningar söka verksamhetsbidrag för 2027.\n\nSista dag är den 31 mars.", mail.Body);
        Assert.Contains($"Läs nyheten på webben: {app.BaseAddress}grants/news/{id}", mail.Body);
        Assert.Contains($"Avsluta prenumerationen: {app.BaseAddress}grants/news/unsubscribe?token={await TokenAsync(person)}", mail.Body);
        Assert.Single(smtp.To("kansli@exempelstadsif.example"));
        Assert.Empty(smtp.To(refused));
        Assert.Empty(smtp.To(elsewhere));
        Assert.Equal(new Dictionary<string, GrantNewsDeliveryStatus> { [person] = GrantNewsDeliveryStatus.Sent, [refused] = GrantNewsDeliveryStatus.Failed },
            (await DeliveriesAsync(id)).Where(d => d.Key.EndsWith($"-{g}@example.org", StringComparison.Ordinal)).ToDictionary());
        var manage = await PageTextAsync(officer, $"/grants/news/manage?published={id}");
        Assert.Contains("Nyheten är publicerad och utskickad", manage);
        Assert.Contains(refused + ":", manage);

        // Sending again reaches only who subscribed since: nobody is mailed the item twice, not even the one that failed.
        await SubscribeAsync(anonymous, Exempelstad, later);
        var mailsBefore = smtp.Mails.Count;
        using (var again = JsonDocument.Parse(await (await officer.PostAsync($"/api/grants/news/{id}/send", null, Ct)).Content.ReadAsStringAsync(Ct)))
            Assert.Equal((1, 0), (again.RootElement.GetProperty("sent").GetInt32(), again.RootElement.GetProperty("failed").GetInt32()));
        Assert.Equal(mailsBefore + 1, smtp.Mails.Count);
        Assert.Single(smtp.To(later));
        Assert.Single(smtp.To(person));

        // The unsubscribe link ends the subscription: the next item does not reach that address.
        var link = $"/grants/news/unsubscribe?token={await TokenAsync(person)}";
        var ended = await SamverkaAppFixture.PostFormAsync(anonymous, link, new Dictionary<string, string>());
        Assert.Contains($"{person} får inte längre bidragsnyheter.", WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync(Ct)));
        await officer.PostAsync("/api/grants/news", Json(new { title = title + " (2)", body = "Påminnelse." }), Ct);
        Assert.Single(smtp.To(person));
        Assert.Equal(2, smtp.To(later).Count);
    }

    [Fact]
    public async Task Publish_WithoutSmtp_IsPublishedAndSaysNoMailWasSent()
    {
        UseSmtp(null);
        using var anonymous = app.CreateClient();
        await SubscribeAsync(anonymous, Exempelstad, $"ingen-smtp-{Guid.NewGuid():N}@example.org");
        using var officer = await app.SignInAsync(Officer);
        var response = await SubmitAsync(officer, "/grants/news/manage?handler=Publish", "/grants/news/manage",
            new() { ["Input.Title"] = "Utan e-post " + Guid.NewGuid().ToString("N")[..6], ["Input.Body"] = "Text." });
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split("published=")[1]);
        Assert.Contains("Ingen e-post skickades: ingen SMTP-server är konfigurerad.", await PageTextAsync(officer, response.Headers.Location.OriginalString));
        Assert.Empty(await DeliveriesAsync(id));
        var send = await officer.PostAsync($"/api/grants/news/{id}/send", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, send.StatusCode);
        Assert.Contains("no SMTP server is configured", await send.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task NewsPageAndAtomFeed_AreAnonymous_AndTheFeedIsAtomWithTheEntries()
    {
        UseSmtp(null);
        using var officer = await app.SignInAsync(Officer);
        var title = "Flödestest " + Guid.NewGuid().ToString("N")[..8];
        var created = await officer.PostAsync("/api/grants/news", Json(new { title, body = "Första stycket & <mer>." }), Ct);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();

        using var anonymous = app.CreateClient();
        Assert.Contains(title, await PageTextAsync(anonymous, "/grants/news"));
        Assert.Contains("Första stycket & <mer>.", await PageTextAsync(anonymous, $"/grants/news/{id}"));
        var feed = await anonymous.GetAsync("/grants/news/feed.atom", Ct);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await feed.Content.ReadAsStringAsync(Ct));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var root = xml.Root!;
        Assert.Equal(atom + "feed", root.Name);
        Assert.Equal($"{app.BaseAddress}grants/news", root.Element(atom + "id")!.Value);
        Assert.Equal("Bidragsnyheter", root.Element(atom + "title")!.Value);
        var updated = DateTimeOffset.Parse(root.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var entry = root.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value == $"urn:uuid:{id}");
        Assert.Equal(title, entry.Element(atom + "title")!.Value);
        Assert.Equal($"{app.BaseAddress}grants/news/{id}", entry.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("Första stycket & <mer>.", entry.Element(atom + "content")!.Value);
        Assert.Equal("Exempelstads kommun", entry.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal(updated, root.Elements(atom + "entry").Max(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)));

        // The subscribers are not public, nor another municipality's business, nor a partner's.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/grants/news/subscribers", Ct)).StatusCode);
        Assert.Contains("/sign-in", (await anonymous.GetAsync("/grants/news/manage", Ct)).Headers.Location!.OriginalString);
        using var partner = await app.SignInAsync(Partner);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/grants/news/subscribers", Ct)).StatusCode);
        var address = $"tenant-{Guid.NewGuid():N}@example.org";
        await SubscribeAsync(anonymous, Exempelstad, address);
        Assert.Contains(address, await officer.GetStringAsync("/api/grants/news/subscribers", Ct));
        using var kramfors = await app.SignInAsync(OtherMunicipalityOfficer);
        Assert.DoesNotContain(address, await kramfors.GetStringAsync("/api/grants/news/subscribers", Ct));
    }

    [Fact]
    public async Task Subscribe_WithABadAddressOrTwice_IsRefused_AndPagesAreTranslated()
    {
        using var anonymous = app.CreateClient();
        var bad = await anonymous.PostAsync("/api/grants/news/subscriptions", Json(new { municipalityId = await OrganisationIdAsync(Exempelstad), email = "inte en adress" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"field\":\"Email\"", await bad.Content.ReadAsStringAsync(Ct));
        var address = $"tva-{Guid.NewGuid():N}@example.org";
        await SubscribeAsync(anonymous, Exempelstad, address);
        var twice = await SamverkaAppFixture.PostFormAsync(anonymous, "/grants/news?handler=Subscribe",
            new Dictionary<string, string> { ["Input.MunicipalityId"] = (await OrganisationIdAsync(Exempelstad)).ToString(), ["Input.Email"] = address }, "/grants/news");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains($"{address} prenumererar redan", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync(Ct)));
        var unknown = await SamverkaAppFixture.PostFormAsync(anonymous, "/grants/news/unsubscribe?token=okand", new Dictionary<string, string>());
        Assert.Contains("länken är inte giltig", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync(Ct)));

        using var officer = await app.SignInAsync(Officer);
        foreach (var path in new[] { "/", "/grants/news", "/grants/news/manage", $"/grants/news/unsubscribe?token={await TokenAsync(address)}" })
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path, Ct)).StatusCode);
        using var partner = await app.SignInAsync(Partner);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/grants/news", Ct)).StatusCode);
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    // --- helpers

    private void UseSmtp(int? port)
    {
        app.App.Configuration["Smtp:Host"] = port is null ? "" : "127.0.0.1";
        app.App.Configuration["Smtp:Port"] = port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        app.App.Configuration["Smtp:From"] = "bidrag@exempelstad.example";
    }

    private async Task SubscribeAsync(HttpClient client, string municipality, string email)
    {
        var response = await client.PostAsync("/api/grants/news/subscriptions", Json(new { municipalityId = await OrganisationIdAsync(municipality), email }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formPage, Dictionary<string, string> fields)
    {
        var response = await SamverkaAppFixture.PostFormAsync(client, url, fields, formPage);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return response;
    }

    private async Task<Guid> OrganisationIdAsync(string number)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.OrganisationNumber == number).Select(o => o.Id).SingleAsync(Ct);
    }

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantNewsSubscribers().Where(s => s.Email == email).Select(s => s.Token).SingleAsync(Ct);
    }

    private async Task<Dictionary<string, GrantNewsDeliveryStatus>> DeliveriesAsync(Guid itemId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().GrantNewsDeliveries().Where(d => d.ItemId == itemId).ToDictionaryAsync(d => d.Email, d => d.Status, Ct);
    }

    private static async Task<string> PageTextAsync(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url, Ct)).Replace('\u00a0', ' ');

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
