using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;

namespace Samverka.Web.Tests;

public abstract class OrganisationsApiTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ReturnsPageOfVisibleOrganisations()
    {
        using var client = await app.SignInAsync("enhet@samverka.demo");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/organisations?pageSize=100&sort=name", Ct));
        var names = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains("Familjehem Mitt", names);
        Assert.Contains("Kramfors kommun", names);
        Assert.DoesNotContain("Exempelstads kommun", names);
        Assert.Equal(names.Count, json.RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task CreateGetUpdate_RoundTrips()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var number = TestNumbers.Organisation();
        var created = await client.PostAsJsonAsync("/api/organisations", new { organisationNumber = number, name = "API-förbundet", kind = "JointOrganisation" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        using (var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)))
            Assert.Equal("JointOrganisation", body.RootElement.GetProperty("kind").GetString());

        var kramfors = await IdOfAsync("Kramfors kommun");
        var updated = await client.PutAsJsonAsync(location, new
        {
            organisationNumber = number, name = "API-förbundet (ändrat)", kind = "JointOrganisation", hostId = kramfors, memberIds = new[] { kramfors },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        using var fetched = JsonDocument.Parse(await client.GetStringAsync(location, Ct));
        Assert.Equal("API-förbundet (ändrat)", fetched.RootElement.GetProperty("name").GetString());
        Assert.Equal("Kramfors kommun", fetched.RootElement.GetProperty("host").GetProperty("name").GetString());
        Assert.Single(fetched.RootElement.GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Create_WithBadInput_IsValidationProblemNamingTheFields()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var response = await client.PostAsJsonAsync("/api/organisations", new { organisationNumber = "121000-0000", name = "", kind = "Provider" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("third digit", errors.GetProperty("OrganisationNumber")[0].GetString());
        Assert.Equal("is required", errors.GetProperty("Name")[0].GetString());
    }

    [Fact]
    public async Task Create_Duplicate_IsValidationProblem()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var response = await client.PostAsJsonAsync("/api/organisations", new { organisationNumber = "212000-2627", name = "Kopia", kind = "Municipality" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already in the registry", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Create_ByPartnerUser_IsForbidden()
    {
        using var client = await app.SignInAsync("anordnare@samverka.demo");
        var response = await client.PostAsJsonAsync("/api/organisations", new { organisationNumber = TestNumbers.Organisation(), name = "X", kind = "Provider" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Import_WithBadRows_ListsEveryLineAndWritesNothing()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var good = TestNumbers.Organisation();
        var csv = $"OrganisationNumber,Name,Kind\n{good},Bra,Provider\n12345,Kort,Provider\n{TestNumbers.Organisation()},Okänd,Shop\n";
        var response = await client.PostAsync("/api/organisations/import?fileName=api.csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var lines = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([3, 4], lines);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("line 3: OrganisationNumber", out _));

        await using var scope = app.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.AnyAsync(o => o.OrganisationNumber == good, Ct));
    }

    [Fact]
    public async Task Import_WithFormContentType_IsRefused()
    {
        using var client = await app.SignInAsync("admin@samverka.demo");
        var response = await client.PostAsync("/api/organisations/import", new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = "b" }), Ct);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<Guid> IdOfAsync(string name)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SamverkaDbContext>().Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct);
    }
}
