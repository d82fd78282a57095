using Microsoft.Data.Sqlite;
using Npgsql;
using Samverka.Testing;

namespace Samverka.Cli.Tests.Database;

public class DbMigrateCommandTests
{
    [Fact]
    public async Task DbMigrate_OnNewSqliteFile_AppliesEveryMigrationThenIsUpToDate()
    {
        using var folder = new TempFolder();
        var connection = $"Data Source={folder["samverka.db"]};Pooling=false";

        var first = await CliRunner.RunAsync("db", "migrate", "--connection", connection);
        var second = await CliRunner.RunAsync("db", "migrate", "--connection", connection);

        Assert.Equal((0, ""), (first.Code, first.Error));
        Assert.Contains("applied", first.Out, StringComparison.Ordinal);
        Assert.Contains("InitialCreate", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_WithDemo_SeedsAnEmptyDatabaseOnce()
    {
        using var folder = new TempFolder();
        var connection = $"Data Source={folder["samverka.db"]};Pooling=false";

        var first = await CliRunner.RunAsync("db", "migrate", "--connection", connection, "--demo");
        var users = await ScalarAsync(connection, "SELECT COUNT(*) FROM AspNetUsers");
        var second = await CliRunner.RunAsync("db", "migrate", "--connection", connection, "--demo");

        Assert.Contains("demo data seeded", first.Out, StringComparison.Ordinal);
        Assert.True(users >= 8, $"{users} users after seeding");
        Assert.DoesNotContain("demo data seeded", second.Out, StringComparison.Ordinal);
        Assert.Equal(users, await ScalarAsync(connection, "SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task DbMigrate_OnPostgreSql_AppliesEveryMigration()
    {
        Assert.SkipWhen(PostgresCluster.UnavailableReason is not null, PostgresCluster.UnavailableReason ?? "");
        await using var cluster = await PostgresCluster.StartAsync();
        var connection = await cluster.CreateDatabaseAsync("cli");

        var result = await CliRunner.RunAsync("db", "migrate", "--connection", connection);

        Assert.Equal((0, ""), (result.Code, result.Error));
        Assert.Contains("InitialCreate", result.Out, StringComparison.Ordinal);
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"", db);
        Assert.True((long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! >= 2);
    }

    [Fact]
    public async Task DbMigrate_WithUnknownOption_IsBadInput()
    {
        var result = await CliRunner.RunAsync("db", "migrate", "--conection", "Data Source=x.db");

        Assert.Equal(2, result.Code);
        Assert.Contains("--conection: unknown option", result.Error, StringComparison.Ordinal);
    }

    internal static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
