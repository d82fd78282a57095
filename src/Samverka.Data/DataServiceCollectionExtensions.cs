using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;

namespace Samverka.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SamverkaDbContext"/> on the provider the connection string names
    /// (see <see cref="DatabaseSettings"/>), and the settings themselves.</summary>
    public static IServiceCollection AddSamverkaData(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services.AddSamverkaData(DatabaseSettings.From(configuration, contentRoot));

    public static IServiceCollection AddSamverkaData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresSamverkaDbContext>(o => o.UseSamverkaPostgres(settings.ConnectionString));
            services.AddScoped<SamverkaDbContext>(sp => sp.GetRequiredService<PostgresSamverkaDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteSamverkaDbContext>(o => o.UseSamverkaSqlite(settings.ConnectionString));
            services.AddScoped<SamverkaDbContext>(sp => sp.GetRequiredService<SqliteSamverkaDbContext>());
        }
        return services;
    }

    /// <summary>A context for one-off work outside dependency injection (the command line, tests).</summary>
    public static SamverkaDbContext CreateDbContext(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? new PostgresSamverkaDbContext(new DbContextOptionsBuilder<PostgresSamverkaDbContext>().UseSamverkaPostgres(settings.ConnectionString).Options)
        : new SqliteSamverkaDbContext(new DbContextOptionsBuilder<SqliteSamverkaDbContext>().UseSamverkaSqlite(settings.ConnectionString).Options);

    internal static DbContextOptionsBuilder UseSamverkaSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteSamverkaDbContext).Assembly.GetName().Name));

    internal static DbContextOptionsBuilder UseSamverkaPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresSamverkaDbContext).Assembly.GetName().Name));

    internal static DbContextOptionsBuilder<T> UseSamverkaSqlite<T>(this DbContextOptionsBuilder<T> options, string connectionString) where T : DbContext
    {
        ((DbContextOptionsBuilder)options).UseSamverkaSqlite(connectionString);
        return options;
    }

    internal static DbContextOptionsBuilder<T> UseSamverkaPostgres<T>(this DbContextOptionsBuilder<T> options, string connectionString) where T : DbContext
    {
        ((DbContextOptionsBuilder)options).UseSamverkaPostgres(connectionString);
        return options;
    }
}
