using Microsoft.Extensions.Configuration;

namespace Samverka.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database to use, read from the connection string <c>ConnectionStrings:Samverka</c>
/// (environment <c>ConnectionStrings__Samverka</c>).</summary>
/// <remarks>A PostgreSQL connection string is recognised by its <c>Host=</c> key; anything else is a SQLite one.
/// Without a connection string the database is <c>data/samverka.db</c> under the content root (the folder is created).</remarks>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "Samverka";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot) =>
        FromConnectionString(configuration.GetConnectionString(ConnectionStringName), contentRoot);

    public static DatabaseSettings FromConnectionString(string? connectionString, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(contentRoot, "data");
            Directory.CreateDirectory(folder);
            return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "samverka.db")}");
        }
        return IsPostgres(connectionString)
            ? new DatabaseSettings(DatabaseProvider.Postgres, connectionString)
            : new DatabaseSettings(DatabaseProvider.Sqlite, connectionString);
    }

    public static bool IsPostgres(string connectionString) =>
        connectionString.Split(';').Any(part => part.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>A password-free description for logs: provider and data source or host/database.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => "PostgreSQL " + string.Join(';', ConnectionString.Split(';')
            .Where(p => p.Trim().StartsWith("Host", StringComparison.OrdinalIgnoreCase) || p.Trim().StartsWith("Port", StringComparison.OrdinalIgnoreCase) || p.Trim().StartsWith("Database", StringComparison.OrdinalIgnoreCase))),
        _ => "SQLite " + ConnectionString,
    };
}
