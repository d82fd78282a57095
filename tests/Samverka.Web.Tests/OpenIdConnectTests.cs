using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samverka.Web.Startup;

namespace Samverka.Web.Tests;

/// <summary>Sign-in through OpenID Connect, against an identity provider that runs on loopback inside the test
/// (discovery, keys, authorization-code flow with PKCE and form_post, RS256-signed ID tokens). The provider's user is
/// matched to a local account by e-mail; someone without one is sent back to the sign-in page with a message.</summary>
public sealed partial class OpenIdConnectTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"samverka-oidc-{Guid.NewGuid():N}.db");
    private LoopbackIdentityProvider _provider = null!;
    private WebApplication _app = null!;
    private Uri _appAddress = null!;

    public async ValueTask InitializeAsync()
    {
        _provider = await LoopbackIdentityProvider.StartAsync();
        _app = SamverkaWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Samverka=Data Source=" + _database,
            "--Samverka:SeedDemoData=true",
            "--Logging:LogLevel:Default=Warning",
            "--Authentication:OpenIdConnect:Authority=" + _provider.Issuer,
            "--Authentication:OpenIdConnect:ClientId=samverka",
            "--Authentication:OpenIdConnect:ClientSecret=hemligt",
            "--Authentication:OpenIdConnect:DisplayName=Kommunens inloggning",
            "--Authentication:OpenIdConnect:RequireHttpsMetadata=false",
        ]);
        await _app.MigrateAndSeedAsync();
        await _app.StartAsync();
        _appAddress = new Uri(_app.Urls.First().TrimEnd('/') + "/");
    }

    [Fact]
    public async Task SignIn_ThroughProvider_WithLocalAccount_SignsInAsThatUser()
    {
        using var browser = NewClient();
        _provider.NextUserEmail = "handlaggare@samverka.demo";

        var signInPage = await browser.GetStringAsync("sign-in", TestContext.Current.CancellationToken);
        Assert.Contains("Logga in med Kommunens inloggning", signInPage, StringComparison.Ordinal);

        var landing = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/", landing.Headers.Location?.OriginalString);
        var start = await browser.GetStringAsync("", TestContext.Current.CancellationToken);
        Assert.Contains("Välkommen", start, StringComparison.Ordinal);
        Assert.Contains("Exempelstads kommun", start, StringComparison.Ordinal);
        Assert.True(_provider.PkceVerified, "the token request did not prove the PKCE code verifier");
    }

    [Fact]
    public async Task SignIn_ThroughProvider_WithoutLocalAccount_ReturnsToSignInWithMessage()
    {
        using var browser = NewClient();
        _provider.NextUserEmail = "okand@example.se";

        var landing = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/sign-in?external=failed", landing.Headers.Location?.OriginalString);
        var page = await browser.GetStringAsync("sign-in?external=failed", TestContext.Current.CancellationToken);
        Assert.Contains("Inloggningen via din organisation lyckades inte", page, StringComparison.Ordinal);
        var start = await browser.GetAsync("", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode); // still signed out
    }

    /// <summary>What a browser does: ask Samverka to sign in through the provider, follow the redirect to the provider,
    /// and post the provider's answer (form_post) back to Samverka's callback.</summary>
    private async Task<HttpResponseMessage> SignInThroughProviderAsync(HttpClient browser)
    {
        var challenge = await SamverkaAppFixture.PostFormAsync(browser, "sign-in?handler=External", [], formPage: "sign-in");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(_provider.Issuer, authorize.ToString(), StringComparison.Ordinal);

        using var toProvider = new HttpClient();
        var form = await toProvider.GetStringAsync(authorize, TestContext.Current.CancellationToken);
        var action = FormAction().Match(form).Groups[1].Value;
        var fields = HiddenInput().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _appAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}

/// <summary>A minimal OpenID Connect provider on 127.0.0.1: just enough of the protocol for the authorization-code
/// flow with PKCE, as ASP.NET Core's handler speaks it. Every user it signs in is <see cref="NextUserEmail"/>.</summary>
internal sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, string ClientId, string Email)> _codes = new();
    private WebApplication _app = null!;

    public string Issuer { get; private set; } = "";
    public string NextUserEmail { get; set; } = "";
    public bool PkceVerified { get; private set; }

    public static async Task<LoopbackIdentityProvider> StartAsync()
    {
        var provider = new LoopbackIdentityProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        provider._app = builder.Build();
        provider.Map(provider._app);
        await provider._app.StartAsync();
        provider.Issuer = provider._app.Urls.First().TrimEnd('/');
        return provider;
    }

    private RsaSecurityKey SigningKey => new(_key) { KeyId = "loopback-1" };

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.ExportParameters(false)) { KeyId = "loopback-1" });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            if (q["response_type"] != "code" || q["code_challenge_method"] != "S256") return Results.BadRequest("code flow with S256 PKCE expected");
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (q["nonce"]!, q["code_challenge"]!, q["client_id"]!, NextUserEmail);
            var html = new StringBuilder($"<html><body><form method=\"post\" action=\"{WebUtility.HtmlEncode(q["redirect_uri"])}\">");
            html.Append($"<input type=\"hidden\" name=\"code\" value=\"{code}\">");
            html.Append($"<input type=\"hidden\" name=\"state\" value=\"{WebUtility.HtmlEncode(q["state"])}\">");
            html.Append("</form></body></html>");
            return Results.Content(html.ToString(), "text/html");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_codes.TryRemove(form["code"].ToString(), out var grant)) return Results.BadRequest(new { error = "invalid_grant" });
            var verifier = form["code_verifier"].ToString();
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
            if (challenge != grant.Challenge) return Results.BadRequest(new { error = "invalid_grant", error_description = "PKCE" });
            PkceVerified = true;
            var now = DateTime.UtcNow;
            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = grant.ClientId,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(5),
                Claims = new Dictionary<string, object> { ["sub"] = grant.Email, ["email"] = grant.Email, ["nonce"] = grant.Nonce },
                SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
