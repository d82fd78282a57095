using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;

namespace Samverka.Web.Tests;

/// <summary>A user sees its own organisation's data only, unless a rule grants more.</summary>
public abstract class TenancyTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PartnerUser_ListsOnlyItsOwnOrganisation()
    {
        using var client = await app.SignInAsync("anordnare@samverka.demo");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/organisations?pageSize=500", Ct));
        var names = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Solrosens familjenätverk ekonomisk förening"], names);
    }

    [Theory]
    [InlineData("anordnare@samverka.demo", "Lärkans kooperativa familjedaghem")]
    [InlineData("forening@samverka.demo", "Exempelstads kommun")]
    [InlineData("handlaggare@samverka.demo", "Härnösands kommun")]
    [InlineData("enhet@samverka.demo", "Exempelstads kommun")]
    public async Task User_CannotReadAnotherTenantsOrganisation(string email, string otherName)
    {
        var id = await IdOfAsync(otherName);
        using var client = await app.SignInAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/organisations/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{id}", Ct)).StatusCode);
        var update = await client.PutAsync($"/api/organisations/{id}", JsonContent(new { organisationNumber = "212000-9994", name = "Kapad", kind = "Provider" }), Ct);
        Assert.True(update.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, update.StatusCode.ToString());
    }

    [Fact]
    public async Task Municipality_SeesTheJointUnitItIsMemberOf()
    {
        var unit = await IdOfAsync("Familjehem Mitt");
        using var admin = await app.SignInAsync("admin@samverka.demo"); // admin works at Härnösand, a member; sees all anyway
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/organisations/{unit}", Ct)).StatusCode);
        using var unitStaff = await app.SignInAsync("enhet@samverka.demo");
        using var json = JsonDocument.Parse(await unitStaff.GetStringAsync($"/api/organisations/{unit}", Ct));
        Assert.Equal(6, json.RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal("Härnösands kommun", json.RootElement.GetProperty("host").GetProperty("name").GetString());
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

    private async Task<Guid> IdOfAsync(string name)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }
}
