namespace Samverka.Cli.Tests.Compensation;

public class CompensationRunCommandTests
{
    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "compensation", name);

    // docs/examples/compensation, 2007-06..2007-12. Rates 2007-01: 0-3 år 9 800,00, 4-5 år 7 250,00;
    // 2007-07: 0-3 år 10 120,00, 4-5 år 7 480,25. first-of-month, by-day, 3 transition months.
    private const string ExpectedLines =
        "month,provider_id,child_id,kind,age,amount,rate_from\n" +
        "2007-06,P1,A01,ordinary,2,9800.00,2007-01\n" +
        "2007-06,P1,B02,ordinary,4,7250.00,2007-01\n" +
        "2007-06,P2,E05,ordinary,2,6533.33,2007-01\n" + // two enrollments joined: 9 800,00 × (10 + 10)/30
        "2007-07,P1,A01,ordinary,2,10120.00,2007-07\n" + // new rate version
        "2007-07,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-07,P2,E05,ordinary,2,10120.00,2007-07\n" +
        "2007-08,P1,A01,ordinary,2,10120.00,2007-07\n" +
        "2007-08,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-08,P1,C03,ordinary,2,6202.58,2007-07\n" + // 10 120,00 × 19/31 = 6 202,5806
        "2007-09,P1,A01,ordinary,3,10120.00,2007-07\n" + // born 1 sep 2004: 3 år den 1 sep; notice 12 sep, attends
        "2007-09,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-09,P1,C03,ordinary,2,10120.00,2007-07\n" +
        "2007-10,P1,A01,ordinary,3,10120.00,2007-07\n" + // övergångsmånad 2 av 3, attends every day
        "2007-10,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-10,P1,C03,ordinary,2,10120.00,2007-07\n" +
        "2007-11,P1,A01,transition,3,10120.00,2007-07\n" + // övergångsmånad 3 av 3: left 31 oct
        "2007-11,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-11,P1,C03,ordinary,2,10120.00,2007-07\n" +
        "2007-11,P2,A01,ordinary,3,10120.00,2007-07\n" + // the new provider is paid as well
        "2007-12,P1,B02,ordinary,4,7480.25,2007-07\n" +
        "2007-12,P1,C03,ordinary,2,10120.00,2007-07\n" +
        "2007-12,P2,A01,ordinary,3,10120.00,2007-07\n";

    private const string ExpectedTotals =
        "month,provider_id,children,ordinary_amount,transition_amount,total\n" +
        "2007-06,P1,2,17050.00,0.00,17050.00\n" + // 9 800,00 + 7 250,00
        "2007-06,P2,1,6533.33,0.00,6533.33\n" + // D04 is 6 år: no band, a warning
        "2007-07,P1,2,17600.25,0.00,17600.25\n" +
        "2007-07,P2,1,10120.00,0.00,10120.00\n" +
        "2007-08,P1,3,23802.83,0.00,23802.83\n" + // 10 120,00 + 7 480,25 + 6 202,58
        "2007-09,P1,3,27720.25,0.00,27720.25\n" +
        "2007-10,P1,3,27720.25,0.00,27720.25\n" +
        "2007-11,P1,3,17600.25,10120.00,27720.25\n" +
        "2007-11,P2,1,10120.00,0.00,10120.00\n" +
        "2007-12,P1,2,17600.25,0.00,17600.25\n" +
        "2007-12,P2,1,10120.00,0.00,10120.00\n";

    private static string[] RunArgs(string enrollments, string rules, string from = "2007-06", string to = "2007-12") =>
        ["compensation", "run", "--enrollments", enrollments, "--rules", rules, "--from", from, "--to", to];

    [Fact]
    public async Task Run_Example_WritesLinesAndTotalsFiles()
    {
        using var dir = new TempFolder();

        var (code, output, error) = await CliRunner.RunAsync(
            [.. RunArgs(Example("enrollments.csv"), Example("rules.json")), "--lines", dir["lines.csv"], "--totals", dir["totals.csv"]]);

        Assert.Equal(0, code);
        Assert.Equal(ExpectedLines, File.ReadAllText(dir["lines.csv"]));
        Assert.Equal(ExpectedTotals, File.ReadAllText(dir["totals.csv"]));
        Assert.Equal("", output);
        Assert.Equal(
            $"{Example("enrollments.csv")}:6: warning: child D04 at provider P2 in 2007-06: no age band of the rates from 2007-01 covers age 6; nothing is paid\n",
            error);
        Assert.Equal(["lines.csv", "totals.csv"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Run_WithoutTotalsOption_WritesTotalsToStandardOutput()
    {
        var (code, output, _) = await CliRunner.RunAsync(RunArgs(Example("enrollments.csv"), Example("rules.json")));

        Assert.Equal((0, ExpectedTotals), (code, output));
    }

    [Fact]
    public async Task Run_OnlyMonthsInsideTheRange_AreReported()
    {
        var (code, output, error) = await CliRunner.RunAsync(RunArgs(Example("enrollments.csv"), Example("rules.json"), "2007-11", "2007-11"));

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(
            "month,provider_id,children,ordinary_amount,transition_amount,total\n" +
            "2007-11,P1,3,17600.25,10120.00,27720.25\n" +
            "2007-11,P2,1,10120.00,0.00,10120.00\n",
            output);
    }

    [Fact]
    public async Task Run_SemicolonSeparatedEnrollments_GiveTheSameResult()
    {
        using var dir = new TempFolder();
        var csv = dir.Write("enrollments.csv", File.ReadAllText(Example("enrollments.csv")).Replace(',', ';'));

        var (code, output, _) = await CliRunner.RunAsync([.. RunArgs(csv, Example("rules.json")), "--lines", dir["lines.csv"]]);

        Assert.Equal((0, ExpectedTotals), (code, output));
        Assert.Equal(ExpectedLines, File.ReadAllText(dir["lines.csv"]));
    }

    private const string Enrollments =
        "child_id,birth_date,provider_id,start_date,end_date,notice_date\n" +
        "A,2005-01-01,P,2007-01-01,,\n" +
        "B,2005-02-01,P,2007-01-01,2007-12-31,\n";

    private const string Rules =
        "{\n" +
        "  \"age_rule\": \"first-of-month\",\n" +
        "  \"proration\": \"by-day\",\n" +
        "  \"transition_months\": 3,\n" +
        "  \"rates\": [\n" +
        "    { \"from\": \"2007-01\", \"decision\": \"KS 2006-12-11 § 201\", \"bands\": [\n" +
        "      { \"min_age\": 0, \"max_age\": 3, \"monthly\": 9800.00 },\n" +
        "      { \"min_age\": 4, \"max_age\": 5, \"monthly\": 7250.00 } ] }\n" +
        "  ]\n" +
        "}\n";

    [Theory]
    [InlineData("csv", "B,2005-02-01,P,2007-01-01,2007-12-31,", "B,2005-02-01,P,2007-01-01,2006-12-31,",
        "enrollments.csv:3: end_date: 2006-12-31 is before start_date 2007-01-01")]
    [InlineData("csv", "B,2005-02-01,P,2007-01-01,2007-12-31,", "B,2005-02-01,P,2007-01-01,2007-12-31,2006-12-01",
        "enrollments.csv:3: notice_date: 2006-12-01 is before start_date 2007-01-01")]
    [InlineData("csv", "B,2005-02-01,P,2007-01-01,2007-12-31,", "B,2005-02-01,P,2007-01-01,2007-12-31,\nA,2005-01-01,P,2007-06-01,,",
        "enrollments.csv:4: start_date: child A is already enrolled at provider P on 2007-06-01 (line 2)")]
    [InlineData("csv", "B,2005-02-01,", "B,2005-02-30,",
        "enrollments.csv:3: birth_date: '2005-02-30' is not a date of the form YYYY-MM-DD")]
    [InlineData("csv", "B,2005-02-01,P,2007-01-01,", "B,2005-02-01,P,,",
        "enrollments.csv:3: start_date: is missing")]
    [InlineData("csv", "2007-12-31,", "31/12/2007,",
        "enrollments.csv:3: end_date: '31/12/2007' is not a date of the form YYYY-MM-DD")]
    [InlineData("csv", ",notice_date", "",
        "enrollments.csv:1: notice_date: the header has no column 'notice_date' (found: child_id,birth_date,provider_id,start_date,end_date)")]
    [InlineData("json", "\"monthly\": 7250.00", "\"monthly\": -7250.00",
        "rules.json:8: monthly: -7250.00 is negative")]
    [InlineData("json", ", \"monthly\": 7250.00", "",
        "rules.json:8: monthly: is missing")]
    [InlineData("json", "\"monthly\": 7250.00", "\"monthly\": \"7250\"",
        "rules.json:8: monthly: \"7250\" is not an amount (a JSON number such as 10120.00)")]
    [InlineData("json", "\"min_age\": 4", "\"min_age\": 3",
        "rules.json:8: min_age: band 3-5 år overlaps band 0-3 år (line 7) in the version from 2007-01")]
    [InlineData("json", "\"from\": \"2007-01\"", "\"from\": \"2007-13\"",
        "rules.json:6: from: \"2007-13\" is not a month of the form YYYY-MM")]
    [InlineData("json", "\"first-of-month\"", "\"first-of-the-month\"",
        "rules.json:2: age_rule: \"first-of-the-month\" is not one of first-of-month, end-of-month, year-turning")]
    [InlineData("json", "\"proration\"", "\"prorating\"",
        "rules.json:3: prorating: unknown key (expected age_rule, age_change_month, proration, transition_months, rates)")]
    [InlineData("json", "\"transition_months\": 3,", "\"transition_months\": 3",
        "rules.json:5: (json): not valid JSON: ")]
    public async Task Run_BadInput_ExitsWithTwoNamingFileLineAndField_AndWritesNothing(string file, string find, string replace, string expected)
    {
        using var dir = new TempFolder();
        var enrollments = dir.Write("enrollments.csv", file == "csv" ? Replace(Enrollments, find, replace) : Enrollments);
        var rules = dir.Write("rules.json", file == "json" ? Replace(Rules, find, replace) : Rules);

        var (code, output, error) = await CliRunner.RunAsync(
            [.. RunArgs(enrollments, rules, "2007-01", "2007-12"), "--lines", dir["lines.csv"], "--totals", dir["totals.csv"]]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(Path.Combine(dir.Path, expected), lines[0], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.StartsWith(dir.Path, l, StringComparison.Ordinal));
        Assert.Equal(["enrollments.csv", "rules.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Run_FromAfterTo_ExitsWithTwo()
    {
        var (code, output, error) = await CliRunner.RunAsync(RunArgs(Example("enrollments.csv"), Example("rules.json"), "2007-03", "2007-02"));

        Assert.Equal((2, "", "(command line): --from: 2007-03 is after --to 2007-02\n"), (code, output, error));
    }

    [Fact]
    public async Task Run_NoRateVersionInForce_ExitsWithTwoNamingTheRulesFile()
    {
        using var dir = new TempFolder();
        var enrollments = dir.Write("enrollments.csv", Enrollments.Replace("A,2005-01-01,P,2007-01-01", "A,2005-01-01,P,2006-11-01", StringComparison.Ordinal));
        var rules = dir.Write("rules.json", Rules);

        var (code, _, error) = await CliRunner.RunAsync([.. RunArgs(enrollments, rules, "2006-11", "2007-01"), "--lines", dir["lines.csv"]]);

        Assert.Equal(2, code);
        Assert.Equal($"{rules}:6: rates: no rate version is in force in 2006-11, a month in which children are payable; the earliest version applies from 2007-01\n", error);
        Assert.False(File.Exists(dir["lines.csv"]));
    }

    [Fact]
    public async Task Run_SeveralProblems_AreAllReportedOnePerLine()
    {
        using var dir = new TempFolder();
        var enrollments = dir.Write("enrollments.csv", Enrollments.Replace("2007-12-31", "2006-12-31", StringComparison.Ordinal).Replace("A,2005-01-01", "A,2005-13-01", StringComparison.Ordinal));
        var rules = dir.Write("rules.json", Rules.Replace("9800.00", "-1", StringComparison.Ordinal));

        var (code, _, error) = await CliRunner.RunAsync(RunArgs(enrollments, rules, "2007-01", "2007-12"));

        Assert.Equal(2, code);
        Assert.Equal(
        [
            $"{enrollments}:2: birth_date: '2005-13-01' is not a date of the form YYYY-MM-DD",
            $"{rules}:7: monthly: -1 is negative",
            $"{enrollments}:3: end_date: 2006-12-31 is before start_date 2007-01-01",
        ], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Run_MissingFileAndOption_AreReported()
    {
        var (code, _, error) = await CliRunner.RunAsync("compensation", "run", "--enrollments", "/nonexistent/e.csv", "--from", "2007-01", "--to", "2007-02", "--tota", "x.csv");

        Assert.Equal(2, code);
        Assert.Equal(
        [
            "(command line): --rules: is required",
            "(command line): --tota: unknown option",
            "/nonexistent/e.csv: (file): the file does not exist",
        ], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Replace(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }
}
