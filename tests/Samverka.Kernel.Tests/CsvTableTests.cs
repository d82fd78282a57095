namespace Samverka.Kernel.Tests;

public sealed class CsvTableTests
{
    [Fact]
    public void Parse_CommaFile_ReadsHeaderAndRowsWithLineNumbers()
    {
        var table = CsvTable.Parse("member_id,name,population\n1,Härnösand,25000\n2,Kramfors,18000\n", "members.csv");
        Assert.Equal(',', table.Separator);
        Assert.Equal("members.csv", table.Source);
        Assert.Equal(["member_id", "name", "population"], table.Header);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
        Assert.Equal("Kramfors", table.Rows[1].Get("name"));
    }

    [Fact]
    public void Parse_SemicolonFile_UsesSemicolonAndKeepsDecimalCommas()
    {
        // Swedish Excel: semicolons between fields, commas inside numbers.
        var table = CsvTable.Parse("member_id;name;usage\n1;Härnösand;12,5\n", "members.csv");
        Assert.Equal(';', table.Separator);
        Assert.Equal("12,5", table.Rows[0].Get("usage"));
    }

    [Fact]
    public void Parse_QuotedFields_KeepSeparatorsQuotesAndLineBreaks()
    {
        var text = "id,note\n1,\"a, b\"\n2,\"first line\nsecond line\"\n3,\"say \"\"hej\"\"\"\n";
        var rows = CsvTable.Parse(text, "notes.csv").Rows;
        Assert.Equal("a, b", rows[0].Get("note"));
        Assert.Equal("first line\nsecond line", rows[1].Get("note"));
        Assert.Equal("say \"hej\"", rows[2].Get("note"));
    }

    [Fact]
    public void Parse_AfterMultiLineQuotedField_LineNumbersCountThePhysicalLines()
    {
        // Row 2 starts on line 3 and spans lines 3-5, so row 3 is on line 6.
        var text = "id,note\n1,x\n2,\"one\ntwo\nthree\"\n3,y\n";
        Assert.Equal([2, 3, 6], CsvTable.Parse(text, "notes.csv").Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_ByteOrderMark_IsIgnored()
    {
        var table = CsvTable.Parse("\uFEFFmember_id;name\n1;A\n", "members.csv");
        Assert.Equal("member_id", table.Header[0]);
        Assert.True(table.HasColumn("member_id"));
    }

    [Fact]
    public void Parse_BlankLines_AreSkippedButCounted()
    {
        var table = CsvTable.Parse("id\n\n1\n   \n2\n\n", "ids.csv");
        Assert.Equal(["1", "2"], table.Rows.Select(r => r.Get("id")));
        Assert.Equal([3, 5], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_BlankLinesBeforeASemicolonHeader_StillDetectSemicolon()
    {
        var table = CsvTable.Parse("\n\nmember_id;name\n1;A\n", "members.csv");
        Assert.Equal(';', table.Separator);
        Assert.Equal("A", table.Rows[0].Get("name"));
        Assert.Equal(4, table.Rows[0].Line);
        Assert.Equal(3, table.MissingColumns("usage").Single().Line); // the header is on line 3
    }

    [Fact]
    public void Parse_CrLfLineEndings_AreReadLikeLf()
    {
        var table = CsvTable.Parse("id,name\r\n1,A\r\n2,B\r\n", "x.csv");
        Assert.Equal(["A", "B"], table.Rows.Select(r => r.Get("name")));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parse_LastLineWithoutLineBreak_IsRead() =>
        Assert.Equal("2", CsvTable.Parse("id\n1\n2", "x.csv").Rows[^1].Get("id"));

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF" /* only a byte-order mark */)]
    [InlineData("\n\n  \n" /* only blank lines */)]
    public void Parse_EmptyFile_ThrowsAProblemNamingTheFile(string text)
    {
        var e = Assert.Throws<InputProblemsException>(() => CsvTable.Parse(text, "members.csv"));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("members.csv", problem.Source);
        Assert.Null(problem.Line);
        Assert.Contains("empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedQuote_ThrowsAProblemOnTheLineWhereTheRowStarts()
    {
        var e = Assert.Throws<InputProblemsException>(() => CsvTable.Parse("id,note\n1,ok\n2,\"never closed\n3,x\n", "notes.csv"));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_NamesWithSpacesAndOtherCase_AreTrimmedAndMatchedIgnoringCase()
    {
        var table = CsvTable.Parse(" Member_ID , Name \n1,A\n", "x.csv");
        Assert.Equal(["Member_ID", "Name"], table.Header);
        Assert.True(table.HasColumn("member_id"));
        Assert.Equal(1, table.ColumnIndex("NAME"));
        Assert.Equal(-1, table.ColumnIndex("population"));
        Assert.False(table.HasColumn("population"));
    }

    [Fact]
    public void MissingColumns_SomeAbsent_GivesOneProblemEachOnTheHeaderLine()
    {
        var table = CsvTable.Parse("member_id,name\n1,A\n", "members.csv");
        var problems = table.MissingColumns("member_id", "population", "usage");
        Assert.Equal(["population", "usage"], problems.Select(p => p.Field));
        Assert.All(problems, p =>
        {
            Assert.Equal("members.csv", p.Source);
            Assert.Equal(1, p.Line);
            Assert.Contains("member_id,name", p.Message, StringComparison.Ordinal); // says what was found
        });
    }

    [Fact]
    public void MissingColumns_AllPresent_IsEmpty() =>
        Assert.Empty(CsvTable.Parse("member_id,name\n", "members.csv").MissingColumns("name", "MEMBER_ID"));

    [Fact]
    public void Parse_HeaderOnly_HasNoRows() =>
        Assert.Empty(CsvTable.Parse("member_id,name\n", "members.csv").Rows);
}
