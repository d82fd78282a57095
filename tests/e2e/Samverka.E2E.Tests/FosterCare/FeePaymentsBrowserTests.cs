using Microsoft.Playwright;

namespace Samverka.E2E.Tests.FosterCare;

/// <summary>Paying the homes' fees in Chromium: the unit records a home's payee account (a wrong number is explained),
/// the placing member sees its open fee month and why it cannot yet be approved, the unit sees the approvals list; axe on
/// every page.</summary>
[Collection(BrowserCollection.Name)]
public class FeePaymentsBrowserTests(BrowserFixture browser)
{
    private static async Task AccessibleAsync(IPage page)
    {
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task FeePayments_PayeeAccountAndMonth_AreAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var unit = await browser.NewPageAsync(signInAs: "enhet@samverka.demo");
        await unit.GotoAsync("/foster-care/homes");
        await unit.GetByRole(AriaRole.Link, new() { Name = "FH-001", Exact = true }).ClickAsync();
        await unit.GetByRole(AriaRole.Link, new() { Name = "Utbetalningskonto för arvodena" }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("FH-001");
        await AccessibleAsync(unit);
        await unit.GetByLabel("Betalningsmottagare (familjens namn som banken visar det)").FillAsync("Familjen Ek");
        await unit.GetByLabel("Kontotyp").SelectOptionAsync("Bankgiro");
        await unit.GetByLabel("Kontonummer").FillAsync("1234");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToContainTextAsync("måste ha 7 eller 8 siffror"); // the page shows the message in Swedish
        await AccessibleAsync(unit);

        await unit.GotoAsync("/foster-care");
        await unit.GetByRole(AriaRole.Link, new() { Name = "Utbetalning av arvoden" }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Attesterade månader" })).ToBeVisibleAsync();
        await AccessibleAsync(unit);

        var kramfors = await browser.NewPageAsync(signInAs: "socialsekreterare.kramfors@samverka.demo");
        await kramfors.GotoAsync("/foster-care/fee-payments");
        await Assertions.Expect(kramfors.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kramfors kommun" })).ToBeVisibleAsync();
        await AccessibleAsync(kramfors);
    }
}
