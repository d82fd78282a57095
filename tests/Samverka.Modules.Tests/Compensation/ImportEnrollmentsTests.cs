using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Compensation;

namespace Samverka.Modules.Tests.Compensation;

public class ImportEnrollmentsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Header = "child_id,birth_date,provider_id,start_date,end_date,notice_date\n";

    [Fact]
    public async Task Import_WithBadRows_ListsEveryRowAndWritesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        var csv = Header
            + "A01,2004-09-01,769699-1012,2006-08-15,,\n"          // 2: good
            + "B02,2003-02-20,769699-9999,2007-01-01,,\n"          // 3: unknown provider
            + "C03,2005-05-10,769699-1012,2007-08-13,2007-08-01,\n" // 4: end before start
            + "D04,2005-13-10,769699-1012,2007-08-13,,\n"          // 5: malformed date
            + "A01,2004-09-01,769699-1012,2007-01-01,,\n"          // 6: A01's second open enrollment at Vitsippan
            + "E05,2005-01-01,769699-1020,2007-01-01,2007-06-30,2006-12-01\n" // 7: notice before start
            + "F06,2005-01-01,769699-1020,2007-01-01,2007-06-30,\n"
            + "F06,2005-01-01,769699-1020,2007-06-01,2007-08-31,\n"; // 9: overlaps line 8

        var e = await Assert.ThrowsAsync<InputProblemsException>(() => s.ImportAsync(csv));

        var found = e.Problems.Select(p => (p.Source, p.Line, p.Field)).Distinct().OrderBy(p => p.Line).ToList();
        Assert.Contains(("placeringar.csv", (int?)3, "provider_id"), found);
        Assert.Contains(("placeringar.csv", (int?)4, "end_date"), found);
        Assert.Contains(("placeringar.csv", (int?)5, "birth_date"), found);
        Assert.Contains(("placeringar.csv", (int?)6, "end_date"), found); // two open enrollments
        Assert.Contains(("placeringar.csv", (int?)7, "notice_date"), found);
        Assert.Contains(("placeringar.csv", (int?)9, "start_date"), found);
        Assert.DoesNotContain(found, p => p.Line == 2);
        Assert.Contains(e.Problems, p => p.Message.Contains("two open enrollments", StringComparison.Ordinal));
        Assert.False(await db.FreshContext().Set<CompensationChild>().AnyAsync(c => c.MunicipalityId == s.MunicipalityId, Ct));
    }

    [Fact]
    public async Task Import_OfRowAlreadyRegistered_ChangesItsEndAndNotice()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        var first = await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,,\nA01,2004-09-01,769699-1020,2005-01-10,2006-08-14,\n");
        var again = await s.ImportAsync(Header + "A01,2004-09-01,769699-1012,2006-08-15,2007-10-31,2007-09-12\n");

        Assert.Equal(new ImportEnrollments.Result(1, 2, 0), first);
        Assert.Equal(new ImportEnrollments.Result(0, 0, 1), again);
        var enrollment = await db.FreshContext().Set<CompensationEnrollment>().SingleAsync(x => x.ProviderId == s.VitsippanId, Ct);
        Assert.Equal((new DateOnly(2007, 10, 31), new DateOnly(2007, 9, 12)), (enrollment.End!.Value, enrollment.Notice!.Value));
    }

    [Fact]
    public async Task Import_OfXlsx_ReadsTheSameColumnsWithRowNumbers()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        var good = Xlsx(["child_id", "birth_date", "provider_id", "start_date", "end_date", "notice_date"], ["A01", new DateOnly(2004, 9, 1), "769699-1012", "2006-08-15", "", ""]);
        var bad = Xlsx(["child_id", "birth_date", "provider_id", "start_date", "end_date", "notice_date"], ["B02", "2003-02-20", "769699-1012", "igår", "", ""]);

        var result = await db.Get<ImportEnrollments>().HandleAsync(new ImportEnrollments.Request(good, "placeringar.xlsx"), s.Officer, Ct);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => db.Get<ImportEnrollments>().HandleAsync(new ImportEnrollments.Request(bad, "fel.xlsx"), s.Officer, Ct));

        Assert.Equal(1, result.EnrollmentsCreated);
        Assert.Equal(new DateOnly(2004, 9, 1), (await db.FreshContext().Set<CompensationChild>().SingleAsync(c => c.Key == "A01" && c.MunicipalityId == s.MunicipalityId, Ct)).BirthDate);
        Assert.Equal(("fel.xlsx", (int?)2, "start_date"), (e.Problems.Single().Source, e.Problems.Single().Line, e.Problems.Single().Field));
    }

    [Fact]
    public async Task Import_WithPersonnummerAsId_ChecksItAgainstTheBirthDate()
    {
        await using var db = await TestDatabase.CreateAsync();
        var s = await CompensationScenario.CreateAsync(db);
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => s.ImportAsync(Header + "20180515-2384,2018-05-16,769699-1012,2019-08-15,,\n20180515-2385,2018-05-15,769699-1012,2019-08-15,,\n"));
        Assert.Equal([(2, "birth_date"), (3, "child_id")], e.Problems.Select(p => (p.Line!.Value, p.Field)).Order().ToArray());

        await s.ImportAsync(Header + "201805152384,2018-05-15,769699-1012,2019-08-15,,\n");
        var child = await db.FreshContext().Set<CompensationChild>().SingleAsync(c => c.MunicipalityId == s.MunicipalityId, Ct);
        Assert.Equal(("20180515-2384", new DateOnly(2018, 5, 15)), (child.Key, child.BirthDate));
    }

    private static byte[] Xlsx(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var row in rows)
            {
                var xrow = new Row { RowIndex = ++r };
                var c = 0;
                foreach (var value in row)
                {
                    var reference = $"{(char)('A' + c++)}{r}";
                    xrow.Append(value is DateOnly d
                        ? new Cell { CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) });
                }
                data.Append(xrow);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Placeringar" }));
        }
        return stream.ToArray();
    }
}
