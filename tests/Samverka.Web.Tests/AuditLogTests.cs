using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Audit;

namespace Samverka.Web.Tests;

public abstract class AuditLogTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditPage_ForAuditor_ShowsSearchableEntries()
    {
        using var officer = await app.SignInAsync("handlaggare@samverka.demo");
        using var auditor = await app.SignInAsync("revisor@samverka.demo");
        var html = await auditor.GetStringAsync("/audit?user=handlaggare&action=SignIn", Ct);
        Assert.Contains("<caption>Granskningslogg</caption>", html);
        Assert.Contains("handlaggare@samverka.demo", html);
        Assert.Contains("Inloggning", html);
    }

    [Fact]
    public async Task AuditPage_ForAuditor_DoesNotShowOtherTenants()
    {
        using var unit = await app.SignInAsync("enhet@samverka.demo");
        using var auditor = await app.SignInAsync("revisor@samverka.demo");
        var html = await auditor.GetStringAsync("/audit?user=enhet%40samverka.demo", Ct);
        Assert.DoesNotContain("<td>enhet@samverka.demo</td>", html);
        using var admin = await app.SignInAsync("admin@samverka.demo");
        Assert.Contains("enhet@samverka.demo", await admin.GetStringAsync("/audit?user=enhet%40samverka.demo", Ct));
    }

    [Fact]
    public async Task AuditPage_WithBadDate_ShowsMessageNextToField()
    {
        using var auditor = await app.SignInAsync("revisor@samverka.demo");
        var html = await auditor.GetStringAsync("/audit?from=23/11/2026", Ct);
        Assert.Contains("id=\"From-error\"", html);
        Assert.Contains("Skriv datumet som ÅÅÅÅ-MM-DD", html);
    }

    [Theory]
    [InlineData("handlaggare@samverka.demo")]
    [InlineData("anordnare@samverka.demo")]
    [InlineData("controller@samverka.demo")]
    public async Task AuditPage_ForOtherRoles_IsDenied(string email)
    {
        using var client = await app.SignInAsync(email);
        var response = await client.GetAsync("/audit", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AuditEntry_CannotBeChangedOrDeletedThroughTheContext()
    {
        using var client = await app.SignInAsync("revisor@samverka.demo"); // so that there is an entry
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var entry = await db.AuditEntries.FirstAsync(Ct);
        db.Entry(entry).Property(e => e.Detail).CurrentValue = "tampered";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task AuditEntry_CannotBeChangedOrDeletedWithRawSql()
    {
        using var client = await app.SignInAsync("revisor@samverka.demo");
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var count = await db.AuditEntries.CountAsync(Ct);
        Assert.True(count > 0);
        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'tampered'", Ct));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Ct));
        Assert.Contains("append-only", delete.Message);
        Assert.True(await db.AuditEntries.CountAsync(Ct) >= count);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Detail == "tampered", Ct));
    }

    [Fact]
    public async Task Export_IsAudited()
    {
        using var client = await app.SignInAsync("controller@samverka.demo");
        var response = await client.GetAsync("/organisations?export=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.UserName == "controller@samverka.demo" && e.Detail!.StartsWith("csv"), Ct));
    }
}
