using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;

namespace Samverka.Cli.Tests.CostAllocation;

file static class ExpectedMessages
{
    /// <summary>An expected message with its file name ("members.csv:3: …") made the full path the command was given.</summary>
    public static string Located(this TempFolder dir, string expected) =>
        expected.StartsWith("members.csv", StringComparison.Ordinal) || expected.StartsWith("seller.json", StringComparison.Ordinal)
            ? dir[expected] : expected;
}

public class AllocateCommandTests
{
    private const string Members = "member_id,name,population,usage\nK01,Alfa,24000,300\nK02,Beta,96000,900\n";

    [Fact]
    public async Task Allocate_SpecExample_PrintsSharesToStandardOutput()
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", Members);
        var (code, output, error) = await CliRunner.RunAsync("allocate", "--total", "8400000.00", "--keys", keys, "--weights", "size=0.5,usage=0.5");
        Assert.Equal((0, ""), (code, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("member_id,share,size_part,usage_part,rounding_ore,explanation", lines[0]);
        // K01 = 8 400 000 × (0.5×24 000/120 000 + 0.5×300/1 200) = 840 000 + 1 050 000
        Assert.StartsWith("K01,1890000.00,840000.00,1050000.00,0,\"Storlek 50", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("K02,6510000.00,3360000.00,3150000.00,0,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Allocate_SemicolonFileWithOut_WritesTheFileInInputOrder()
    {
        using var dir = new TempFolder();
        // 100.00 / 3 = 33.333… each; the left-over öre goes to the lowest id, A, though it is the last row.
        var keys = dir.Write("members.csv", "member_id;name;population;usage\nC;Gamma;1;0\nB;Beta;1;0\nA;Alfa;1;0\n");
        var (code, output, error) = await CliRunner.RunAsync("allocate", "--total", "100.00", "--keys", keys, "--weights", "size=0.5,usage=0.5", "--out", dir["shares.csv"]);
        Assert.Equal((0, "", ""), (code, output, error));
        var rows = File.ReadAllLines(dir["shares.csv"]).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2)));
        Assert.Equal(["C,33.33", "B,33.33", "A,33.34"], rows);
    }

    [Theory]
    [InlineData("member_id,name,population,usage\nK01,Alfa,24000,300\nK02,Beta,-5,900\n", "8400000.00", "size=0.5,usage=0.5", "members.csv:3: population: ")]
    [InlineData("member_id,name,population,usage\nK01,Alfa,24000,300\nK01,Beta,96000,900\n", "8400000.00", "size=0.5,usage=0.5", "members.csv:3: member_id: ")]
    [InlineData("", "8400000.00", "size=0.5,usage=0.5", "members.csv:1: member_id: ")]
    [InlineData("member_id,name,population,usage\n", "8400000.00", "size=0.5,usage=0.5", "members.csv:2: member_id: ")]
    [InlineData("member_id,name,population,usage\nK01,Alfa,x,300\n", "8400000.00", "size=0.5,usage=0.5", "members.csv:2: population: ")]
    [InlineData("member_id,name,population\nK01,Alfa,1\n", "8400000.00", "size=0.5,usage=0.5", "members.csv:1: usage: ")]
    [InlineData(Members, "8400000.00", "size=0.5,usage=0.4", "(command line): --weights: the weights sum to 0.9, not 1")]
    [InlineData(Members, "8400000.005", "size=0.5,usage=0.5", "(command line): --total: ")]
    [InlineData(Members, "-1.00", "size=0.5,usage=0.5", "(command line): --total: ")]
    public async Task Allocate_BadInput_ExitsTwoNamingFileLineAndField_AndWritesNothing(string csv, string total, string weights, string expected)
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", csv);
        var (code, output, error) = await CliRunner.RunAsync("allocate", "--total", total, "--keys", keys, "--weights", weights, "--out", dir["shares.csv"]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith(dir.Located(expected), error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["shares.csv"]));
        Assert.Equal(["members.csv"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Allocate_UnknownOption_IsBadInput()
    {
        var (code, _, error) = await CliRunner.RunAsync("allocate", "--total", "1.00", "--keys", "x.csv", "--weights", "size=1", "--wieghts", "x");
        Assert.Equal(2, code);
        Assert.Contains("--wieghts: unknown option", error, StringComparison.Ordinal);
    }
}

public class AgreementEndDateCommandTests
{
    [Fact]
    public async Task EndDate_SpecExample_PrintsTheDateAloneOnALine()
    {
        var result = await CliRunner.RunAsync("agreement", "end-date", "--start", "2019-01-01", "--term-years", "5", "--notice-months", "12", "--renewal-years", "5", "--notice-date", "2023-01-01");
        Assert.Equal((0, "2028-12-31\n", ""), result);
    }

    [Fact]
    public async Task EndDate_Rolling_IsTheLaterOfTermEndAndEarliestEnd()
    {
        var result = await CliRunner.RunAsync("agreement", "end-date", "--start", "2019-01-01", "--term-years", "5", "--notice-months", "12", "--renewal-years", "0", "--notice-date", "2025-06-15");
        Assert.Equal((0, "2026-06-15\n", ""), result);
    }

    [Fact]
    public async Task EndDate_NoticeBeforeStart_IsBadInputNamingTheOption()
    {
        var (code, output, error) = await CliRunner.RunAsync("agreement", "end-date", "--start", "2019-01-01", "--term-years", "5", "--notice-months", "12", "--renewal-years", "5", "--notice-date", "2018-12-31");
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith("(command line): --notice-date: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndDate_ZeroTerm_IsBadInputNamingTheOption()
    {
        var (code, _, error) = await CliRunner.RunAsync("agreement", "end-date", "--start", "2019-01-01", "--term-years", "0", "--notice-months", "12", "--renewal-years", "5", "--notice-date", "2019-12-31");
        Assert.Equal(2, code);
        Assert.StartsWith("(command line): --term-years: ", error, StringComparison.Ordinal);
    }
}

public class AllocateInvoicesTests
{
    private const string Members =
        "member_id,name,population,usage,organisation_number,email\n" +
        "K01,Alfa kommun,24000,300,2120000142,ekonomi@alfa.se\n" +
        "K02,Beta kommun,96000,900,212000-0159,faktura@beta.se\n" +
        "K03,Gamma kommun,0,0,2120000167,a@gamma.se\n";

    private const string Seller =
        """{"name":"Familjehemsenheten Norr","organisation_number":"2120001355","vat_number":"SE212000135501","street":"Storgatan 1","city":"Umeå","postal_code":"90184","bankgiro":"5050-1055","contact_email":"fhe@norr.se","reference":"Anna Andersson"}""";

    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    [Fact]
    public async Task Allocate_WithInvoices_WritesOneValidInvoicePerNonZeroShare()
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", Members);
        var seller = dir.Write("seller.json", Seller);
        var (code, output, error) = await CliRunner.RunAsync("allocate", "--total", "8400000.00", "--keys", keys, "--weights", "size=0.5,usage=0.5",
            "--invoice-seller", seller, "--invoice-period", "2025", "--invoice-dir", dir["invoices"], "--invoice-date", "2025-02-01");
        Assert.True(code == 0, error);
        Assert.StartsWith("member_id,share", output, StringComparison.Ordinal);
        Assert.Equal(["K01.xml", "K02.xml"], Directory.GetFiles(dir["invoices"]).Select(Path.GetFileName).Order());
        foreach (var (member, share) in new[] { ("K01", "1890000.00"), ("K02", "6510000.00") })
        {
            var file = Path.Combine(dir["invoices"], member + ".xml");
            Xmllint.AssertValid(file);
            var xml = XDocument.Load(file);
            Assert.Equal($"2025-{member}", xml.Root!.Element(Cbc + "ID")!.Value);
            Assert.Equal("2025-02-01", xml.Root.Element(Cbc + "IssueDate")!.Value);
            Assert.Equal(share, xml.Descendants(Cbc + "PayableAmount").Single().Value);
            Assert.Equal("Anna Andersson", xml.Root.Element(Cbc + "BuyerReference")!.Value);
        }
    }

    [Fact]
    public async Task Allocate_WithoutInvoiceDate_IssuesToday()
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", Members);
        var seller = dir.Write("seller.json", Seller);
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var code = await SamverkaCli.RunAsync(["allocate", "--total", "100.00", "--keys", keys, "--weights", "size=1",
            "--invoice-seller", seller, "--invoice-period", "2026-01", "--invoice-dir", dir["inv"]], new CliContext(new StringWriter(), new StringWriter(), clock));
        Assert.Equal(0, code);
        var xml = XDocument.Load(Path.Combine(dir["inv"], "K01.xml"));
        Assert.Equal("2026-01-15", xml.Root!.Element(Cbc + "IssueDate")!.Value);
        Assert.Equal("2026-01-K01", xml.Root.Element(Cbc + "ID")!.Value);
    }

    [Theory]
    [InlineData("K02,Beta kommun,96000,900,2120000158,faktura@beta.se", "members.csv:3: organisation_number: ")] // Luhn
    [InlineData("K02,Beta kommun,96000,900,2120000159,faktura.beta.se", "members.csv:3: email: ")]
    [InlineData("K/2,Beta kommun,96000,900,2120000159,faktura@beta.se", "members.csv:3: member_id: ")]
    public async Task Allocate_WithABadMember_WritesNoInvoiceAtAll(string badRow, string expected)
    {
        using var dir = new TempFolder();
        var csv = Members.Replace("K02,Beta kommun,96000,900,212000-0159,faktura@beta.se", badRow, StringComparison.Ordinal);
        var keys = dir.Write("members.csv", csv);
        var seller = dir.Write("seller.json", Seller);
        var (code, output, error) = await CliRunner.RunAsync("allocate", "--total", "8400000.00", "--keys", keys, "--weights", "size=0.5,usage=0.5",
            "--invoice-seller", seller, "--invoice-period", "2025", "--invoice-dir", dir["invoices"], "--out", dir["shares.csv"]);
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith(dir.Located(expected), error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["invoices"]));
        Assert.False(File.Exists(dir["shares.csv"]));
        Assert.Equal(2, Directory.GetFileSystemEntries(dir.Path).Length);
    }

    [Theory]
    [InlineData("\"bankgiro\":\"5050-1055\"", "\"bankgiro\":\"5050-1056\"", "seller.json: bankgiro: ")]
    [InlineData("\"vat_number\":\"SE212000135501\"", "\"vat_number\":\"SE212000135502\"", "seller.json: vat_number: ")]
    [InlineData("\"reference\":\"Anna Andersson\"", "\"reference\":\"\"", "seller.json: reference: ")]
    public async Task Allocate_WithABadSeller_WritesNothing(string from, string to, string expected)
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", Members);
        var seller = dir.Write("seller.json", Seller.Replace(from, to, StringComparison.Ordinal));
        var (code, _, error) = await CliRunner.RunAsync("allocate", "--total", "8400000.00", "--keys", keys, "--weights", "size=0.5,usage=0.5",
            "--invoice-seller", seller, "--invoice-period", "2025", "--invoice-dir", dir["invoices"]);
        Assert.Equal(2, code);
        Assert.StartsWith(dir.Located(expected), error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["invoices"]));
    }

    [Fact]
    public async Task Allocate_WhenAnInvoiceFileExists_RefusesToOverwrite()
    {
        using var dir = new TempFolder();
        var keys = dir.Write("members.csv", Members);
        var seller = dir.Write("seller.json", Seller);
        Directory.CreateDirectory(dir["invoices"]);
        File.WriteAllText(Path.Combine(dir["invoices"], "K02.xml"), "issued");
        var (code, _, error) = await CliRunner.RunAsync("allocate", "--total", "8400000.00", "--keys", keys, "--weights", "size=0.5,usage=0.5",
            "--invoice-seller", seller, "--invoice-period", "2025", "--invoice-dir", dir["invoices"]);
        Assert.Equal(2, code);
        Assert.Contains("K02.xml", error, StringComparison.Ordinal);
        Assert.Equal(["K02.xml"], Directory.GetFiles(dir["invoices"]).Select(Path.GetFileName));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

internal static class Xmllint
{
    public static void AssertValid(string file)
    {
        var xmllint = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "xmllint")).FirstOrDefault(File.Exists);
        if (xmllint is null) Assert.Skip("xmllint is not installed (Debian package libxml2-utils): the UBL schema check cannot run.");
        var root = typeof(Xmllint).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var schema = Path.GetFullPath(Path.Combine(root, "..", "shared", "schemas", "ubl-2.1", "xsd", "maindoc", "UBL-Invoice-2.1.xsd"));
        using var process = Process.Start(new ProcessStartInfo(xmllint, ["--noout", "--schema", schema, file]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"xmllint {file}: {errors}");
    }
}
