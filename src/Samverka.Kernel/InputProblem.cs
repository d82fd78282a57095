namespace Samverka.Kernel;

/// <summary>One thing wrong with a piece of input, located precisely enough for a person to fix it.</summary>
/// <param name="Source">The file name (or form, or argument) the input came from.</param>
/// <param name="Line">The 1-based line in that file, or null when the problem is not on one line.</param>
/// <param name="Field">The column, key or option concerned.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record InputProblem(string Source, int? Line, string Field, string Message)
{
    /// <summary><c>file:line: field: message</c>, the form the command line prints.</summary>
    public override string ToString() =>
        Line is { } line ? $"{Source}:{line}: {Field}: {Message}" : $"{Source}: {Field}: {Message}";
}

/// <summary>Input that cannot be used; carries every problem found, not just the first.</summary>
/// <remarks>Imports and runs are all-or-nothing: whoever throws this has written nothing.</remarks>
public sealed class InputProblemsException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InputProblemsException(IReadOnlyList<InputProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        if (problems.Count == 0) throw new ArgumentException("At least one problem is needed.", nameof(problems));
        Problems = problems;
    }

    /// <summary>Creates the exception from one problem.</summary>
    public InputProblemsException(InputProblem problem) : this([problem]) { }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
