namespace Samverka.Kernel.Tests;

public sealed class CsvRowTests
{
    private static CsvRow Row(string text) => CsvTable.Parse(text, "members.csv").Rows[0];

    [Fact]
    public void Get_FieldWithSpaces_IsTrimmed() =>
        Assert.Equal("Härnösand", Row("id,name\n1,  Härnösand  \n").Get("name"));

    [Fact]
    public void Get_EmptyOrBlankField_IsNull()
    {
        Assert.Null(Row("id,name\n1,\n").Get("name"));
        Assert.Null(Row("id,name\n1,   \n").Get("name"));
    }

    [Fact]
    public void Get_MissingColumn_IsNull() =>
        Assert.Null(Row("id,name\n1,A\n").Get("population"));

    [Fact]
    public void Get_RowShorterThanHeader_IsNullForTheMissingFields() =>
        Assert.Null(Row("id,name,population\n1,A\n").Get("population"));

    [Fact]
    public void Fields_Raw_AreNotTrimmed() =>
        Assert.Equal(["1", " A "], Row("id,name\n1, A \n").Fields);

    [Fact]
    public void Problem_AtRowAndColumn_NamesFileLineAndField()
    {
        var row = CsvTable.Parse("id,population\n1,10\n2,-5\n", "members.csv").Rows[1];
        Assert.Equal("members.csv:3: population: must not be negative", row.Problem("population", "must not be negative").ToString());
    }
}
