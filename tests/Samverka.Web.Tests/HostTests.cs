using System.Net;
using System.Text.Json;

namespace Samverka.Web.Tests;

/// <summary>Health, OpenAPI, security headers, static files, languages: the app as a host.</summary>
public abstract class HostTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthLive_Anonymous_IsHealthy()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health/live", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task HealthReady_WithDatabase_IsHealthy()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesOrganisationsApi()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/organisations", out var list));
        Assert.True(list.TryGetProperty("get", out _));
        Assert.True(list.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/organisations/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/organisations/import", out _));
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/health/live")]
    [InlineData("/api/organisations")]
    public async Task Response_HasSecurityHeaders(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path, Ct);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/site.js", "text/javascript")]
    public async Task StaticAsset_Anonymous_IsServed(string path, string contentType)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task SignInPage_IsSwedishByDefault_AndEnglishWhenChosen()
    {
        using var client = app.CreateClient();
        var swedish = await client.GetStringAsync("/sign-in", Ct);
        Assert.Contains("<html lang=\"sv\">", swedish);
        Assert.Contains("Logga in", swedish);
        Assert.Contains("Hoppa till huvudinnehållet", swedish);

        var response = await SamverkaAppFixture.PostFormAsync(client, "/language",
            new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = "/sign-in" }, formPage: "/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var english = await client.GetStringAsync("/sign-in", Ct);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Skip to main content", english);
    }

    [Fact]
    public async Task EveryPage_InSwedish_HasEveryStringTranslated()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var id = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/organisations?q=familjehem", Ct), "href=\"/organisations/([0-9a-f-]{36})\"").Groups[1].Value;
        foreach (var path in new[] { "/", "/organisations", "/organisations/create", "/organisations/import", $"/organisations/{id}", $"/organisations/{id}/edit", "/audit", "/access-denied", "/sign-out",
            "/foster-care", "/foster-care/agreements", "/foster-care/cost-split", "/foster-care/invoices", "/foster-care/homes", "/foster-care/homes/register", "/foster-care/recruitment", "/foster-care/requests", "/foster-care/placements" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
        }
        Assert.Empty(Samverka.Web.Localization.Text.Missing.Keys);
    }

    [Theory]
    [InlineData("admin@samverka.demo", "/organisations/{0}")] // the page answers NotFound() itself
    [InlineData("admin@samverka.demo", "/no-such-page/{0}")] // no page at all
    [InlineData("handlaggare@samverka.demo", "/grants/payment-batches/{0}")] // the use case throws GrantNotFoundException
    [InlineData("handlaggare@samverka.demo", "/partnerships/{0}")]
    [InlineData("forening@samverka.demo", "/partnerships/{0}")] // a partner: another's partnership or none
    public async Task Page_ForUnknownThing_IsNotFound_WithTheSwedishStatusPage(string user, string path)
    {
        using var client = await app.SignInAsync(user);
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Guid.NewGuid()), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Sidan finns inte</h1>", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Fact]
    public async Task Api_ForUnknownThing_IsNotFound_AsProblemDetails_NotThePage()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var response = await client.GetAsync($"/api/partnerships/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Sidan finns inte", await response.Content.ReadAsStringAsync(Ct));
    }
}
