using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Tests.Audit;

public class AuditLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditEntry_UpdateOrDeleteThroughContext_Throws()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Get<AuditLog>().WriteAsync(Actor.CommandLine(), AuditActions.Export, "Organisation", null, "csv", Ct);
        var entry = await db.Db.AuditEntries.FirstAsync(Ct);
        db.Db.Entry(entry).Property(e => e.Action).CurrentValue = "Nothing";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Db.SaveChangesAsync(Ct));
        db.Db.ChangeTracker.Clear();
        db.Db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task AuditEntry_UpdateOrDeleteWithSql_IsRefusedByTrigger()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Get<AuditLog>().WriteAsync(Actor.CommandLine(), AuditActions.Export, cancellationToken: Ct);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Action = 'x'", Ct));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries", Ct));
        Assert.Equal(1, await db.FreshContext().AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Search_ByAuditor_SeesOwnTenantOnlyAndFilters()
    {
        await using var db = await TestDatabase.CreateAsync();
        var log = db.Get<AuditLog>();
        var exempelstad = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        var harnosand = await db.ActorAsync(Numbers.Harnosand, Roles.GrantOfficer);
        await log.WriteAsync(exempelstad, AuditActions.SignIn, cancellationToken: Ct);
        await log.WriteAsync(exempelstad, AuditActions.Export, "Organisation", null, "csv", Ct);
        await log.WriteAsync(harnosand, AuditActions.SignIn, cancellationToken: Ct);

        var auditor = await db.ActorAsync(Numbers.Exempelstad, Roles.Auditor);
        var search = db.Get<SearchAuditLog>();
        var all = await search.HandleAsync(new SearchAuditLog.Request(null, null, null, null, null, new PageRequest()), auditor, Ct);
        Assert.Equal(2, all.TotalCount);
        Assert.Equal(AuditActions.Export, all.Items[0].Action); // newest first

        var today = DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(DateTime.UtcNow));
        var filtered = await search.HandleAsync(new SearchAuditLog.Request("test@", AuditActions.SignIn, today, today, null, new PageRequest()), auditor, Ct);
        Assert.Single(filtered.Items);
        var tomorrow = await search.HandleAsync(new SearchAuditLog.Request(null, null, today.AddDays(1), null, null, new PageRequest()), auditor, Ct);
        Assert.Empty(tomorrow.Items);
        var subject = await search.HandleAsync(new SearchAuditLog.Request(null, null, null, null, "organisation", new PageRequest()), auditor, Ct);
        Assert.Single(subject.Items);
    }

    [Fact]
    public async Task Search_ByGrantOfficer_IsDenied()
    {
        await using var db = await TestDatabase.CreateAsync();
        var officer = await db.ActorAsync(Numbers.Exempelstad, Roles.GrantOfficer);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            db.Get<SearchAuditLog>().HandleAsync(new SearchAuditLog.Request(null, null, null, null, null, new PageRequest()), officer, Ct));
    }
}
