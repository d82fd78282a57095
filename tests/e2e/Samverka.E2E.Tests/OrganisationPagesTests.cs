using Microsoft.Playwright;

namespace Samverka.E2E.Tests;

[Collection(BrowserCollection.Name)]
public class OrganisationPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Organisations_RegisterFindAndChange_WorksAndIsAccessible()
    {
        Assert.SkipWhen(BrowserFixture.UnavailableReason is not null, BrowserFixture.UnavailableReason ?? "");
        var page = await browser.NewPageAsync(signInAs: "handlaggare@samverka.demo");

        await page.GotoAsync("/organisations");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Organisationer");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // Register: a bad organisation number is refused with its message next to the field.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera en organisation" }).ClickAsync();
        await page.GetByLabel("Organisationsnummer").FillAsync("802000-0001");
        await page.GetByLabel("Namn", new() { Exact = false }).First.FillAsync("Föreningen Läxhjälpen");
        await page.GetByLabel("Typ (obligatoriskt)").SelectOptionAsync(new SelectOptionValue { Label = "Förening" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_OrganisationNumber-error")).ToBeVisibleAsync();
        Assert.Equal("true", await page.GetByLabel("Organisationsnummer").GetAttributeAsync("aria-invalid"));
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // Corrected to a number whose check digit is right.
        await page.GetByLabel("Organisationsnummer").FillAsync(ValidNumber("802400"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Föreningen Läxhjälpen");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));

        // Change it and find it in the filtered list.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra" }).ClickAsync();
        await page.GetByLabel("Namn", new() { Exact = false }).First.FillAsync("Föreningen Läxhjälpen i Exempelstad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Föreningen Läxhjälpen i Exempelstad");

        await page.GotoAsync("/organisations?q=L%C3%A4xhj%C3%A4lpen");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Föreningen Läxhjälpen i Exempelstad");
        Assert.Empty(await BrowserFixture.SeriousAccessibilityViolationsAsync(page));
    }

    /// <summary>A ten-digit organisation number with <paramref name="prefix"/> and a running number, Luhn check digit appended.</summary>
    private static string ValidNumber(string prefix)
    {
        var payload = prefix + "123";
        var check = Samverka.Kernel.Luhn.CheckDigit(payload);
        return $"{payload[..6]}-{payload[6..]}{check}";
    }
}
