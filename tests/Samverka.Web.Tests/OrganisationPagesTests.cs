using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Audit;

namespace Samverka.Web.Tests;

public abstract class OrganisationPagesTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ForGrantOfficer_ShowsOwnMunicipalityAndItsPartnersOnly()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var html = await client.GetStringAsync("/organisations?size=100", Ct);
        Assert.Contains("Exempelstads kommun", html);
        Assert.Contains("Solrosens familjenätverk ekonomisk förening", html);
        Assert.Contains("Exempelstads idrottsförening", html);
        Assert.DoesNotContain("Härnösands kommun", html);
        Assert.DoesNotContain("Familjehem Mitt", html);
        Assert.Contains("<caption>Organisationer</caption>", html);
    }

    [Fact]
    public async Task List_ForJointUnit_ShowsItsMembers()
    {
        using var client = await app.SignInAsync("enhet@samverka.demo");
        var html = await client.GetStringAsync("/organisations?size=100", Ct);
        foreach (var member in new[] { "Härnösands kommun", "Kramfors kommun", "Sollefteå kommun", "Timrå kommun", "Ånge kommun", "Örnsköldsviks kommun", "Familjehem Mitt" })
            Assert.Contains(member, html);
        Assert.DoesNotContain("Exempelstads kommun", html);
    }

    [Fact]
    public async Task List_FiltersSortsAndPages()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var filtered = await client.GetStringAsync("/organisations?kind=Municipality&sort=name&desc=1&size=2", Ct);
        Assert.Contains("aria-sort=\"descending\"", filtered);
        Assert.Contains("rel=\"next\"", filtered);
        Assert.DoesNotContain("Solrosens", filtered);
        Assert.Contains("Örnsköldsviks kommun", filtered); // last by name comes first descending

        var search = await client.GetStringAsync("/organisations?q=kramfors", Ct);
        Assert.Contains("Kramfors kommun", search);
        Assert.DoesNotContain("Timrå kommun", search);
    }

    [Fact]
    public async Task Create_WithValidInput_RegistersAndAudits()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var number = TestNumbers.Organisation();
        var response = await SamverkaAppFixture.PostFormAsync(client, "/organisations/create", new Dictionary<string, string>
        {
            ["Input.OrganisationNumber"] = number.Replace("-", ""),
            ["Input.Name"] = "Blåklockans familjenätverk",
            ["Input.Kind"] = "Provider",
            ["Input.Email"] = "blaklockan@example.se",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("Blåklockans familjenätverk", details);
        Assert.Contains(number, details);
        Assert.Contains("Anordnare", details);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var created = await db.Organisations.SingleAsync(o => o.OrganisationNumber == number, Ct);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Create && e.SubjectId == created.Id.ToString(), Ct));
    }

    [Fact]
    public async Task Create_WithBadInput_ShowsEachMessageNextToItsField()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var response = await SamverkaAppFixture.PostFormAsync(client, "/organisations/create", new Dictionary<string, string>
        {
            ["Input.OrganisationNumber"] = TestNumbers.WithWrongCheckDigit(),
            ["Input.Name"] = "",
            ["Input.Kind"] = "Municipality",
            ["Input.Email"] = "not-an-address",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Det finns ett problem", html);
        Assert.Contains("har fel kontrollsiffra", html);
        Assert.Contains("id=\"Input_OrganisationNumber-error\"", html);
        Assert.Contains("aria-describedby=\"Input_OrganisationNumber-hint Input_OrganisationNumber-error\"", html);
        Assert.Contains("id=\"Input_Name-error\"", html);
        Assert.Contains("id=\"Input_Email-error\"", html);
        Assert.Contains("bara en administratör kan registrera en kommun", html);
        Assert.Contains("href=\"#Input_Name\"", html);
    }

    [Fact]
    public async Task Edit_ByRegisteringMunicipality_SavesChanges()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var id = await IdOfAsync("Ekorrens familjenätverk");
        var response = await SamverkaAppFixture.PostFormAsync(client, $"/organisations/{id}/edit", new Dictionary<string, string>
        {
            ["Input.OrganisationNumber"] = "769699-0030",
            ["Input.Name"] = "Ekorrens familjenätverk",
            ["Input.Kind"] = "Provider",
            ["Input.Phone"] = "070-222 22 22",
            // As the form sends them, filled in: without them the edit would remove the account child-care grants are paid to.
            ["Input.PayeeAccountKind"] = "Plusgiro",
            ["Input.PayeeAccountNumber"] = "481234",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync($"/organisations/{id}?saved=true", Ct);
        Assert.Contains("070-222 22 22", details);
        Assert.Contains("Ändringarna är sparade.", details);
    }

    [Fact]
    public async Task Edit_ByCommitteeMember_IsDenied()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        var id = await IdOfAsync("Ekorrens familjenätverk");
        var response = await client.GetAsync($"/organisations/{id}/edit", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Import_WithBadRows_WritesNothingAndListsEveryBadRow()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var good = TestNumbers.Organisation();
        var csv = new StringBuilder()
            .AppendLine("Organisationsnummer;Namn;Typ;E-post")
            .AppendLine($"{good};Godkänd förening;Förening;ok@example.se")
            .AppendLine($"{TestNumbers.WithWrongCheckDigit()};Fel kontrollsiffra;Förening;")
            .AppendLine($"{TestNumbers.Organisation()};;Förening;")
            .AppendLine($"{TestNumbers.Organisation()};Okänd typ;Bolag;")
            .ToString();
        var response = await UploadAsync(client, csv, "foreningar.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Ingenting importerades: filen har 3 problem", html);
        Assert.Contains("<th scope=\"row\">3</th><td>Organisationsnummer</td>", html);
        Assert.Contains("<th scope=\"row\">4</th><td>Namn</td>", html);
        Assert.Contains("<th scope=\"row\">5</th><td>Typ</td>", html);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        Assert.False(await db.Organisations.AnyAsync(o => o.OrganisationNumber == good, Ct));
    }

    [Fact]
    public async Task Import_WithGoodRows_RegistersThemAll()
    {
        using var client = await app.SignInAsync("handlaggare@samverka.demo");
        var numbers = new[] { TestNumbers.Organisation(), TestNumbers.Organisation() };
        var csv = "OrganisationNumber,Name,Kind\n" + $"{numbers[0]},Importerad förening A,Association\n" + $"{numbers[1]},Importerad stiftelse B,Stiftelse\n";
        var response = await UploadAsync(client, csv, "ok.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("created=2", response.Headers.Location!.OriginalString);
        var list = await client.GetStringAsync("/organisations?q=importerad", Ct);
        Assert.Contains("Importerad förening A", list);
        Assert.Contains("Importerad stiftelse B", list);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string fileName)
    {
        var page = await client.GetStringAsync("/organisations/import", Ct);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SamverkaAppFixture.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", fileName },
        };
        return await client.PostAsync("/organisations/import", content, Ct);
    }

    private async Task<Guid> IdOfAsync(string name)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }
}
