using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Data;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Tests;

/// <summary>A fresh SQLite file, migrated and seeded with the demo data, and the module services on it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"samverka-modules-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private TestDatabase()
    {
        var services = new ServiceCollection();
        services.AddSamverkaData(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}"));
        services.AddSamverkaModules();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public SamverkaDbContext Db => Get<SamverkaDbContext>();

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await SamverkaDatabase.MigrateAsync(database.Db);
        await DemoData.SeedIfEmptyAsync(database.Db, TimeProvider.System);
        return database;
    }

    /// <summary>An actor with a role at the organisation with this number.</summary>
    public async Task<Actor> ActorAsync(string organisationNumber, params string[] roles)
    {
        var id = await Db.Organisations.Where(o => o.OrganisationNumber == organisationNumber).Select(o => o.Id).SingleAsync();
        return new Actor(Guid.NewGuid().ToString(), $"test@{organisationNumber}", id, roles.ToHashSet(), "127.0.0.1");
    }

    /// <summary>A new scope's context, to read what was really saved.</summary>
    public SamverkaDbContext FreshContext() => _services.CreateScope().ServiceProvider.GetRequiredService<SamverkaDbContext>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}

public static class Numbers
{
    public const string Exempelstad = "212000-9994";
    public const string Harnosand = "212000-2627";
    public const string FamiljehemMitt = "222999-0011";
    public const string Solrosen = "769699-0014";

    public static string Fresh()
    {
        var payload = $"55{Random.Shared.Next(2, 10)}{Random.Shared.Next(0, 1_000_000):D6}";
        var n = payload + Kernel.Luhn.CheckDigit(payload);
        return n[..6] + "-" + n[6..];
    }
}
