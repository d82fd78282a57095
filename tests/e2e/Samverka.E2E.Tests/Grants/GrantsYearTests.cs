using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samverka.Rules.Grants;

namespace Samverka.E2E.Tests.Grants;

/// <summary>A whole grant year in the browser: a programme with a budget that is then cut, two associations and a
/// foundation apply, a late application is refused, scoring with a conflict of interest declared, the foundation's
/// individual assessment, a proposal within the cut budget, the committee's decisions, the round closed, letters; the
/// first year's payments batched, approved and exported (pain.001 checked against the schema, SIE 4 read back), the
/// association's follow-up report, and the second year's payment batched once the report is in.
/// Every page visited is checked with axe.</summary>
[Collection(GrantsBrowserCollection.Name)]
public sealed partial class GrantsYearTests(GrantsBrowserFixture browser)
{
    [Fact]
    public async Task GrantYear_FromProgrammeToLetters_WorksAndIsAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var local = TimeZoneInfo.ConvertTime(browser.Clock.GetUtcNow(), ApplicationWindow.Stockholm).DateTime;
        var closes = local.Date.AddDays(7);
        var decision = DateOnly.FromDateTime(closes.AddDays(1));
        var year = decision.Year + 1;

        // The officer sets up the programme and its year.
        var officer = await browser.NewPageAsync("handlaggare@samverka.demo");
        await officer.GotoAsync("/grants");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Skapa ett bidragsprogram" }).ClickAsync();
        await officer.Locator("#Input_Name").FillAsync("Utvecklingsbidrag e2e");
        await officer.Locator("#Input_Key").FillAsync("e2e-bidrag");
        await officer.Locator("#Input_Kind").SelectOptionAsync("Operating");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Skapa", Exact = true }).ClickAsync();
        await officer.Locator("section", new() { Has = officer.GetByRole(AriaRole.Heading, new() { Name = "Utvecklingsbidrag e2e" }) })
            .GetByRole(AriaRole.Link, new() { Name = "Lägg till ett programår" }).ClickAsync();
        await officer.Locator("#Input_Year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await officer.Locator("#Input_Pot").FillAsync("1000000");
        await officer.Locator("#Input_Opens").FillAsync(local.Date.AddDays(-1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await officer.Locator("#Input_Closes").FillAsync(closes.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await officer.Locator("#Input_DecisionDate").FillAsync(decision.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.Locator("#Input_PriorityAreas").FillAsync("Barn och unga\nPsykisk hälsa");
        await officer.Locator("#Input_Criteria").FillAsync("malgrupp; Målgrupp; 0,5\nmetod; Metod; 0,5");
        await officer.Locator("#Input_CapPerYear").FillAsync("600000");
        await FillDecisionAsync(officer, "Input_Decision", "SN 2026-06-01 § 40");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Fastställ programåret" }).ClickAsync();
        await NoErrorsAsync(officer);
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Utvecklingsbidrag e2e {year}");
        var yearUrl = officer.Url;
        await AccessibleAsync(officer);

        // The budget ledger: next year's frame, then a cut of this year with its decision.
        await officer.GetByRole(AriaRole.Link, new() { Name = $"Budgetreskontra {year}" }).ClickAsync();
        await AccessibleAsync(officer);
        await RecordLedgerAsync(officer, "PotSet", year + 1, "1000000", "SN 2026-06-01 § 41");
        await RecordLedgerAsync(officer, "Commitment", year + 1, "400000", "SN 2025-11-20 § 98");
        await RecordLedgerAsync(officer, "BudgetChange", year, "-200000", "KF 2026-11-24 § 7");
        // 1 000 000 − 200 000 = 800 000 left this year; 1 000 000 − 400 000 = 600 000 next year.
        await Assertions.Expect(officer.Locator($"td.remaining[data-year='{year}']")).ToHaveTextAsync("800\u00a0000\u00a0kr");
        await Assertions.Expect(officer.Locator($"td.remaining[data-year='{year + 1}']")).ToHaveTextAsync("600\u00a0000\u00a0kr");
        await AccessibleAsync(officer);

        // Two associations and a foundation apply inside the window.
        var yearId = Guid.Parse(YearIdPattern().Match(yearUrl).Groups[1].Value);
        var association = await ApplyAsync("forening@samverka.demo", yearId, "300000", "300000");
        var association2 = await ApplyAsync("forening2@samverka.demo", yearId, "400000");
        var foundation = await ApplyAsync("stiftelse@samverka.demo", yearId, "200000");

        // After the window closes, a submission is refused.
        browser.Clock.Advance(TimeSpan.FromDays(8));
        var late = await browser.NewPageAsync("forening@samverka.demo");
        await late.GotoAsync($"/grants/years/{yearId}/apply");
        await FillApplicationAsync(late, "100000");
        await late.GetByRole(AriaRole.Button, new() { Name = "Skicka in ansökan" }).ClickAsync();
        await Assertions.Expect(late.Locator(".error-summary")).ToContainTextAsync("efter att ansökningsperioden stängt");
        await AccessibleAsync(late);

        // A conflict of interest: the administrator declares one and can then not score the application.
        var admin = await browser.NewPageAsync("admin@samverka.demo");
        await admin.GotoAsync($"/grants/applications/{association}");
        await admin.Locator("#ConflictReasonText").FillAsync("Styrelseledamot i föreningen");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Anmäl jäv" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#score-refused")).ToBeVisibleAsync();
        await AccessibleAsync(admin);

        // The officer scores, and records the foundation's individual assessment.
        officer = await browser.NewPageAsync("handlaggare@samverka.demo");
        await ScoreAsync(officer, association, 4, 4);
        await ScoreAsync(officer, association2, 5, 5);
        await ScoreAsync(officer, foundation, 3, 3);
        await officer.Locator("#Assess_Eligible").SelectOptionAsync("True");
        await officer.Locator("#Assess_Reasoning").FillAsync("Stiftelsen bedriver ideell verksamhet för barn enligt stadgarna.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrera prövningen" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#assessment-result")).ToContainTextAsync("Bidragsberättigad");
        await AccessibleAsync(officer);

        // The proposal within the cut budget: 400 000 and 300 000 fit in 800 000; the foundation's 200 000 does not fit in the 100 000 left.
        await officer.GotoAsync($"/grants/years/{yearId}/proposal");
        var rows = officer.Locator("#proposal tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Föreningen Stödpersonerna");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("Under strecket");
        await Assertions.Expect(officer.Locator($"td.remaining-after[data-year='{year}']")).ToHaveTextAsync("100\u00a0000\u00a0kr");
        await AccessibleAsync(officer);

        // The committee decides as proposed; the round is closed.
        await FillDecisionAsync(officer, "Decide_Decision", "SN 2026-12-02 § 120");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrera besluten" }).ClickAsync();
        await NoErrorsAsync(officer);
        await Assertions.Expect(officer.Locator("#decided tbody tr")).ToHaveCountAsync(3);
        await AccessibleAsync(officer);
        await FillDecisionAsync(officer, "Close", "SN 2026-12-02 § 121");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Stäng omgången", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Locator("#round-closed")).ToBeVisibleAsync();
        await AccessibleAsync(officer);
        await officer.GotoAsync($"/grants/years/{yearId}/ledger");
        await Assertions.Expect(officer.Locator($"td.remaining[data-year='{year}']")).ToHaveTextAsync("100\u00a0000\u00a0kr");

        // Letters in Swedish to the applicants.
        var applicant = await browser.NewPageAsync("forening@samverka.demo");
        await applicant.GotoAsync($"/grants/applications/{association}");
        await applicant.GetByRole(AriaRole.Link, new() { Name = "Beslutsbrev" }).ClickAsync();
        await Assertions.Expect(applicant.Locator("#letter-decision")).ToContainTextAsync("beviljar Exempelstads idrottsförening bidrag med sammanlagt 600\u00a0000\u00a0kr");
        await AccessibleAsync(applicant);
        var refused = await browser.NewPageAsync("stiftelse@samverka.demo");
        await refused.GotoAsync($"/grants/applications/{foundation}/letter");
        await Assertions.Expect(refused.Locator("#letter-decision")).ToContainTextAsync("avslår ansökan");
        await AccessibleAsync(refused);

        // Payments: the first year's batch (400 000 + 300 000), previewed, approved and exported.
        await officer.GotoAsync(yearUrl);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Utbetalningar och återrapportering" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#schedule tbody tr")).ToHaveCountAsync(3);
        await AccessibleAsync(officer);
        var paymentsUrl = officer.Url;
        await officer.Locator("#Input_PaymentDate").FillAsync($"{year}-01-01");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Skapa bunten" }).ClickAsync();
        await NoErrorsAsync(officer);
        await Assertions.Expect(officer.Locator("#batch-total")).ToHaveTextAsync("700\u00a0000\u00a0kr");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Attestera bunten" }).ClickAsync();
        await NoErrorsAsync(officer);
        await Assertions.Expect(officer.Locator(".notice")).ToBeVisibleAsync();
        await AccessibleAsync(officer);
        var pain = await DownloadAsync(officer, "Betalfil (pain.001.001.03)");
        Assert.Contains("<CtrlSum>700000.00</CtrlSum>", System.Text.Encoding.UTF8.GetString(pain));
        if (Samverka.Testing.Pain001Schema.UnavailableReason is null)
        {
            var errors = await Samverka.Testing.Pain001Schema.ErrorsAsync(pain, TestContext.Current.CancellationToken);
            Assert.True(errors is null, errors);
        }
        var sie = Samverka.Modules.PaymentFiles.SieReader.Read(await DownloadAsync(officer, "Verifikation till bokföringen (SIE 4)"), "sie");
        var voucher = Assert.Single(sie.Vouchers);
        Assert.True(voucher.IsBalanced);
        Assert.Equal(400_000m + 300_000m, voucher.Transactions.Where(t => t.Amount.Amount > 0).Sum(t => t.Amount.Amount));
        await officer.GotoAsync($"/grants/years/{yearId}/ledger");
        await Assertions.Expect(officer.Locator("tbody tr", new() { Has = officer.Locator($"th:text-is('{year}')") }).Locator("td").Nth(4)).ToHaveTextAsync("700\u00a0000\u00a0kr");

        // The association reports how the first year's money was used; the second year's payment is then not held.
        var reporter = await browser.NewPageAsync("forening@samverka.demo");
        await reporter.GotoAsync("/grants/follow-up");
        await AccessibleAsync(reporter);
        await reporter.Locator($"a[href='/grants/applications/{association}/follow-up/{year}']").ClickAsync();
        await AccessibleAsync(reporter);
        await reporter.Locator("#ReportText").FillAsync("Läxhjälp för 40 barn två kvällar i veckan; bidraget betalade hyra och material.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Lämna in återrapporteringen" }).ClickAsync();
        await NoErrorsAsync(reporter);
        await Assertions.Expect(reporter.Locator(".notice")).ToBeVisibleAsync();
        await AccessibleAsync(reporter);

        await officer.GotoAsync(paymentsUrl);
        await officer.Locator("#Input_PaymentDate").FillAsync($"{year + 1}-01-01");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Skapa bunten" }).ClickAsync();
        await NoErrorsAsync(officer);
        await Assertions.Expect(officer.Locator("#batch-total")).ToHaveTextAsync("300\u00a0000\u00a0kr");
        await officer.GotoAsync($"/grants/follow-up?overdueOn={year + 1}-01-01");
        await Assertions.Expect(officer.Locator("#overdue")).ToBeVisibleAsync();
        await AccessibleAsync(officer);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    private async Task<Guid> ApplyAsync(string email, Guid yearId, params string[] amounts)
    {
        var page = await browser.NewPageAsync(email);
        await page.GotoAsync("/grants");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ansök om Utvecklingsbidrag e2e" }).ClickAsync();
        await AccessibleAsync(page);
        await FillApplicationAsync(page, amounts);
        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka in ansökan" }).ClickAsync();
        await NoErrorsAsync(page);
        await Assertions.Expect(page.Locator("#application-status")).ToHaveTextAsync("Inskickad");
        await AccessibleAsync(page);
        var id = Guid.Parse(ApplicationIdPattern().Match(page.Url).Groups[1].Value);
        await page.GotoAsync("/grants/applications");
        await Assertions.Expect(page.Locator($"a[href='/grants/applications/{id}']")).ToBeVisibleAsync();
        await AccessibleAsync(page);
        _ = yearId;
        await page.Context.CloseAsync();
        return id;
    }

    private static async Task FillApplicationAsync(IPage page, params string[] amounts)
    {
        await page.Locator("#Input_Purpose").FillAsync("Läxhjälp och idrott för barn");
        await page.Locator("#Input_Activities").FillAsync("Träffar två kvällar i veckan");
        await page.Locator("#Input_TargetGroup").FillAsync("Barn 7-15 år");
        await page.Locator("#Input_PriorityAreas_0").CheckAsync();
        await page.Locator("#Input_Budget").FillAsync("Hyra 100 000 kr, material 50 000 kr");
        for (var i = 0; i < amounts.Length; i++) await page.Locator($"#Input_Amount{i + 1}").FillAsync(amounts[i]);
    }

    private static async Task ScoreAsync(IPage page, Guid application, int target, int method)
    {
        await page.GotoAsync($"/grants/applications/{application}");
        await page.Locator("[id='Score_Scores[malgrupp]']").SelectOptionAsync(target.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[id='Score_Comments[malgrupp]']").FillAsync("Tydlig målgrupp");
        await page.Locator("[id='Score_Scores[metod]']").SelectOptionAsync(method.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara poängen" }).ClickAsync();
        await NoErrorsAsync(page);
        await Assertions.Expect(page.Locator("#score-explanation")).ToBeVisibleAsync();
        await AccessibleAsync(page);
    }

    private static async Task RecordLedgerAsync(IPage page, string kind, int year, string amount, string reference)
    {
        await page.Locator("#Input_Kind").SelectOptionAsync(kind);
        await page.Locator("#Input_Year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Input_Amount").FillAsync(amount);
        await FillDecisionAsync(page, "Input_Decision", reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();
        await NoErrorsAsync(page);
        await Assertions.Expect(page.Locator(".notice")).ToBeVisibleAsync();
    }

    private static async Task FillDecisionAsync(IPage page, string prefix, string reference)
    {
        await page.Locator($"#{prefix}_Body").FillAsync("Socialnämnden");
        await page.Locator($"#{prefix}_Date").FillAsync("2026-11-19");
        await page.Locator($"#{prefix}_Reference").FillAsync(reference);
    }

    private static async Task NoErrorsAsync(IPage page)
    {
        if (await page.Locator(".error-summary").CountAsync() > 0) Assert.Fail(await page.Locator(".error-summary").InnerTextAsync());
    }

    private static async Task AccessibleAsync(IPage page) =>
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

    [GeneratedRegex("/grants/years/([0-9a-f-]{36})")]
    private static partial Regex YearIdPattern();

    [GeneratedRegex("/grants/applications/([0-9a-f-]{36})")]
    private static partial Regex ApplicationIdPattern();
}
