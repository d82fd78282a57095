using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Localized = Samverka.Web.Localization.Text;

namespace Samverka.Web.Tables;

/// <summary>A table's rows as a file: CSV (UTF-8 with byte-order mark, semicolons, as Swedish Excel reads it) or xlsx.</summary>
public static class TableExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows as a download in <paramref name="format"/> (<c>csv</c> or <c>xlsx</c>, as <see cref="TableQuery.Export"/>
    /// reads it), named <paramref name="fileName"/> with the format's extension.</summary>
    public static Microsoft.AspNetCore.Mvc.FileContentResult File<T>(string format, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, string fileName, string sheetName) =>
        format == "csv"
            ? new(Csv(columns, rows), CsvContentType) { FileDownloadName = fileName + ".csv" }
            : new(Xlsx(columns, rows, sheetName), XlsxContentType) { FileDownloadName = fileName + ".xlsx" };

    public static byte[] Csv<T>(IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(';', columns.Select(c => Quote(Localized.Translate(c.Header)))).Append("\r\n");
        foreach (var row in rows)
            sb.AppendJoin(';', columns.Select(c => Quote(CsvValue(c, row)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx<T>(IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(columns.Select(c => (object?)Localized.Translate(c.Header))));
            foreach (var row in rows) data.Append(Row(columns.Select(c => c.Value is not null ? c.Value(row) : c.Text(row))));
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            row.Append(value switch
            {
                int or long or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                Kernel.Money m => new Cell { DataType = CellValues.Number, CellValue = new CellValue(m.Amount) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(value?.ToString() ?? ""))) },
            });
        }
        return row;
    }

    private static string CsvValue<T>(TableColumn<T> column, T row) => column.Value?.Invoke(row) switch
    {
        Kernel.Money m => m.ToInvariantString(),
        IFormattable f and not DateTime => f.ToString(null, CultureInfo.InvariantCulture),
        _ => column.Text(row),
    };

    // A cell beginning with = + - @ would be a formula to a spreadsheet program.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r', ',']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    // XML cannot hold most control characters.
    private static string Clean(string value) => new(value.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());
}
