using System.Text;
using Microsoft.Playwright;

namespace Samverka.E2E.Tests.FosterCare;

/// <summary>The gaps of issue 4 in Chromium: a step document uploaded and deleted on a home's page, a renamed file
/// refused by its content, the placement and request lists with their reasons; axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class FosterCareGapsBrowserTests(BrowserFixture browser)
{
    private static async Task AccessibleAsync(IPage page)
    {
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task StepDocument_UploadedThenDeletedOnTheHome_ARenamedFileRefused_Accessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var name = $"referens-{Guid.NewGuid().ToString("N")[..6]}.pdf";
        var unit = await browser.NewPageAsync(signInAs: "enhet@samverka.demo");
        await unit.GotoAsync("/foster-care/homes");
        await unit.GetByRole(AriaRole.Link, new() { Name = "FH-004", Exact = true }).ClickAsync();

        // A program renamed to .pdf is refused by its content, in Swedish.
        await unit.Locator("#document_StepId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.Locator("#document_File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("MZ renamed program") });
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara dokumentet" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToContainTextAsync("filens innehåll stämmer inte med dess typ");
        await AccessibleAsync(unit);

        await unit.Locator("#document_StepId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.Locator("#document_File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4 referens") });
        await unit.GetByRole(AriaRole.Button, new() { Name = "Spara dokumentet" }).ClickAsync();
        await Assertions.Expect(unit.Locator("div.notice[role=status]")).ToContainTextAsync("Dokumentet har sparats på steget.");
        await Assertions.Expect(unit.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await AccessibleAsync(unit);

        await unit.GetByRole(AriaRole.Button, new() { Name = $"Ta bort {name}" }).ClickAsync();
        await Assertions.Expect(unit.Locator("div.notice[role=status]")).ToContainTextAsync("Dokumentet har tagits bort");
        await Assertions.Expect(unit.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
        await AccessibleAsync(unit);
    }

    [Fact]
    public async Task PlacementAndRequestLists_WithTheirReasonColumns_AreAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        foreach (var email in new[] { "socialsekreterare.kramfors@samverka.demo", "enhet@samverka.demo" })
        {
            var page = await browser.NewPageAsync(signInAs: email);
            await page.GotoAsync("/foster-care/placements");
            await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Varför den avslutades" })).ToBeVisibleAsync();
            await AccessibleAsync(page);
            await page.GotoAsync("/foster-care/requests");
            await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Varför den togs tillbaka" })).ToBeVisibleAsync();
            await AccessibleAsync(page);
        }
    }
}
