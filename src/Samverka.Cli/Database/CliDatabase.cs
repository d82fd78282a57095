using Microsoft.Extensions.DependencyInjection;
using Samverka.Data;
using Samverka.Modules;

namespace Samverka.Cli.Database;

/// <summary>The database a command works on: <c>--connection</c>, else the environment variable
/// <c>ConnectionStrings__Samverka</c> (the web app's setting), else <c>data/samverka.db</c> under the current folder.</summary>
public static class CliDatabase
{
    public const string ConnectionOption = "connection";

    public static DatabaseSettings Settings(CliArgs args) =>
        DatabaseSettings.FromConnectionString(
            args.Optional(ConnectionOption) is { Length: > 0 } c ? c : Environment.GetEnvironmentVariable("ConnectionStrings__Samverka"),
            Directory.GetCurrentDirectory());

    /// <summary>The services the use cases need, on that database.</summary>
    public static ServiceProvider Services(DatabaseSettings settings, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSamverkaData(settings);
        services.AddSamverkaModules();
        return services.BuildServiceProvider();
    }
}
