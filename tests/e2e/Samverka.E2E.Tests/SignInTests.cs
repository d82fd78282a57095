using Microsoft.Playwright;

namespace Samverka.E2E.Tests;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_WithDemoAccount_ShowsStartPageInSwedish()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal); // anonymous visitors are sent to sign in
        Assert.Equal("sv", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await BrowserFixture.SignInAsync(page, "handlaggare@samverka.demo");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Välkommen");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).First).ToContainTextAsync("Organisationer");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsTheErrorAndStaysOnSignIn()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync();

        await BrowserFixture.SignInAsync(page, "namnd@samverka.demo", "fel-lösenord");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".error-summary, [role=alert]").First).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }
}
