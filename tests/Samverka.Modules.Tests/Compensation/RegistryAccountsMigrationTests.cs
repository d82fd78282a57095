using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Data;
using Samverka.Modules.Compensation;
using Samverka.Modules.PaymentFiles;
using Samverka.Testing;

namespace Samverka.Modules.Tests.Compensation;

/// <summary>The migration <c>CompensationPaysFromTheRegistry</c> on a database with data, on SQLite and PostgreSQL: the demo
/// data is seeded, the database is taken back to the migration before (its Down fills the compensation's account columns
/// from the registry), accounts are written there as the old module did, and migrating again copies them into the registry
/// only where the organisation has no payee account, normalised.</summary>
public abstract class RegistryAccountsMigrationTests
{
    private const string Migration = "CompensationPaysFromTheRegistry";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<(DatabaseSettings Settings, IAsyncDisposable Owner)?> CreateDatabaseAsync();

    [Fact]
    public async Task Migration_CopiesCompensationAccountsIntoTheRegistryWhereTheOrganisationHasNone()
    {
        if (await CreateDatabaseAsync() is not var (settings, owner)) return;
        await using var _ = owner;
        var services = new ServiceCollection().AddSamverkaData(settings).AddSamverkaModules().BuildServiceProvider();
        await using var __ = services;
        SamverkaDbContext Context() => services.CreateScope().ServiceProvider.GetRequiredService<SamverkaDbContext>();

        await SamverkaDatabase.MigrateAsync(Context(), Ct);
        await DemoData.SeedIfEmptyAsync(Context(), TimeProvider.System, Ct);
        var db = Context();
        var migrations = db.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(previous, Ct);

        // Down filled the old columns from the registry: Humlan's approval has its registry account again.
        Assert.Equal("50501444", await ScalarAsync(db, """SELECT a."AccountNumber" AS "Value" FROM "CompensationProviderApprovals" AS a JOIN "Organisations" AS o ON o."Id" = a."ProviderId" WHERE o."OrganisationNumber" = '769699-0048'"""));

        // As the module had them: accounts written as typed; Solrosen, Ekorren and the municipality without one in the registry.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "Organisations" SET "PayeeAccountKind" = NULL, "PayeeAccountNumber" = NULL WHERE "OrganisationNumber" IN ('769699-0014', '769699-0030', '212000-9994');
            """, Ct);
        await SetApprovalAsync(db, "769699-0014", "Bankgiro", " 5050-1055 ");
        await SetApprovalAsync(db, "769699-0030", "Iban", "se45 5000 0000 0583 9825 7466");
        await SetApprovalAsync(db, "769699-0022", "Bankgiro", "5050-1220"); // Lärkan has 5050-1337 in the registry, which stays
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "CompensationSettings" SET "DebtorAccountKind" = 'Plusgiro', "DebtorAccountNumber" = '48 12 34-0'
            WHERE "MunicipalityId" = (SELECT "Id" FROM "Organisations" WHERE "OrganisationNumber" = '212000-9994');
            """, Ct);

        await SamverkaDatabase.MigrateAsync(Context(), Ct);

        var accounts = await Context().OrganisationInfos()
            .Where(o => o.OrganisationNumber.StartsWith("769699-00") || o.OrganisationNumber == "212000-9994" || o.OrganisationNumber == "212000-2627")
            .ToDictionaryAsync(o => o.OrganisationNumber, o => o.PayeeAccount(), Ct);
        Assert.Equal(new PaymentAccount(PaymentAccountKind.Bankgiro, "50501055"), accounts["769699-0014"]); // copied, normalised
        Assert.Equal(new PaymentAccount(PaymentAccountKind.Bankgiro, "50501337"), accounts["769699-0022"]); // the registry's stays
        Assert.Equal(new PaymentAccount(PaymentAccountKind.Iban, "SE4550000000058398257466"), accounts["769699-0030"]);
        Assert.Equal(new PaymentAccount(PaymentAccountKind.Bankgiro, "50501444"), accounts["769699-0048"]); // unchanged
        Assert.Equal(new PaymentAccount(PaymentAccountKind.Plusgiro, "4812340"), accounts["212000-9994"]); // the settings' debtor account
        Assert.Null(accounts["212000-2627"]); // Härnösand had neither settings nor approvals
        Assert.Empty(await Context().Database.GetPendingMigrationsAsync(Ct));
    }

    private static Task SetApprovalAsync(SamverkaDbContext db, string providerNumber, string kind, string number) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE "CompensationProviderApprovals" SET "AccountKind" = {kind}, "AccountNumber" = {number}
            WHERE "ProviderId" = (SELECT "Id" FROM "Organisations" WHERE "OrganisationNumber" = {providerNumber});
            """, Ct);

    private static Task<string> ScalarAsync(SamverkaDbContext db, string sql) => db.Database.SqlQueryRaw<string>(sql).SingleAsync(Ct);
}

public sealed class RegistryAccountsMigrationSqliteTests : RegistryAccountsMigrationTests
{
    protected override Task<(DatabaseSettings Settings, IAsyncDisposable Owner)?> CreateDatabaseAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"samverka-migration-{Guid.NewGuid():N}.db");
        return Task.FromResult<(DatabaseSettings, IAsyncDisposable)?>((new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}"), new DeleteFile(file)));
    }

    private sealed class DeleteFile(string file) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                if (File.Exists(f)) File.Delete(f);
            return ValueTask.CompletedTask;
        }
    }
}

public sealed class RegistryAccountsMigrationPostgresTests : RegistryAccountsMigrationTests
{
    protected override async Task<(DatabaseSettings Settings, IAsyncDisposable Owner)?> CreateDatabaseAsync()
    {
        Assert.SkipWhen(PostgresCluster.UnavailableReason is not null, PostgresCluster.UnavailableReason ?? "");
        var cluster = await PostgresCluster.StartAsync();
        return (new DatabaseSettings(DatabaseProvider.Postgres, await cluster.CreateDatabaseAsync("migration")), cluster);
    }
}
