using Samverka.Cli.Tests.Database;

namespace Samverka.Cli.Tests.Organisations;

public class ImportOrganisationsCommandTests
{
    [Fact]
    public async Task Import_ValidSemicolonFile_RegistersEveryRow()
    {
        using var folder = new TempFolder();
        var connection = $"Data Source={folder["samverka.db"]};Pooling=false";
        var file = folder.Write("organisationer.csv", """
            Organisationsnummer;Namn;Typ;E-post
            212000-2627;Härnösands kommun;Kommun;kommun@example.se
            556036-0793;Familjenätverket Solrosen;Anordnare;
            """);

        var result = await CliRunner.RunAsync("organisations", "import", file, "--connection", connection);

        Assert.Equal((0, ""), (result.Code, result.Error));
        Assert.Contains("2 organisations registered", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, await DbMigrateCommandTests.ScalarAsync(connection, "SELECT COUNT(*) FROM Organisations"));
    }

    [Fact]
    public async Task Import_WithBadRows_NamesEachRowAndFieldAndWritesNothing()
    {
        using var folder = new TempFolder();
        var connection = $"Data Source={folder["samverka.db"]};Pooling=false";
        var file = folder.Write("organisationer.csv", """
            Organisationsnummer,Namn,Typ
            212000-2627,Härnösands kommun,Kommun
            212000-2628,Fel kontrollsiffra,Kommun
            556036-0793,,Anordnare
            556036-0793,Dubblett,Sjukhus
            """);

        var result = await CliRunner.RunAsync("organisations", "import", file, "--connection", connection);

        Assert.Equal(2, result.Code);
        Assert.Contains($"{file}:3: Organisationsnummer:", result.Error, StringComparison.Ordinal); // wrong check digit
        Assert.Contains($"{file}:4: Namn:", result.Error, StringComparison.Ordinal);                // name missing
        Assert.Contains($"{file}:5: Typ:", result.Error, StringComparison.Ordinal);                 // no such kind
        Assert.Equal("", result.Out);
        Assert.Equal(0, await DbMigrateCommandTests.ScalarAsync(connection, "SELECT COUNT(*) FROM Organisations")); // not even line 2
    }

    [Fact]
    public async Task Import_MissingFile_IsBadInput()
    {
        using var folder = new TempFolder();
        var result = await CliRunner.RunAsync("organisations", "import", folder["saknas.csv"], "--connection", $"Data Source={folder["x.db"]}");

        Assert.Equal(2, result.Code);
        Assert.Contains("the file does not exist", result.Error, StringComparison.Ordinal);
    }
}
