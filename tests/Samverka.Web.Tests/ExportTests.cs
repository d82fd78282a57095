using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Samverka.Web.Tests;

public abstract class ExportTests(SamverkaAppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OrganisationsCsv_HasSwedishHeaderAndFilteredRows()
    {
        using var client = await app.SignInAsync("enhet@samverka.demo");
        var response = await client.GetAsync("/organisations?kind=Municipality&sort=name&export=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Namn;Organisationsnummer;Typ;E-post;Värdorganisation;Medlemmar;Ändrad", lines[0]);
        Assert.StartsWith("Härnösands kommun;212000-2627;Kommun;", lines[1]);
        Assert.Equal(7, lines.Length); // header and the six member municipalities, not the joint unit
    }

    [Fact]
    public async Task OrganisationsXlsx_OpensWithHeaderAndCells()
    {
        using var client = await app.SignInAsync("enhet@samverka.demo");
        var response = await client.GetAsync("/organisations?q=familjehem&export=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Organisationer", sheet.Name?.Value);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        string Cell(Row row, int i) => row.Elements<Cell>().ElementAt(i) is var c && c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text;
        Assert.Equal("Namn", Cell(rows[0], 0));
        Assert.Equal("Organisationsnummer", Cell(rows[0], 1));
        Assert.Equal(2, rows.Count);
        Assert.Equal("Familjehem Mitt", Cell(rows[1], 0));
        Assert.Equal("Gemensam organisation", Cell(rows[1], 2));
        Assert.Equal("Härnösands kommun", Cell(rows[1], 4));
        var members = rows[1].Elements<Cell>().ElementAt(5);
        Assert.Equal(CellValues.Number, members.DataType!.Value);
        Assert.Equal("6", members.CellValue!.Text);
    }

    [Fact]
    public async Task AuditLogXlsx_ForAuditor_Exports()
    {
        using var client = await app.SignInAsync("revisor@samverka.demo");
        var response = await client.GetAsync("/audit?action=SignIn&export=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.True(rows.Count >= 2);
        Assert.Equal("Tid", rows[0].Elements<Cell>().First().InnerText);
        Assert.All(rows.Skip(1), r => Assert.Equal("Inloggning", r.Elements<Cell>().ElementAt(2).InnerText));
    }
}
