using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Web;
using Samverka.Web.Startup;

namespace Samverka.Web.Tests;

/// <summary>The real app (<see cref="SamverkaWebApplication.Build"/>) on Kestrel at 127.0.0.1 on a free port, migrated and
/// seeded with demo data. Subclasses say which database: <see cref="SqliteApp"/> here; a PostgreSQL fixture overrides
/// <see cref="CreateConnectionStringAsync"/> (and <see cref="DisposeDatabaseAsync"/>), and the same abstract test
/// classes run against it.</summary>
public abstract partial class SamverkaAppFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public WebApplication App => _app ?? throw NotStarted();

    public Uri BaseAddress { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A connection string to a new, empty database, or null (with <see cref="UnavailableReason"/> set) when
    /// this kind of database cannot be had here: the tests then report themselves skipped.</summary>
    protected abstract Task<string?> CreateConnectionStringAsync();

    /// <summary>Why the database is unavailable (tests skip with this reason), or null.</summary>
    protected string? UnavailableReason { get; set; }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        if (await CreateConnectionStringAsync() is not { } connectionString) return;
        ConnectionString = connectionString;
        _app = SamverkaWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:Samverka=" + ConnectionString,
            "--Samverka:SeedDemoData=true",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.MigrateAndSeedAsync();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await DisposeDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client with its own cookies that does not follow redirects (tests look at them).</summary>
    public HttpClient CreateClient() => _app is null ? throw NotStarted() :
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>A client signed in as one of the demo users (or any user with that password).</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = DemoData.Password)
    {
        var client = CreateClient();
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var form = await client.GetAsync(formPage ?? url);
        if (form.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {formPage ?? url}: {(int)form.StatusCode} {form.Headers.Location}");
        var token = AntiforgeryToken(await form.Content.ReadAsStringAsync());
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(url, content);
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>A scope for reaching the database and services directly.</summary>
    public AsyncServiceScope CreateScope() => App.Services.CreateAsyncScope();

    private Exception NotStarted()
    {
        if (UnavailableReason is not null) Assert.Skip(UnavailableReason);
        return new InvalidOperationException("The app has not started.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The app on a fresh SQLite file in the temp folder.</summary>
public sealed class SqliteApp : SamverkaAppFixture
{
    private string? _file;

    protected override Task<string?> CreateConnectionStringAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"samverka-web-{Guid.NewGuid():N}.db");
        return Task.FromResult<string?>($"Data Source={_file}");
    }

    protected override Task DisposeDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (f is not null && File.Exists(f)) File.Delete(f);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "Web app on SQLite";
}
