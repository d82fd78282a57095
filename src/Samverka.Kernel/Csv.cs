using System.Text;

namespace Samverka.Kernel;

/// <summary>A parsed CSV file: a header and rows that remember their line numbers.</summary>
/// <remarks>Reads RFC 4180 text (quoted fields, doubled quotes, line breaks inside quotes), with a comma or,
/// as Swedish Excel writes it, a semicolon as separator: the header line decides. A UTF-8 byte-order mark is
/// ignored. Blank lines are skipped. Header names are matched case-insensitively and trimmed.</remarks>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private readonly int _headerLine;

    private CsvTable(string source, int headerLine, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows, char separator)
    {
        _headerLine = headerLine;
        Source = source;
        Header = header;
        Rows = rows;
        Separator = separator;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) _columns.TryAdd(header[i], i);
    }

    /// <summary>The file name used in messages.</summary>
    public string Source { get; }

    /// <summary>Column names as written in the header, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows, header excluded.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The separator the header used.</summary>
    public char Separator { get; }

    /// <summary>Whether the header has the column.</summary>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>Index of a column, or -1.</summary>
    public int ColumnIndex(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Problems for each of <paramref name="required"/> that the header lacks (empty when all are there),
    /// located at the header line.</summary>
    public IReadOnlyList<InputProblem> MissingColumns(params string[] required) =>
        required.Where(c => !HasColumn(c))
            .Select(c => new InputProblem(Source, _headerLine, c, $"the header has no column '{c}' (found: {string.Join(",", Header)})"))
            .ToList();

    /// <summary>Parses CSV text. An empty text gives a problem, not an empty table.</summary>
    public static CsvTable Parse(string text, string source)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var records = ReadRecords(text, source);
        if (records.Count == 0)
            throw new InputProblemsException(new InputProblem(source, null, "(file)", "the file is empty: a header line is required"));
        var (headerLine, headerFields, separator) = records[0];
        var header = headerFields.Select(h => h.Trim()).ToList();
        var rows = new List<CsvRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
            rows.Add(new CsvRow(records[r].Line, records[r].Fields));
        var table = new CsvTable(source, headerLine, header, rows, separator);
        foreach (var row in rows) row.Table = table;
        return table;
    }

    private static List<(int Line, string[] Fields, char Separator)> ReadRecords(string text, string source)
    {
        var result = new List<(int, string[], char)>();
        char? separator = null;
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            var wasQuoted = false;
            // Decide the separator from the first record: the header (blank lines before it are skipped).
            if (separator is null)
            {
                var end = text.IndexOf('\n', i);
                var first = end < 0 ? text[i..] : text[i..end];
                if (first.Trim().Length == 0)
                {
                    i = end < 0 ? text.Length : end + 1;
                    line++;
                    continue;
                }
                separator = first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
            }
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        quoted = false; i++; continue;
                    }
                    if (c == '\n') line++;
                    field.Append(c); i++; continue;
                }
                if (c == '"' && atFieldStart) { quoted = true; wasQuoted = true; atFieldStart = false; i++; continue; }
                if (c == separator) { fields.Add(field.ToString()); field.Clear(); atFieldStart = true; wasQuoted = false; i++; continue; }
                if (c == '\r') { i++; continue; }
                if (c == '\n') { i++; line++; break; }
                atFieldStart = false;
                field.Append(c); i++;
            }
            if (quoted) throw new InputProblemsException(new InputProblem(source, startLine, "(line)", "a quoted field is not closed"));
            fields.Add(field.ToString());
            var blank = fields.Count == 1 && fields[0].Trim().Length == 0 && !wasQuoted;
            if (!blank) result.Add((startLine, fields.ToArray(), separator.Value));
        }
        return result;
    }
}

/// <summary>A data row of a <see cref="CsvTable"/>.</summary>
public sealed class CsvRow
{
    internal CsvRow(int line, string[] fields)
    {
        Line = line;
        Fields = fields;
    }

    /// <summary>The 1-based line on which the row starts.</summary>
    public int Line { get; }

    /// <summary>The raw fields.</summary>
    public IReadOnlyList<string> Fields { get; }

    internal CsvTable Table { get; set; } = null!;

    /// <summary>The trimmed value of a column, or null when the column is missing or the field is empty.</summary>
    public string? Get(string column)
    {
        var index = Table.ColumnIndex(column);
        if (index < 0 || index >= Fields.Count) return null;
        var value = Fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A problem located at this row and column.</summary>
    public InputProblem Problem(string column, string message) => new(Table.Source, Line, column, message);
}
