using System.Text;
using Samverka.Kernel;
using Samverka.Modules.Platform;

namespace Samverka.Modules.Tests;

public class UploadedFilesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] ZipStart = [(byte)'P', (byte)'K', 3, 4, 20, 0];

    public static TheoryData<string, byte[], bool> Contents => new()
    {
        { "beslut.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ"), true },
        { "BESLUT.PDF", Encoding.ASCII.GetBytes("%PDF-1.4"), true },
        { "beslut.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0 program renamed"), false },
        { "beslut.pdf", Encoding.ASCII.GetBytes(" %PDF-1.4"), false },           // the signature must be at the start
        { "beslut.pdf", ZipStart, false },
        { "utredning.docx", ZipStart, true },
        { "budget.xlsx", ZipStart, true },
        { "protokoll.odt", ZipStart, true },
        { "tabell.ods", ZipStart, true },
        { "utredning.docx", Encoding.ASCII.GetBytes("%PDF-1.4"), false },
        { "budget.xlsx", Encoding.UTF8.GetBytes("namn;belopp\n"), false },      // a CSV renamed to xlsx is not a workbook
        { "budget.xlsx", [(byte)'P', (byte)'K', 5, 6], false },                 // an empty ZIP's end record, not a package
        { "anteckning.txt", Encoding.UTF8.GetBytes("Hembesök, allt väl."), true },
        { "medlemmar.csv", Encoding.Latin1.GetBytes("kommun;invånare\nÅnge;9000\n"), true }, // Windows-1252 CSV from Excel is fine
        { "medlemmar.csv", [(byte)'a', 0, (byte)'b'], false },                   // binary data
        { "anteckning.txt", Encoding.ASCII.GetBytes("%PDF-1.4"), false },
        { "anteckning.txt", ZipStart, false },
        { "program.exe", Encoding.ASCII.GetBytes("MZ"), false },               // not an accepted type at all
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void ContentMatches_TheExtensionsSignature(string name, byte[] bytes, bool expected) =>
        Assert.Equal(expected, UploadedFiles.ContentMatches(name, bytes));

    [Fact]
    public async Task ReadAsync_ContentNotOfItsType_IsRefusedOnTheFileField()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("MZ renamed program"));
        var e = await Assert.ThrowsAsync<InputProblemsException>(() => UploadedFiles.ReadAsync(stream, "intyg.pdf", "home FH-1", Ct));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("home FH-1", "File", UploadedFiles.ContentMismatch), (problem.Source, problem.Field, problem.Message));
    }
}
