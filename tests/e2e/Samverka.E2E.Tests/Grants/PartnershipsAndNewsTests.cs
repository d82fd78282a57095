using Microsoft.Playwright;

namespace Samverka.E2E.Tests.Grants;

/// <summary>Partnerships (IOP) and grant news in the browser, with axe on every page: an officer enters a partnership on
/// the demo programme (first refused for money above what is left), records a meeting; the partner reports an indicator
/// value; the officer publishes news (no SMTP server here: the page says nothing was mailed); an anonymous visitor
/// reads the news and reaches the subscription and unsubscribe forms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnershipsAndNewsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Partnership_AndNews_WorkAndAreAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var officer = await browser.NewPageAsync("handlaggare@samverka.demo");
        await officer.GotoAsync("/grants");
        var year = (await officer.Locator("section", new() { Has = officer.GetByRole(AriaRole.Heading, new() { Name = "Verksamhetsbidrag sociala föreningar" }) })
            .Locator("tbody th[scope=row] a").First.InnerTextAsync()).Trim();

        await officer.GotoAsync("/partnerships");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Registrera ett partnerskap" }).ClickAsync();
        await officer.Locator("#Input_PartnerOrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "Exempelstads idrottsförening (802599-0014)" });
        await officer.Locator("#Input_ProgrammeId").SelectOptionAsync(new SelectOptionValue { Label = "Verksamhetsbidrag sociala föreningar" });
        await officer.Locator("#Input_Purpose").FillAsync("Läxhjälp och idrott för barn i Norra");
        await officer.Locator("#Input_From").FillAsync($"{year}-01-01");
        await officer.Locator("#Input_To").FillAsync($"{year}-12-31");
        await officer.Locator("#Input_Contributions").FillAsync($"{year}; kommun; pengar; 50000000\n{year}; partner; personal; 80000; 200; Ideella ledare");
        await officer.Locator("#Input_Indicators").FillAsync("Deltagare i läxhjälpen; personer; 40");
        await officer.Locator("#Input_Decision_Body").FillAsync("Socialnämnden");
        await officer.Locator("#Input_Decision_Date").FillAsync("2026-11-19");
        await officer.Locator("#Input_Decision_Reference").FillAsync("SN 2026-11-19 § 120");
        await AccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrera partnerskapet" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".error-summary")).ToContainTextAsync("överskrider de");
        await AccessibleAsync(officer);

        await officer.Locator("#Input_Contributions").FillAsync($"{year}; kommun; pengar; 100000\n{year}; partner; personal; 80000; 200; Ideella ledare");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrera partnerskapet" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Exempelstads idrottsförening");
        var details = officer.Url;
        await AccessibleAsync(officer);
        await officer.Locator("#Meeting_Date").FillAsync($"{year}-03-10");
        await officer.Locator("#Meeting_Attendees").FillAsync("Hugo Handläggare, Frida Förening");
        await officer.Locator("#Meeting_Minutes").FillAsync("Verksamheten följer planen.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Registrera mötet" }).ClickAsync();
        await Assertions.Expect(officer.GetByText("Verksamheten följer planen.")).ToBeVisibleAsync();
        await AccessibleAsync(officer);

        var partner = await browser.NewPageAsync("forening@samverka.demo");
        await partner.GotoAsync(details);
        await partner.Locator("#Report_IndicatorId").SelectOptionAsync(new SelectOptionValue { Label = "Deltagare i läxhjälpen (personer)" });
        await partner.Locator("#Report_Year").FillAsync(year);
        await partner.Locator("#Report_Value").FillAsync("37");
        await AccessibleAsync(partner);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Rapportera", Exact = true }).ClickAsync();
        await Assertions.Expect(partner.Locator("table", new() { Has = partner.GetByText("Deltagare i läxhjälpen") })).ToContainTextAsync("37 personer");
        await AccessibleAsync(partner);

        await officer.GotoAsync("/grants/news/manage");
        await AccessibleAsync(officer);
        await officer.Locator("#Input_Title").FillAsync("Ny ansökningsomgång");
        await officer.Locator("#Input_Body").FillAsync("Nu kan föreningar söka.\n\nSista dag är den 31 mars.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Publicera och skicka till prenumeranterna" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".notice")).ToContainTextAsync("Ingen e-post skickades");
        await AccessibleAsync(officer);

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/grants/news");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Ny ansökningsomgång" })).ToBeVisibleAsync();
        await AccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Ny ansökningsomgång" }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Sista dag är den 31 mars.")).ToBeVisibleAsync();
        await AccessibleAsync(visitor);
        await visitor.GotoAsync("/grants/news/unsubscribe?token=okand");
        await AccessibleAsync(visitor);
    }

    private static async Task AccessibleAsync(IPage page) =>
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
}
