using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Samverka.Testing;

namespace Samverka.E2E.Tests.FosterCare;

/// <summary>The foster-care slice in Chromium: a home walked from inquiry to available, a child placed by Kramfors and
/// hidden from Timrå, the cost split invoiced and one invoice validated against the UBL 2.1 schema; axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class FosterCareBrowserTests(BrowserFixture browser)
{
    private const string Staff = "enhet@samverka.demo";
    private const string Kramfors = "socialsekreterare.kramfors@samverka.demo";
    private const string Timra = "socialsekreterare.timra@samverka.demo";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task AccessibleAsync(IPage page)
    {
        var violations = await BrowserFixture.SeriousAccessibilityViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    private static async Task StepAsync(IPage page, string state, DateOnly on, params (string Id, string Value)[] fields)
    {
        await page.Locator("#step_To").SelectOptionAsync(state);
        await page.Locator("#step_On").FillAsync(Iso(on));
        foreach (var (id, value) in fields) await page.Locator("#" + id).FillAsync(value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera steg" }).ClickAsync();
        await Assertions.Expect(page.Locator("div.notice[role=status]")).ToContainTextAsync("Steget har registrerats");
    }

    [Fact]
    public async Task FosterCare_HomeToPlacementToInvoices_WorksPrivatelyAndAccessibly()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var unit = await browser.NewPageAsync(signInAs: Staff);

        // 1. A home from inquiry to approved and available.
        await unit.GotoAsync("/foster-care");
        await AccessibleAsync(unit);
        await unit.GotoAsync("/foster-care/homes");
        await AccessibleAsync(unit);
        await unit.GetByRole(AriaRole.Link, new() { Name = "Registrera ett hem" }).First.ClickAsync();
        await AccessibleAsync(unit);
        await unit.Locator("#home_Code").FillAsync("FH-E2E");
        await unit.Locator("#home_Type").SelectOptionAsync("FamilyHome");
        await unit.Locator("#home_MunicipalityId").SelectOptionAsync(new SelectOptionValue { Label = "Kramfors kommun" });
        await unit.Locator("#home_Address").FillAsync("Provvägen 3, Kramfors");
        await unit.Locator("#home_Places").FillAsync("1");
        await unit.Locator("#home_MinAge").FillAsync("0");
        await unit.Locator("#home_MaxAge").FillAsync("17");
        await unit.Locator("#home_Languages").FillAsync("svenska, tigrinja");
        await unit.Locator("#home_Competences").FillAsync("sömnsvårigheter");
        await unit.Locator("#home_InquiryDate").FillAsync(Iso(today.AddDays(-60)));
        await unit.Locator("#home_Adult1Name").FillAsync("Eva Provsson");
        await unit.Locator("#home_Adult1Personnummer").FillAsync("19800314-0012");
        await unit.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("FH-E2E");
        await AccessibleAsync(unit);

        await StepAsync(unit, "FirstContact", today.AddDays(-55));
        await StepAsync(unit, "HomeStudy", today.AddDays(-50));
        // Approval is refused before the training is recorded: the pipeline's reason is shown.
        await StepAsync(unit, "Training", today.AddDays(-20), ("step_StudyCompletedOn", Iso(today.AddDays(-21))), ("step_StudyAssessment", "Lämplig"), ("step_StudyDecidedBy", "Individutskottet"));
        await unit.Locator("#step_To").SelectOptionAsync("Approved");
        await unit.Locator("#step_On").FillAsync(Iso(today.AddDays(-5)));
        await unit.GetByRole(AriaRole.Button, new() { Name = "Registrera steg" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".error-summary")).ToBeVisibleAsync();
        await AccessibleAsync(unit);
        await unit.Locator("#step_TrainingCourse").FillAsync("Ett hem att växa i");
        await unit.Locator("#step_TrainingSessions").FillAsync("6");
        await unit.Locator("#step_TrainingCompletedOn").FillAsync(Iso(today.AddDays(-6)));
        await unit.GetByRole(AriaRole.Button, new() { Name = "Registrera steg" }).ClickAsync();
        await Assertions.Expect(unit.Locator("div.notice[role=status]")).ToContainTextAsync("Steget har registrerats");
        await Assertions.Expect(unit.Locator(".home-state")).ToContainTextAsync("Godkänd");
        await StepAsync(unit, "Available", today.AddDays(-4));
        await Assertions.Expect(unit.Locator(".home-state")).ToContainTextAsync("Tillgänglig");

        await unit.GotoAsync("/foster-care/recruitment");
        await Assertions.Expect(unit.Locator("ul.board > li", new() { HasText = "Tillgänglig" })).ToContainTextAsync("FH-E2E");
        await AccessibleAsync(unit);

        // 2. Kramfors asks for a home; the unit proposes the best ranked; Kramfors places the child.
        var kramfors = await browser.NewPageAsync(signInAs: Kramfors);
        await kramfors.GotoAsync("/foster-care/requests");
        await AccessibleAsync(kramfors);
        await kramfors.Locator("#request_ChildBirthDate").FillAsync(Iso(today.AddYears(-9)));
        await kramfors.Locator("#request_Languages").FillAsync("tigrinja");
        await kramfors.Locator("#request_Needs").FillAsync("sömnsvårigheter");
        await kramfors.Locator("#request_Urgency").SelectOptionAsync("Urgent");
        await kramfors.Locator("#request_FromDate").FillAsync(Iso(today.AddDays(7)));
        await kramfors.Locator("#request_WantedType").SelectOptionAsync("FamilyHome");
        await kramfors.GetByRole(AriaRole.Button, new() { Name = "Skicka förfrågan" }).ClickAsync();
        await Assertions.Expect(kramfors.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Förfrågan från Kramfors kommun");
        await AccessibleAsync(kramfors);
        var requestUrl = kramfors.Url;

        await unit.GotoAsync(requestUrl);
        var first = unit.Locator("table.data-table tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync("FH-E2E"); // needs and language both covered: it ranks first
        await Assertions.Expect(first).ToContainTextAsync("talar tigrinja");
        await AccessibleAsync(unit);
        await first.Locator("input[type=radio]").CheckAsync();
        await unit.GetByRole(AriaRole.Button, new() { Name = "Föreslå det valda hemmet" }).ClickAsync();
        await Assertions.Expect(unit.Locator(".request-status")).ToContainTextAsync("Föreslag");

        await kramfors.GotoAsync(requestUrl);
        await kramfors.Locator("#place_ChildName").FillAsync("Elvira Provbarn");
        var birth = today.AddYears(-9);
        var nine = $"{birth:yyMMdd}000";
        var childNumber = $"{birth:yyyyMMdd}-000{Samverka.Kernel.Luhn.CheckDigit(nine)}";
        await kramfors.Locator("#place_ChildPersonnummer").FillAsync(childNumber);
        await kramfors.Locator("#place_LegalBasis").SelectOptionAsync("SoL");
        await AccessibleAsync(kramfors);
        await kramfors.GetByRole(AriaRole.Button, new() { Name = "Registrera placeringen" }).ClickAsync();
        await Assertions.Expect(kramfors.Locator("div.notice[role=status]")).ToContainTextAsync("Placeringen har registrerats");
        await Assertions.Expect(kramfors.GetByRole(AriaRole.Table)).ToContainTextAsync("Elvira Provbarn");
        await AccessibleAsync(kramfors);

        // 3. Timrå sees nothing of it; the unit sees the placement without the child's identity.
        var timra = await browser.NewPageAsync(signInAs: Timra);
        await timra.GotoAsync("/foster-care/placements");
        await Assertions.Expect(timra.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Placeringar");
        Assert.DoesNotContain("Elvira Provbarn", await timra.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("FH-E2E", await timra.ContentAsync(), StringComparison.Ordinal);
        await AccessibleAsync(timra);
        var denied = await timra.Context.APIRequest.GetAsync(requestUrl); // with Timrå's cookies
        Assert.Equal(404, denied.Status);
        await timra.GotoAsync("/foster-care/requests");
        Assert.DoesNotContain("tigrinja", await timra.ContentAsync(), StringComparison.Ordinal);

        await unit.GotoAsync("/foster-care/placements");
        await Assertions.Expect(unit.GetByRole(AriaRole.Table)).ToContainTextAsync("FH-E2E");
        Assert.DoesNotContain("Elvira Provbarn", await unit.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(childNumber, await unit.ContentAsync(), StringComparison.Ordinal);
        await AccessibleAsync(unit);

        // 4. Agreements, the cost split with its chart, the invoices; one invoice validates against UBL 2.1.
        await unit.GotoAsync("/foster-care/agreements");
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Name = "Kramfors kommun" })).ToBeVisibleAsync();
        await AccessibleAsync(unit);
        await unit.GotoAsync("/foster-care/cost-split");
        await Assertions.Expect(unit.Locator("svg[role=img] title")).ToHaveTextAsync("Medlemmarnas andelar");
        await AccessibleAsync(unit);
        await unit.GetByRole(AriaRole.Button, new() { Name = "Ställ ut en e-faktura per medlem" }).ClickAsync();
        await Assertions.Expect(unit.Locator("div.notice[role=status]")).ToContainTextAsync("Fakturorna har ställts ut");
        await unit.GotoAsync("/foster-care/invoices");
        await AccessibleAsync(unit);
        var download = await unit.RunAndWaitForDownloadAsync(() => unit.GetByRole(AriaRole.Link, new() { Name = "Ladda ner XML" }).First.ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"samverka-e2e-{Guid.NewGuid():N}.xml");
        await download.SaveAsAsync(file);
        try
        {
            AssertValidUbl(file, "UBL-Invoice-2.1.xsd");
        }
        finally { File.Delete(file); }
        await unit.GetByRole(AriaRole.Link, new() { Name = DateTime.Now.Year.ToString(CultureInfo.InvariantCulture), Exact = false }).First.ClickAsync();
        await Assertions.Expect(unit.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Faktura");
        await AccessibleAsync(unit);

        // 5. What the members paid through the unit against consultant-supported homes.
        await unit.GotoAsync("/foster-care/comparison");
        await Assertions.Expect(unit.GetByRole(AriaRole.Table, new() { Name = "Kramfors kommun" })).ToBeVisibleAsync();
        await AccessibleAsync(unit);
    }

    private static void AssertValidUbl(string file, string schemaFile)
    {
        var xmllint = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "xmllint")).FirstOrDefault(File.Exists);
        if (xmllint is null) Assert.Skip("xmllint is not installed (Debian package libxml2-utils): the UBL schema check cannot run.");
        var schema = RepositoryPaths.SharedFile("schemas", "ubl-2.1", "xsd", "maindoc", schemaFile);
        Assert.True(File.Exists(schema), $"schema not found: {schema}");
        using var process = Process.Start(new ProcessStartInfo(xmllint, ["--noout", "--schema", schema, file]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"xmllint: {errors}");
    }
}
