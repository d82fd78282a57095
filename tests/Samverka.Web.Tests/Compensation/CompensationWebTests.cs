using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Web.Tests.Compensation;

/// <summary>The compensation module over real HTTP: pages and API, the payment month from preview to files, and what a
/// provider's users may see (their own payments, nothing of other providers').</summary>
public abstract class CompensationWebTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Month = "2026-11"; // the demo's first month: any month may be approved first

    private static readonly string[] MunicipalityPages =
        ["/compensation/providers", "/compensation/children", "/compensation/children/enroll", "/compensation/import", "/compensation/rules", "/compensation/settings",
         "/compensation/what-if"];

    /// <summary>Approves the demo month once (the app, and so its database, is shared by the collection's tests).</summary>
    private async Task EnsureApprovedAsync()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        using var response = await officer.PostAsync($"/api/compensation/months/{Month}/approve", null, Ct);
        if (response.StatusCode == HttpStatusCode.OK) return;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(body.Contains("already approved", StringComparison.Ordinal), $"{response.StatusCode}: {body}");
    }

    [Fact]
    public async Task EveryPage_ForGrantOfficer_AnswersInSwedishWithEveryStringTranslated()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var child = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement[0].GetProperty("id").GetString();
        var ruleSet = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement[0].GetProperty("id").GetString();
        var provider = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/providers", Ct)).RootElement[0].GetProperty("id").GetString();
        foreach (var path in MunicipalityPages.Concat(["/compensation", "/compensation/months", $"/compensation/months/{Month}", "/compensation/months/2026-12",
                     $"/compensation/children/{child}", $"/compensation/rules/{ruleSet}", $"/compensation/providers/{provider}"]))
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        }
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    [Fact]
    public async Task Preview_ShowsEachLineWithItsSwedishExplanation()
    {
        using var client = await app.SignInAsync("controller@samverka.demo");
        var html = await client.GetStringAsync("/compensation/months/2026-12", Ct);
        Assert.Contains("enligt taxa från 2026-01 (KS 2025-12-10 § 212)", html);
        Assert.Contains("Solrosens familjenätverk", html);
        Assert.DoesNotContain("Attestera 2026-12", html); // a controller reads, a grant officer approves
    }

    [Fact]
    public async Task ApprovedMonth_ExportsValidPain001AndBalancedSie_AndRefusesASecondApproval()
    {
        await EnsureApprovedAsync();
        using var client = await app.SignInAsync("handlaggare@samverka.demo");

        using var again = await client.PostAsync($"/api/compensation/months/{Month}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already approved", await again.Content.ReadAsStringAsync(Ct));

        var view = JsonDocument.Parse(await client.GetStringAsync($"/api/compensation/months/{Month}", Ct)).RootElement;
        Assert.True(view.GetProperty("approved").GetBoolean());
        var total = view.GetProperty("providers").EnumerateArray().Sum(p => p.GetProperty("total").GetDecimal());

        var pain = await client.GetByteArrayAsync($"/api/compensation/months/{Month}/pain001", Ct);
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(pain));
        XNamespaceCheck(xml, total, view.GetProperty("providers").GetArrayLength());
        await Pain001Schema.ValidateAsync(pain, Ct);

        var sie = SieReader.Read(await client.GetByteArrayAsync($"/api/compensation/months/{Month}/sie", Ct), "sie");
        var voucher = Assert.Single(sie.Vouchers);
        Assert.True(voucher.IsBalanced);
        Assert.Equal(total, voucher.Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));
        Assert.Equal(pain, await client.GetByteArrayAsync($"/compensation/months/{Month}?handler=pain001", Ct)); // the page's link: the same bytes
    }

    private static void XNamespaceCheck(System.Xml.Linq.XDocument xml, decimal total, int providers)
    {
        System.Xml.Linq.XNamespace ns = Pain001Writer.NamespaceUri;
        Assert.Equal(total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), xml.Descendants(ns + "CtrlSum").First().Value);
        Assert.Equal(providers, xml.Descendants(ns + "CdtTrfTxInf").Count()); // one payment per provider
    }

    [Fact]
    public async Task ProviderUser_OnEveryPageAndEndpoint_SeesOnlyItsOwnPayments()
    {
        await EnsureApprovedAsync();
        using var provider = await app.SignInAsync("anordnare@samverka.demo");

        var page = await provider.GetStringAsync($"/compensation/months/{Month}", Ct);
        Assert.Contains("Solrosens familjenätverk", page);
        foreach (var other in new[] { "Lärkans", "Ekorrens", "Humlans" }) Assert.DoesNotContain(other, page);
        Assert.DoesNotContain("pain001", page);
        var view = JsonDocument.Parse(await provider.GetStringAsync($"/api/compensation/months/{Month}", Ct)).RootElement;
        Assert.All(view.GetProperty("lines").EnumerateArray(), l => Assert.Equal("769699-0014", l.GetProperty("providerNumber").GetString()));
        Assert.NotEqual(0, view.GetProperty("lines").GetArrayLength());
        var csv = await provider.GetStringAsync($"/compensation/months/{Month}?handler=export&format=csv", Ct);
        Assert.DoesNotContain("769699-0022", csv);
        Assert.Contains("769699-0014", csv);
        var months = await provider.GetStringAsync("/compensation/months", Ct);
        Assert.DoesNotContain("2026-12", months); // no preview of open months

        foreach (var path in MunicipalityPages.Append("/compensation/months/2026-12"))
        {
            using var response = await provider.GetAsync(path, Ct);
            Assert.True(Denied(response) || response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode} {response.Headers.Location}");
        }
        foreach (var path in new[] { "/api/compensation/providers", "/api/compensation/children", "/api/compensation/rule-sets", $"/api/compensation/months/{Month}/pain001",
                     $"/api/compensation/months/{Month}/sie", "/api/compensation/months/2026-12" })
        {
            using var response = await provider.GetAsync(path, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        using var approve = await provider.PostAsync("/api/compensation/months/2026-12/approve", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        using var pain = await provider.GetAsync($"/compensation/months/{Month}?handler=pain001", Ct);
        Assert.True(Denied(pain), pain.StatusCode.ToString());
    }

    [Fact]
    public async Task Import_WithBadRows_Answers400ListingEveryRowAndWritesNothing()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var before = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement.GetArrayLength();
        var csv = "child_id;birth_date;provider_id;start_date;end_date;notice_date\n"
            + "WEB-1;2024-03-01;769699-0014;2026-01-01;;\n"
            + "WEB-2;2024-03-01;556677-8899;2026-01-01;;\n"
            + "WEB-3;2024-03-01;769699-0014;2026-01-01;2025-12-01;\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await client.PostAsync("/api/compensation/enrollments/import?fileName=barn.csv", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("source").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("field").GetString())).ToList();
        Assert.Equal([("barn.csv", 3, "provider_id"), ("barn.csv", 4, "end_date")], problems);
        Assert.Equal(before, JsonDocument.Parse(await client.GetStringAsync("/api/compensation/children", Ct)).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task RulesFile_ExportedFromTheApi_ImportsBackAsAnEqualRuleSet()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var id = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement[0].GetProperty("id").GetString();
        var json = await client.GetStringAsync($"/api/compensation/rule-sets/{id}/rules.json", Ct);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var created = await client.PostAsync($"/api/compensation/rule-sets/import?name=Kopia {Guid.NewGuid():N}", content, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(json, await client.GetStringAsync(created.Headers.Location, Ct));
    }

    [Fact]
    public async Task WhatIf_ComparesTwoRuleSetsWithAnAccessibleChartPerProvider()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        var sets = JsonDocument.Parse(await client.GetStringAsync("/api/compensation/rule-sets", Ct)).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("id").GetString());
        var html = await client.GetStringAsync($"/compensation/what-if?a={sets["Gällande regler"]}&b={sets["Förslag: en åldersgrupp för alla"]}&from=2026-01&to=2027-12", Ct);

        Assert.Contains("id=\"comparison\"", html);
        Assert.Equal(4, html.Split("role=\"img\"").Length - 1); // one chart per provider
        Assert.Contains("<title id=\"chart-0-title\">Månadsintäkt för", html);
        Assert.Contains("<desc id=\"chart-0-desc\">", html);
        Assert.Contains("Diagrammets siffror som tabell", html);
        Assert.Contains("2027-12", html);
    }

    [Fact]
    public async Task CommitteeMember_CanReadButNotApproveOrChange()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compensation/months/2026-12", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/compensation/months/2026-12/approve", null, Ct)).StatusCode);
        Assert.True(Denied(await client.GetAsync("/compensation/import", Ct)));
    }

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;
}
