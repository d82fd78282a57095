using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>Imports children and enrollments from CSV (the command line's columns, comma or semicolon) or xlsx
/// (the same columns on the first sheet), all or nothing: every bad row is listed with file, line and column.</summary>
public sealed class ImportEnrollments(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public static readonly string[] Columns = ["child_id", "birth_date", "provider_id", "start_date", "end_date", "notice_date"];

    public sealed record Request(byte[] Content, string FileName);

    public sealed record Result(int ChildrenCreated, int EnrollmentsCreated, int EnrollmentsUpdated);

    public async Task<Result> HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var source = string.IsNullOrWhiteSpace(request.FileName) ? "upload.csv" : Path.GetFileName(request.FileName);
        var text = IsXlsx(request.Content) ? XlsxAsCsv(request.Content, source) : Decode(request.Content);
        var table = CsvTable.Parse(text, source);
        var problems = new List<InputProblem>(table.MissingColumns(Columns));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var proposed = new List<ProposedEnrollment>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            var child = row.Get("child_id");
            if (child is null) problems.Add(row.Problem("child_id", "is missing"));
            var provider = row.Get("provider_id");
            if (provider is null) problems.Add(row.Problem("provider_id", "is missing"));
            var birth = EnrollmentRegister.Date(row.Get("birth_date"), required: true, m => row.Problem("birth_date", m), problems);
            var start = EnrollmentRegister.Date(row.Get("start_date"), required: true, m => row.Problem("start_date", m), problems);
            var end = EnrollmentRegister.Date(row.Get("end_date"), required: false, m => row.Problem("end_date", m), problems);
            var notice = EnrollmentRegister.Date(row.Get("notice_date"), required: false, m => row.Problem("notice_date", m), problems);
            if (problems.Count > before) continue;
            proposed.Add(new ProposedEnrollment(row.Line, child!, birth, provider!, start!.Value, end, notice));
        }
        if (table.Rows.Count == 0) problems.Add(new InputProblem(source, null, "(file)", "the file has no enrollments"));

        var outcome = await EnrollmentRegister.CheckAndSaveAsync(db, tenant.MunicipalityId, proposed, source, problems, clock.GetUtcNow().UtcDateTime,
            () =>
            {
                audit.Add(actor, AuditActions.Import, nameof(CompensationEnrollment), null, $"{source}: {proposed.Count} rows");
                return Task.CompletedTask;
            }, cancellationToken);
        return new Result(outcome.ChildrenCreated, outcome.EnrollmentsCreated, outcome.EnrollmentsUpdated);
    }

    private static bool IsXlsx(byte[] content) => content.Length > 4 && content[0] == (byte)'P' && content[1] == (byte)'K' && content[2] == 3 && content[3] == 4;

    private static string Decode(byte[] content) => new UTF8Encoding(false, false).GetString(content);

    /// <summary>The first sheet as CSV text, one line per sheet row (so that line numbers are row numbers); dates
    /// stored as numbers become <c>YYYY-MM-DD</c>.</summary>
    private static string XlsxAsCsv(byte[] content, string source)
    {
        try
        {
            using var stream = new MemoryStream(content);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var builder = new StringBuilder();
            var lastRow = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var number = (int)(row.RowIndex?.Value ?? (uint)(lastRow + 1));
                while (++lastRow < number) builder.Append('\n');
                var cells = new SortedDictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                    var value = cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i < shared.Count
                        ? shared[i]
                        : cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000 && serial == Math.Floor(serial)
                            ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                            : raw;
                    cells[column] = value;
                }
                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                builder.Append(string.Join(',', Enumerable.Range(0, width).Select(c => Quote(cells.GetValueOrDefault(c) ?? ""))));
                builder.Append('\n');
            }
            return builder.ToString();
        }
        catch (Exception e) when (e is not InputProblemsException and not OperationCanceledException)
        {
            throw new InputProblemsException(new InputProblem(source, null, "(file)", "not a readable xlsx workbook: " + e.Message));
        }
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            index = index * 26 + (c - 'A' + 1);
        }
        return index == 0 ? null : index - 1;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
