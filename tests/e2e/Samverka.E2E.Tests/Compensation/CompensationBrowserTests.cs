using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace Samverka.E2E.Tests.Compensation;

/// <summary>A grant officer's month in the browser: import enrollments, preview the payment month with each line's
/// explanation, approve it, download the pain.001 file, record a late notice and see the correction in the next month,
/// compare two rule sets (what-if) with a chart per provider,
/// with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class CompensationBrowserTests(BrowserFixture browser)
{
    private const string Header = "child_id,birth_date,provider_id,start_date,end_date,notice_date\n";

    [Fact]
    public async Task PaymentMonth_ImportPreviewApproveExportLateNoticeCorrection_WorksAndIsAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync(signInAs: "handlaggare@samverka.demo");

        await page.GotoAsync("/compensation");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Barnomsorgsbidrag");
        await AccessibleAsync(page);

        // Import: a file with a bad row is refused whole, every problem listed with its line and column.
        await page.GotoAsync("/compensation/import");
        await AccessibleAsync(page);
        await UploadAsync(page, "fel.csv", Header + "E2E-01,2023-03-10,769699-0014,2025-08-18,2026-11-15,\nE2E-02,2023-05-02,769699-9999,2025-08-18,,\n");
        await Assertions.Expect(page.Locator("table.problems")).ToContainTextAsync("provider_id");
        await Assertions.Expect(page.Locator("table.problems")).ToContainTextAsync("3");
        await AccessibleAsync(page);
        // The corrected file: E2E-01 leaves on 15 November (no notice yet), E2E-02 goes on.
        await UploadAsync(page, "placeringar.csv", Header + "E2E-01,2023-03-10,769699-0014,2025-08-18,2026-11-15,\nE2E-02,2023-05-02,769699-0022,2025-08-18,,\n");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 nya barn");

        // Preview: each line explains itself; E2E-01 is paid 10 480,00 × 15/30 = 5 240,00.
        await page.GotoAsync("/compensation/months/2026-11");
        var line = page.Locator("#lines tbody tr", new() { HasText = "E2E-01" });
        await Assertions.Expect(line).ToContainTextAsync("0-3 år enligt taxa från 2026-01 (KS 2025-12-10 § 212)");
        await Assertions.Expect(line).ToContainTextAsync("15/30");
        await AccessibleAsync(page);

        // The accounts are the registry's: a provider's page shows its payee account read-only, with a link to the
        // organisation where it is changed; the settings show the municipality's account the money leaves.
        await page.GotoAsync("/compensation/providers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Solrosens familjenätverk ekonomisk förening" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("Bankgiro 50501220");
        await AccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra utbetalningskontot för Solrosens familjenätverk ekonomisk förening" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Utbetalningskontonummer")).ToHaveValueAsync("50501220");
        await page.GotoAsync("/compensation/settings");
        await Assertions.Expect(page.Locator("dl.details")).ToContainTextAsync("Bankgiro 50501550");
        await AccessibleAsync(page);

        // Approve: the month closes.
        await page.GotoAsync("/compensation/months/2026-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Attestera 2026-11" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2026-11 är attesterad");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Attestera 2026-11" })).ToHaveCountAsync(0);
        await AccessibleAsync(page);

        // Export: the payment file, one payment per provider, valid against the pain.001.001.03 schema.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Betalfil (ISO 20022 pain.001)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"e2e-{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        var xml = await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.Contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03", xml);
        Assert.Contains("<Nm>Solrosens familjenätverk ekonomisk förening</Nm>", xml);
        Assert.Equal(4, xml.Split("<CdtTrfTxInf>").Length - 1);
        Assert.Contains("<Id>50501220</Id>", xml); // Solrosen's payee account in the registry
        await ValidateAsync(path);
        File.Delete(path);

        // A late notice: the family had given notice on 1 November, so November is transition month 1 of 3, paid in full.
        await page.GotoAsync("/compensation/children?q=E2E-01");
        await page.GetByRole(AriaRole.Link, new() { Name = "E2E-01", Exact = true }).ClickAsync();
        await AccessibleAsync(page);
        await page.Locator("input[name=Notice]").First.FillAsync("2026-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara slut och uppsägning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("rättelser");

        // The correction is paid in the next open month and points at what it corrects.
        await page.GotoAsync("/compensation/months/2026-12");
        var correction = page.Locator("#lines tbody tr.line-correction", new() { HasText = "E2E-01" });
        await Assertions.Expect(correction).ToContainTextAsync("Rättelse av 2026-11");
        await Assertions.Expect(correction).ToContainTextAsync("tillägg 5\u00A0240");
        await AccessibleAsync(page);

        // What if: today's rules against one band for all ages, with a chart of each provider's monthly income.
        await page.GotoAsync("/compensation/what-if?from=2026-01&to=2027-12");
        await page.GetByLabel("Regeluppsättning B").SelectOptionAsync(new SelectOptionValue { Label = "Förslag: en åldersgrupp för alla" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Jämför" }).ClickAsync();
        await Assertions.Expect(page.Locator("#comparison")).ToContainTextAsync("Solrosens familjenätverk");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Månadsintäkt för Solrosens familjenätverk ekonomisk förening" })).ToBeVisibleAsync();
        await AccessibleAsync(page);

        // The provider's user sees its own payment and the explanation, nothing of the other networks.
        var provider = await browser.NewPageAsync(signInAs: "anordnare@samverka.demo");
        await provider.GotoAsync("/compensation/months/2026-11");
        await Assertions.Expect(provider.Locator("#lines")).ToContainTextAsync("E2E-01");
        await Assertions.Expect(provider.Locator("#lines")).Not.ToContainTextAsync("E2E-02");
        await Assertions.Expect(provider.Locator("#totals")).Not.ToContainTextAsync("Lärkans");
        await AccessibleAsync(provider);
    }

    [Fact]
    public async Task CostCoverage_ProviderReportsItsAnnualAccounts_AndSeesItsCoverage_Accessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync(signInAs: "anordnare@samverka.demo");

        await page.GotoAsync("/compensation/cost-coverage/report");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Redovisa bokslut");
        await AccessibleAsync(page);
        // A negative cost is refused beside its field, and nothing is saved.
        await page.GetByLabel("År").FillAsync("2025");
        await page.GetByLabel("Platser").FillAsync("8");
        await page.GetByLabel("Personalkostnader (kr)").FillAsync("-1");
        await page.GetByLabel("Lokalkostnader (kr)").FillAsync("120 000");
        await page.GetByLabel("Livsmedelskostnader (kr)").FillAsync("40000");
        await page.GetByLabel("Övriga kostnader (kr)").FillAsync("0");
        await page.Locator("input[name='Bands[0].MinAge']").FillAsync("0");
        await page.Locator("input[name='Bands[0].MaxAge']").FillAsync("3");
        await page.Locator("input[name='Bands[0].ChildMonths']").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-has-error")).ToContainTextAsync("Personalkostnader");
        await AccessibleAsync(page);
        await page.GetByLabel("Personalkostnader (kr)").FillAsync("800 000,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sparade");

        // 960 000 kr over 60 child-months: 16 000,00 kr a child-month, against the grant per child-month of 2025.
        await page.GotoAsync("/compensation/cost-coverage?year=2025");
        var row = page.Locator("table.data-table tbody tr", new() { HasText = "0-3 år" });
        await Assertions.Expect(row).ToContainTextAsync("Solrosens familjenätverk");
        await Assertions.Expect(row).ToContainTextAsync("16\u00A0000,00");
        await Assertions.Expect(row).ToContainTextAsync("/ 60 barnmånader");
        await AccessibleAsync(page);
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        await page.GetByLabel("CSV- eller xlsx-fil").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importera" }).ClickAsync();
    }

    private static async Task AccessibleAsync(IPage page) =>
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

    private static async Task ValidateAsync(string path)
    {
        const string xmllint = "/usr/bin/xmllint";
        if (!File.Exists(xmllint)) return; // the web tests validate the same file, and skip visibly where xmllint is missing
        var schema = Samverka.Testing.RepositoryPaths.SharedFile("schemas", "iso20022", "pain.001.001.03.xsd");
        var start = new ProcessStartInfo(xmllint) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--noout", "--schema", schema, path }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, errors);
    }
}
