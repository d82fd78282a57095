using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Cli.Compensation;

/// <summary>Reads enrollments from CSV (comma or <c>;</c>): header
/// <c>child_id,birth_date,provider_id,start_date,end_date,notice_date</c>; an empty field is absent.</summary>
/// <remarks>Every problem is reported with file, line and column; each enrollment remembers its line so that the
/// rules' own checks (end before start, overlaps) point at it too. Extra columns are ignored.</remarks>
public static class EnrollmentsCsv
{
    public static readonly string[] Columns = ["child_id", "birth_date", "provider_id", "start_date", "end_date", "notice_date"];

    /// <summary>Reads every usable row; rows with problems are left out and their problems added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<Enrollment> Read(string text, string source, List<InputProblem> problems)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text, source);
        }
        catch (InputProblemsException e)
        {
            problems.AddRange(e.Problems);
            return [];
        }
        var missing = table.MissingColumns(Columns);
        if (missing.Count > 0)
        {
            problems.AddRange(missing);
            return [];
        }

        var result = new List<Enrollment>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var child = Text(row, "child_id", problems);
            var birth = Date(row, "birth_date", required: true, problems);
            var provider = Text(row, "provider_id", problems);
            var start = Date(row, "start_date", required: true, problems);
            var end = Date(row, "end_date", required: false, problems);
            var notice = Date(row, "notice_date", required: false, problems);
            if (problems.Count > before) continue;
            result.Add(new Enrollment(child!, birth!.Value, provider!, start!.Value, end, notice)
            {
                Location = new InputLocation(source, row.Line),
            });
        }
        return result;
    }

    private static string? Text(CsvRow row, string column, List<InputProblem> problems)
    {
        var value = row.Get(column);
        if (value is null) problems.Add(row.Problem(column, "is missing"));
        return value;
    }

    private static DateOnly? Date(CsvRow row, string column, bool required, List<InputProblem> problems)
    {
        var text = row.Get(column);
        if (text is null)
        {
            if (required) problems.Add(row.Problem(column, "is missing"));
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(row.Problem(column, $"'{text}' is not a date of the form YYYY-MM-DD"));
        return null;
    }
}
