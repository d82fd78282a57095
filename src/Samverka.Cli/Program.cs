using Samverka.Cli;
using Samverka.Kernel;

// samverka: batch runs, imports, exports and simulations; the same use cases the web app calls.
// Exit codes: 0 ok, 2 bad input (each problem on its own line naming file, line and field; nothing written), 1 other failure.
return await SamverkaCli.RunAsync(args, new CliContext(Console.Out, Console.Error, TimeProvider.System));

public static class SamverkaCli
{
    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<CliCommand> Commands { get; } =
    [
        Samverka.Cli.Database.DbMigrateCommand.Command,
        Samverka.Cli.Organisations.ImportOrganisationsCommand.Command,
        Samverka.Cli.Compensation.CompensationRunCommand.Command,
        Samverka.Cli.CostAllocation.AllocateCommand.Command,
        Samverka.Cli.CostAllocation.AgreementEndDateCommand.Command,
    ];

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            WriteHelp(context.Out);
            return args.Length == 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        }

        // Longest match of the command's words against the arguments.
        var command = Commands
            .Where(c => c.Words.Split(' ') is var w && w.Length <= args.Length && w.SequenceEqual(args.Take(w.Length)))
            .MaxBy(c => c.Words.Split(' ').Length);
        if (command is null)
        {
            context.Error.WriteLine($"samverka: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'. See 'samverka --help'.");
            return ExitCodes.BadInput;
        }

        var rest = args.Skip(command.Words.Split(' ').Length).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            context.Out.WriteLine($"usage: samverka {command.Usage}");
            context.Out.WriteLine(command.Summary);
            return ExitCodes.Ok;
        }

        try
        {
            return await command.Run(new CliArgs(rest), context);
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems) context.Error.WriteLine(p.ToString());
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine($"samverka: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static void WriteHelp(TextWriter o)
    {
        o.WriteLine("samverka: the Samverka command line (batch runs, imports, exports, simulations).");
        o.WriteLine();
        o.WriteLine("Commands:");
        foreach (var c in Commands)
        {
            o.WriteLine($"  samverka {c.Usage}");
            o.WriteLine($"      {c.Summary}");
        }
        o.WriteLine();
        o.WriteLine("Exit codes: 0 ok, 1 failure, 2 bad input (each problem names file, line and field; nothing is written).");
    }
}
