using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Web.Tests;

public abstract class SignInTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WithDemoPassword_RedirectsToStartAndShowsUser()
    {
        using var client = app.CreateClient();
        var response = await SamverkaAppFixture.SignInAsync(client, "handlaggare@samverka.demo", DemoData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);

        var start = await client.GetStringAsync("/", Ct);
        Assert.Contains("Hugo Handläggare", start);
        Assert.Contains("Exempelstads kommun", start);
        Assert.Contains("href=\"/organisations\"", start);
        Assert.DoesNotContain("href=\"/audit\"", start);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorNextToFieldAndAudits()
    {
        using var client = app.CreateClient();
        var response = await SamverkaAppFixture.SignInAsync(client, "controller@samverka.demo", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("E-postadressen eller lösenordet är fel.", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("aria-describedby=\"Email-error\"", html);

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.UserName == "controller@samverka.demo", Ct));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_IsLockedOutEvenWithRightPassword()
    {
        var email = $"lockout-{Guid.NewGuid():N}@samverka.test";
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SamverkaUser>>();
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var org = await db.Organisations.Select(o => o.Id).FirstAsync(Ct);
            var result = await users.CreateAsync(new SamverkaUser { UserName = email, Email = email, DisplayName = "Låst Test", OrganisationId = org }, DemoData.Password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        }

        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
            await SamverkaAppFixture.SignInAsync(client, email, "not-the-password");
        var response = await SamverkaAppFixture.SignInAsync(client, email, DemoData.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kontot är låst", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignIn_Success_IsAudited()
    {
        using var client = await app.SignInAsync("namnd@samverka.demo");
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.UserName == "namnd@samverka.demo" && e.Action == AuditActions.SignIn, Ct);
        Assert.NotNull(entry.UserId);
        Assert.NotNull(entry.OrganisationId);
        Assert.Equal("127.0.0.1", entry.RemoteIp);
    }

    [Fact]
    public async Task Page_WhenAnonymous_RedirectsToSignIn()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/organisations", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Api_WhenAnonymous_Is401ProblemNotRedirect()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/organisations", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await app.SignInAsync("controller@samverka.demo");
        var response = await SamverkaAppFixture.PostFormAsync(client, "/sign-out", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@samverka.demo", ["Password"] = DemoData.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
