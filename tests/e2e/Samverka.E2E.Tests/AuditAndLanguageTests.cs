using Microsoft.Playwright;

namespace Samverka.E2E.Tests;

[Collection(BrowserCollection.Name)]
public class AuditAndLanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AuditLog_ForAuditor_ListsTheSignInAndIsAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync(signInAs: "revisor@samverka.demo");

        await page.GetByRole(AriaRole.Link, new() { Name = "Granskningslogg" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Granskningslogg");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("revisor@samverka.demo");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task Language_SwitchedToEnglish_ShowsEnglishPagesAndBack()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync(signInAs: "handlaggare@samverka.demo");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GotoAsync("/organisations");

        Assert.Equal("en", (await page.GetAttributeAsync("html", "lang"))?[..2]);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisations");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await page.GotoAsync("/organisations");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisationer");
    }
}
