namespace Samverka.Cli;

/// <summary>Where a command writes: standard output and error, and the clock for "today".</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);

/// <summary>One command of <c>samverka</c>: its words (e.g. <c>compensation run</c>), a line of help and the work.</summary>
/// <param name="Words">The command's words, as typed.</param>
/// <param name="Usage">The synopsis shown by <c>--help</c>.</param>
/// <param name="Summary">One line saying what it does.</param>
/// <param name="Run">Does the work; returns the exit code. Throws <see cref="Kernel.InputProblemsException"/> for bad input.</param>
public sealed record CliCommand(string Words, string Usage, string Summary, Func<CliArgs, CliContext, Task<int>> Run);

/// <summary>Exit codes: 0 ok, 1 other failure, 2 bad input (nothing written).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
