using System.Globalization;
using Microsoft.Playwright;

namespace Samverka.E2E.Tests.FosterCare;

/// <summary>The supervision and support log in Chromium: staff log a home visit with a follow-up on a home's page, see
/// it on the follow-ups page and mark it done; axe on every page; a member municipality is turned away.</summary>
[Collection(BrowserCollection.Name)]
public class FosterCareSupportLogBrowserTests(BrowserFixture browser)
{
    private static async Task AccessibleAsync(IPage page)
    {
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task SupportLog_LoggedOnTheHome_IsFollowedUpAndDone_Accessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var note = "Hembesök E2E " + Guid.NewGuid().ToString("N")[..6];
        var unit = await browser.NewPageAsync(signInAs: "enhet@samverka.demo");
        await unit.GotoAsync("/foster-care/homes");
        await unit.GetByRole(AriaRole.Link, new() { Name = "FH-002", Exact = true }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("FH-002");

        // Bad input first: every problem is named and nothing is logged.
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara i loggen" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToBeVisibleAsync();
        await AccessibleAsync(unit);

        await unit.Locator("#support_Date").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await unit.Locator("#support_Kind").SelectOptionAsync("HomeVisit");
        await unit.Locator("#support_Hours").FillAsync("1,5");
        await unit.Locator("#support_Staff").FillAsync("Kim Handledare");
        await unit.Locator("#support_Household").FillAsync("Lena Ek");
        await unit.Locator("#support_Notes").FillAsync(note);
        await unit.Locator("#support_FollowUpDue").FillAsync("2099-12-31");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara i loggen" }).ClickAsync();
        await Assertions.Expect(unit.Locator("div.notice[role=status]")).ToContainTextAsync("Stödloggen har sparats");
        var row = unit.Locator("tr", new() { HasText = note });
        await Assertions.Expect(row).ToContainTextAsync("Kramfors kommun 1 av 1 barn = 1,5 h");
        await AccessibleAsync(unit);

        await unit.GotoAsync("/foster-care/follow-ups?size=500");
        await Assertions.Expect(unit.Locator("tr", new() { HasText = "2099-12-31" }).First).ToContainTextAsync("FH-002");
        await AccessibleAsync(unit);

        await unit.GotoAsync("/foster-care/homes");
        await unit.GetByRole(AriaRole.Link, new() { Name = "FH-002", Exact = true }).ClickAsync();
        await unit.Locator("tr", new() { HasText = note }).GetByRole(AriaRole.Button, new() { Name = "Markera som gjord" }).ClickAsync();
        await Assertions.Expect(unit.Locator("tr", new() { HasText = note })).ToContainTextAsync("gjord");

        var kramfors = await browser.NewPageAsync(signInAs: "socialsekreterare.kramfors@samverka.demo");
        await kramfors.GotoAsync("/foster-care/follow-ups");
        Assert.Contains("/access-denied", kramfors.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fees_PerMemberAndMonth_AreAccessible_AndABadTableIsExplained()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var march = $"{DateTime.Now.Year}-03";
        var unit = await browser.NewPageAsync(signInAs: "enhet@samverka.demo");
        await unit.GotoAsync("/foster-care");
        await unit.GetByRole(AriaRole.Link, new() { Name = "Arvoden till familjehemmen" }).ClickAsync();
        await unit.Locator("#month").FillAsync(march);
        await unit.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Table, new() { Name = "Arvoden som Timrå kommun betalar" })).ToContainTextAsync("22/31 dagar");
        await AccessibleAsync(unit);
        await unit.GetByLabel("Gäller från (den första i en månad)").FillAsync("2040-03-15");
        await unit.GetByLabel("Grupp 1: lägsta ålder").FillAsync("0");
        await unit.GetByLabel("Grupp 1: högsta ålder").FillAsync("20");
        await unit.GetByLabel("Grupp 1: arvode per månad (kr)").FillAsync("10 000");
        await unit.GetByLabel("Grupp 1: omkostnadsersättning per månad (kr)").FillAsync("6000");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara arvodestabellen" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToContainTextAsync("2040-03-15");
        await AccessibleAsync(unit);

        var timra = await browser.NewPageAsync(signInAs: "socialsekreterare.timra@samverka.demo");
        await timra.GotoAsync($"/foster-care/fees?month={march}");
        await Assertions.Expect(timra.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kramfors kommun" })).ToHaveCountAsync(0);
        await Assertions.Expect(timra.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Timrå kommun" })).ToBeVisibleAsync();
        await AccessibleAsync(timra);
    }

    [Fact]
    public async Task Agreement_ChangeForm_ShowsTheRulesRefusal_Accessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var unit = await browser.NewPageAsync(signInAs: "enhet@samverka.demo");
        await unit.GotoAsync("/foster-care/agreements");
        await unit.GetByRole(AriaRole.Link, new() { Name = "Ändra avtalet med Sollefteå kommun" }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Name = "Ändra avtalet" })).ToBeVisibleAsync();
        await unit.GetByLabel("Första avtalsperiod (år)").FillAsync("0");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara avtalet" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToContainTextAsync("den första avtalsperioden måste vara minst 1 år, inte 0");
        await AccessibleAsync(unit);
    }

    [Fact]
    public async Task EndPlacementForm_ForThePlacingMember_ExplainsWhatIsMissing_Accessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var kramfors = await browser.NewPageAsync(signInAs: "socialsekreterare.kramfors@samverka.demo");
        await kramfors.GotoAsync("/foster-care/placements?size=500");
        await Assertions.Expect(kramfors.GetByRole(AriaRole.Heading, new() { Name = "Avsluta en placering" })).ToBeVisibleAsync();
        await AccessibleAsync(kramfors);
        await kramfors.GetByRole(AriaRole.Button, new() { Name = "Avsluta placeringen" }).ClickAsync();
        await Assertions.Expect(kramfors.Locator(".error-summary")).ToContainTextAsync("Choose the placement");
        await AccessibleAsync(kramfors);
    }
}
