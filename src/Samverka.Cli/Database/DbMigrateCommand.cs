using Microsoft.Extensions.DependencyInjection;
using Samverka.Data;
using Samverka.Modules;

namespace Samverka.Cli.Database;

/// <summary><c>samverka db migrate [--connection CS] [--demo]</c>: brings the database up to date (creating it if needed).</summary>
public static class DbMigrateCommand
{
    public static CliCommand Command { get; } = new(
        "db migrate",
        "db migrate [--connection CS] [--demo]",
        "Apply the database migrations (SQLite or PostgreSQL, by the connection string); --demo also seeds demo data into an empty database.",
        RunAsync);

    private static async Task<int> RunAsync(CliArgs args, CliContext context)
    {
        var settings = CliDatabase.Settings(args);
        var demo = args.Has("demo");
        args.RejectUnknown();
        await using var services = CliDatabase.Services(settings, context.Clock);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var applied = await SamverkaDatabase.MigrateAsync(db);
        context.Out.WriteLine(applied.Count == 0
            ? $"{settings.Describe()}: up to date"
            : $"{settings.Describe()}: applied {string.Join(", ", applied)}");
        if (demo && await DemoData.SeedIfEmptyAsync(db, context.Clock))
            context.Out.WriteLine($"demo data seeded (password for every demo user: {DemoData.Password})");
        return ExitCodes.Ok;
    }
}
