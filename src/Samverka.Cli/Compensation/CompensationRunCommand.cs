using System.Globalization;
using System.Text;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Cli.Compensation;

/// <summary><c>samverka compensation run</c>: pays enrollments by a rule set for a range of months and writes the lines
/// and the totals per month and provider as CSV. Contract: ../shared/specs/compensation.md.</summary>
/// <remarks>All or nothing: every problem of the arguments and both files is reported (exit 2) before anything is
/// computed, and output files are written to a temporary name and moved into place only when all are ready.
/// Warnings (a payable month without an age band) go to standard error; the exit code stays 0.</remarks>
public static class CompensationRunCommand
{
    public static CliCommand Command { get; } = new(
        "compensation run",
        "compensation run --enrollments FILE.csv --rules FILE.json --from YYYY-MM --to YYYY-MM [--lines OUT.csv] [--totals OUT.csv]",
        "Computes the per-child compensation per provider and month; totals to standard output unless --totals is given.",
        RunAsync);

    public const string LinesHeader = "month,provider_id,child_id,kind,age,amount,rate_from";
    public const string TotalsHeader = "month,provider_id,children,ordinary_amount,transition_amount,total";

    public static async Task<int> RunAsync(CliArgs args, CliContext context)
    {
        var problems = new List<InputProblem>();
        var enrollmentsPath = Collect(problems, () => args.Required("enrollments"));
        var rulesPath = Collect(problems, () => args.Required("rules"));
        var from = Collect(problems, () => (CalendarMonth?)args.RequiredMonth("from"));
        var to = Collect(problems, () => (CalendarMonth?)args.RequiredMonth("to"));
        var linesPath = OutputPath(args, "lines", problems);
        var totalsPath = OutputPath(args, "totals", problems);
        Collect(problems, () => { args.RejectUnknown(); return ""; });
        if (from is { } f && to is { } t && f > t)
            problems.Add(new InputProblem("(command line)", null, "--from", $"{f} is after --to {t}"));

        var enrollmentsText = enrollmentsPath is null ? null : await ReadAsync(enrollmentsPath, problems);
        var rulesText = rulesPath is null ? null : await ReadAsync(rulesPath, problems);
        var enrollments = enrollmentsText is null ? null : EnrollmentsCsv.Read(enrollmentsText, enrollmentsPath!, problems);
        var ruleSet = rulesText is null ? null : Collect(problems, () => CompensationRulesJson.Parse(rulesText, rulesPath!));
        // The rules' own checks on whatever could be read, so that one run reports every problem.
        if (ruleSet is not null) problems.AddRange(ruleSet.Validate());
        if (enrollments is not null) problems.AddRange(Enrollment.Validate(enrollments, enrollmentsPath!));
        if (problems.Count > 0 || enrollments is null || ruleSet is null || from is null || to is null)
            throw new InputProblemsException(problems);

        // Validates enrollments and rule set as well; throws with every problem found.
        var result = CompensationCalculator.Calculate(enrollments, ruleSet, from.Value, to.Value);

        var totalsCsv = TotalsCsv(result.Totals);
        var outputs = new List<(string Path, string Text)>();
        if (linesPath is not null) outputs.Add((linesPath, LinesCsv(result.Lines)));
        if (totalsPath is not null) outputs.Add((totalsPath, totalsCsv));
        await WriteAllOrNothingAsync(outputs);

        foreach (var warning in result.Warnings) await context.Error.WriteLineAsync(warning.ToString());
        if (totalsPath is null) await context.Out.WriteAsync(totalsCsv);
        return ExitCodes.Ok;
    }

    /// <summary>Lines CSV: <c>kind</c> is <c>ordinary</c> or <c>transition</c>; <c>age</c> is the completed years by the
    /// rule set's age rule that chose the band.</summary>
    public static string LinesCsv(IEnumerable<CompensationLine> lines)
    {
        var sb = new StringBuilder(LinesHeader).Append('\n');
        foreach (var l in lines)
            sb.Append(l.Month).Append(',').Append(Field(l.ProviderId)).Append(',').Append(Field(l.ChildId)).Append(',')
              .Append(l.Kind == CompensationKind.Transition ? "transition" : "ordinary").Append(',')
              .Append(l.Age.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Amount(l.Amount)).Append(',').Append(l.RateFrom).Append('\n');
        return sb.ToString();
    }

    public static string TotalsCsv(IEnumerable<CompensationTotal> totals)
    {
        var sb = new StringBuilder(TotalsHeader).Append('\n');
        foreach (var t in totals)
            sb.Append(t.Month).Append(',').Append(Field(t.ProviderId)).Append(',')
              .Append(t.Children.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Amount(t.OrdinaryAmount)).Append(',').Append(Amount(t.TransitionAmount)).Append(',')
              .Append(Amount(t.Total)).Append('\n');
        return sb.ToString();
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",;\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static T? Collect<T>(List<InputProblem> problems, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InputProblemsException e)
        {
            problems.AddRange(e.Problems);
            return default;
        }
    }

    private static string? OutputPath(CliArgs args, string option, List<InputProblem> problems)
    {
        if (!args.Has(option)) return null;
        var path = args.Optional(option);
        if (string.IsNullOrEmpty(path))
        {
            problems.Add(new InputProblem("(command line)", null, "--" + option, "needs a file name"));
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            problems.Add(new InputProblem("(command line)", null, "--" + option, $"the folder {folder} does not exist"));
        return path;
    }

    private static async Task<string?> ReadAsync(string path, List<InputProblem> problems)
    {
        try
        {
            return await File.ReadAllTextAsync(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(path, null, "(file)", e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message));
            return null;
        }
    }

    // Each file goes to a temporary name beside it and is moved into place only when every file is written,
    // so a failure never leaves a partial or half-updated output.
    private static async Task WriteAllOrNothingAsync(List<(string Path, string Text)> outputs)
    {
        var temporary = new List<(string Temp, string Path)>();
        try
        {
            foreach (var (path, text) in outputs)
            {
                var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temporary.Add((temp, path));
                await File.WriteAllTextAsync(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            foreach (var (temp, path) in temporary) File.Move(temp, path, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in temporary)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
