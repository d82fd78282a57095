using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samverka.Web;
using Samverka.Web.Startup;

namespace Samverka.E2E.Tests.Grants;

/// <summary>A clock the test moves: starts at the real instant, moves only when told.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Like <see cref="BrowserFixture"/>, but the app's "now" is a <see cref="TestClock"/> (registered through
/// the <c>configure</c> callback of <see cref="SamverkaWebApplication.Build"/>), so a test can close a window.</summary>
public sealed class GrantsBrowserFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "samverka-e2e-grants-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public TestClock Clock { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (BrowserFixture.UnavailableReason is not null) return;
        Directory.CreateDirectory(_directory);
        _app = SamverkaWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ConnectionStrings:Samverka=Data Source={Path.Combine(_directory, "e2e.db")}",
            "--Samverka:SeedDemoData=true",
        ], builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        await _app.MigrateAndSeedAsync();
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context in Swedish, signed in as <paramref name="email"/>.</summary>
    public async Task<IPage> NewPageAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class GrantsBrowserCollection : ICollectionFixture<GrantsBrowserFixture>
{
    public const string Name = "grants browser";
}
