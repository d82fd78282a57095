namespace Samverka.E2E.Tests;

[Collection(BrowserCollection.Name)]
public class AccessibilityCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task AxeCheck_OnAPageWithKnownFaults_ReportsThem()
    {
        // The accessibility assertions elsewhere must be able to fail: an image without alt text and an
        // unlabelled input are critical violations.
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("""
            <!doctype html><html lang="sv"><head><title>Fel</title></head>
            <body><main><h1>Fel</h1><img src="x.png"><input type="text"></main></body></html>
            """);

        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("label", StringComparison.Ordinal));
    }
}
