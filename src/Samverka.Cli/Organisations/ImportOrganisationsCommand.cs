using Microsoft.Extensions.DependencyInjection;
using Samverka.Cli.Database;
using Samverka.Data;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;

namespace Samverka.Cli.Organisations;

/// <summary><c>samverka organisations import FILE.csv [--connection CS]</c>: the same use case as the import page and the API.
/// All or nothing: on bad rows it prints <c>file:line: field: message</c> for each, writes nothing and exits 2.</summary>
public static class ImportOrganisationsCommand
{
    public static CliCommand Command { get; } = new(
        "organisations import",
        "organisations import FILE.csv [--connection CS]",
        "Register the organisations of a CSV file (columns Organisationsnummer, Namn, Typ; optional E-post, Telefon, Adress, MedlemI, Värd), all or nothing.",
        RunAsync);

    private static async Task<int> RunAsync(CliArgs args, CliContext context)
    {
        var settings = CliDatabase.Settings(args);
        args.RejectUnknown();
        if (args.Positional.Count != 1)
            throw new InputProblemsException(new InputProblem("(command line)", null, "FILE", "give exactly one CSV file"));
        var path = args.Positional[0];
        if (!File.Exists(path))
            throw new InputProblemsException(new InputProblem(path, null, "(file)", "the file does not exist"));
        var text = await File.ReadAllTextAsync(path);

        await using var services = CliDatabase.Services(settings, context.Clock);
        await using var scope = services.CreateAsyncScope();
        await SamverkaDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<SamverkaDbContext>());
        var import = scope.ServiceProvider.GetRequiredService<ImportOrganisations>();
        var result = await import.HandleAsync(new ImportOrganisations.Request(text, path), Actor.CommandLine());
        context.Out.WriteLine($"{path}: {result.Created} organisations registered");
        return ExitCodes.Ok;
    }
}
