using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Web.Tests.Grants;

/// <summary>Payee accounts of organisations in the registry: checked with the payment files' rules, stored normalised,
/// shown and edited on the pages and the API, and readable by other modules through the registry's contract.</summary>
public abstract class PayeeAccountTests(SamverkaAppFixture app)
{
    private const string Officer = "handlaggare@samverka.demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Bankgiro", "5402-1126", "54021126")]
    [InlineData("Plusgiro", "412 34 5-1", "4123451")]
    [InlineData("Iban", "se45 5000 0000 0583 9825 7466", "SE4550000000058398257466")]
    public async Task Association_WithAPayeeAccount_IsStoredNormalisedAndReadThroughTheContract(string kind, string written, string normalised)
    {
        using var officer = await app.SignInAsync(Officer);
        var number = TestNumbers.Organisation();
        var created = await officer.PostAsJsonAsync("/api/organisations", new
        {
            organisationNumber = number, name = "Kontoföreningen " + number, kind = "Association", payeeAccountKind = kind, payeeAccountNumber = written,
        }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal(kind, body.RootElement.GetProperty("payeeAccountKind").GetString());
            Assert.Equal(normalised, body.RootElement.GetProperty("payeeAccountNumber").GetString());
        }

        await using var scope = app.CreateScope();
        var info = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().OrganisationInfos().SingleAsync(o => o.OrganisationNumber == number, Ct);
        Assert.Equal((kind, normalised), (info.PayeeAccountKind.ToString(), info.PayeeAccountNumber));
    }

    [Theory]
    [InlineData("Bankgiro", "5402-1127", "PayeeAccountNumber", "wrong check digit")]
    [InlineData("Bankgiro", "123", "PayeeAccountNumber", "must have 7 or 8 digits")]
    [InlineData("Iban", "SE45 5000 0000 0583 9825 7467", "PayeeAccountNumber", "wrong check digits")]
    [InlineData("Plusgiro", "", "PayeeAccountNumber", "is required with a payee account kind")]
    [InlineData(null, "5402-1126", "PayeeAccountKind", "is required with a payee account number")]
    public async Task Association_WithABadPayeeAccount_IsRefusedNamingTheField_AndNothingIsWritten(string? kind, string written, string field, string message)
    {
        using var officer = await app.SignInAsync(Officer);
        var number = TestNumbers.Organisation();
        var response = await officer.PostAsJsonAsync("/api/organisations", new
        {
            organisationNumber = number, name = "Felkontot " + number, kind = "Association", payeeAccountKind = kind, payeeAccountNumber = written,
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(message, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
        await using var scope = app.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.AnyAsync(o => o.OrganisationNumber == number, Ct));
    }

    [Fact]
    public async Task EditPage_ChangesThePayeeAccount_AndTheDetailsPageShowsIt_InSwedish()
    {
        using var officer = await app.SignInAsync(Officer);
        var number = TestNumbers.Organisation();
        var created = await officer.PostAsJsonAsync("/api/organisations", new { organisationNumber = number, name = "Sidföreningen " + number, kind = "Association" }, Ct);
        var location = created.Headers.Location!.OriginalString;
        var id = location[(location.LastIndexOf('/') + 1)..];

        var form = new Dictionary<string, string>
        {
            ["Input.OrganisationNumber"] = number, ["Input.Name"] = "Sidföreningen " + number, ["Input.Kind"] = "Association",
            ["Input.PayeeAccountKind"] = "Bankgiro", ["Input.PayeeAccountNumber"] = "5402-1127",
        };
        var refused = await SamverkaAppFixture.PostFormAsync(officer, $"/organisations/{id}/edit", form, $"/organisations/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("bankgironumret '5402-1127' har fel kontrollsiffra", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)));

        form["Input.PayeeAccountNumber"] = "5402-1126";
        var saved = await SamverkaAppFixture.PostFormAsync(officer, $"/organisations/{id}/edit", form, $"/organisations/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/organisations/{id}", Ct));
        Assert.Contains("Utbetalningskonto", page);
        Assert.Contains("Bankgiro 54021126", page);
        Assert.Contains("Typ av utbetalningskonto", WebUtility.HtmlDecode(await officer.GetStringAsync($"/organisations/{id}/edit", Ct)));
    }

    [Fact]
    public async Task DemoApplicants_HavePayeeAccounts()
    {
        await using var scope = app.CreateScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().OrganisationInfos()
            .Where(o => o.OrganisationNumber == "802599-0014" || o.OrganisationNumber == "802599-0022" || o.OrganisationNumber == "802599-0048")
            .Select(o => o.PayeeAccountNumber).ToListAsync(Ct);
        Assert.Equal(3, accounts.Count(a => a != null));
    }
}
