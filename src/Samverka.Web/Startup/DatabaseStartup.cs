using Samverka.Data;
using Samverka.Modules;

namespace Samverka.Web.Startup;

public static class DatabaseStartup
{
    /// <summary>Migrates the database and, when it is empty and demo data is wanted, seeds it; then says where the app
    /// listens and how to sign in. Demo data is wanted when <c>Samverka:SeedDemoData</c> is true, and by default on SQLite
    /// (never by default on PostgreSQL, which is for production).</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Samverka.Startup");
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
            var applied = await SamverkaDatabase.MigrateAsync(db, cancellationToken);
            logger.LogInformation("Database {Database}: {Count} migrations applied", settings.Describe(), applied.Count);
            var seed = app.Configuration.GetValue<bool?>("Samverka:SeedDemoData") ?? settings.Provider == DatabaseProvider.Sqlite;
            if (seed && await DemoData.SeedIfEmptyAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken))
                logger.LogInformation("Demo data seeded");
        }

        var showDemo = app.Configuration.GetValue<bool?>("Samverka:SeedDemoData") ?? settings.Provider == DatabaseProvider.Sqlite;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var lines = new List<string> { $"Samverka listens on {string.Join(", ", app.Urls)}" };
            if (showDemo)
            {
                lines.Add($"Demo sign-ins (password {DemoData.Password}):");
                lines.AddRange(DemoData.Users.Select(u => $"  {u.Email,-28} {Modules.Identity.Roles.SwedishName(u.Role)}"));
            }
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
    }
}
