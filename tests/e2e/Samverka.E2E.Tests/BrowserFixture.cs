using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Samverka.Web;
using Samverka.Web.Startup;

namespace Samverka.E2E.Tests;

/// <summary>The real app on a loopback port with a fresh SQLite database and demo data, and Debian's
/// Chromium driven by Playwright (no browser download: <c>ExecutablePath</c> points at /usr/bin/chromium).</summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Samverka-demo-1";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "samverka-e2e-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Why browser tests cannot run here, or null.</summary>
    public static string? UnavailableReason => File.Exists(ChromiumPath)
        ? null
        : $"Chromium was not found at {ChromiumPath}: install Debian's chromium package (.ci/run does).";

    public async ValueTask InitializeAsync()
    {
        if (UnavailableReason is not null) return;
        Directory.CreateDirectory(_directory);
        _app = SamverkaWebApplication.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ConnectionStrings:Samverka=Data Source={Path.Combine(_directory, "e2e.db")}",
            "--Samverka:SeedDemoData=true",
        ], ConfigureApp);
        await _app.MigrateAndSeedAsync();
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>Last changes to the app before it is built (a fixture may replace services, e.g. the clock).</summary>
    protected virtual void ConfigureApp(WebApplicationBuilder builder)
    {
    }

    /// <summary>A fresh browser context (its own cookies) with Swedish locale, signed in as the user when given.</summary>
    public async Task<IPage> NewPageAsync(string? signInAs = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        if (signInAs is not null) await SignInAsync(page, signInAs);
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password = DemoPassword)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>axe reports the details of violations only (every rule still runs): the passes' node lists are most of
    /// its result, and serialising them made each check several seconds slower on the larger pages.</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe on the page and returns the serious and critical violations, described for a failure message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe(ViolationsOnly);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
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
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
