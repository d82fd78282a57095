namespace Samverka.Kernel.Tests;

public sealed class OrganisationsnummerTests
{
    [Theory]
    [InlineData("212000-2627", "212000-2627", "2120002627" /* Härnösands kommun */)]
    [InlineData("2120002627", "212000-2627", "2120002627" /* without dash */)]
    [InlineData("16212000-2627", "212000-2627", "2120002627" /* with the 16 prefix */)]
    [InlineData("162120002627", "212000-2627", "2120002627")]
    [InlineData("556036-0793", "556036-0793", "5560360793")]
    [InlineData(" 556036-0793\t", "556036-0793", "5560360793" /* surrounding white space */)]
    public void Parse_Valid_GivesCanonicalTextAndDigits(string text, string canonical, string digits)
    {
        var number = Organisationsnummer.Parse(text);
        Assert.Equal(canonical, number.ToString());
        Assert.Equal(digits, number.Digits);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("212000-2628", "the check digit does not match the other digits")]
    [InlineData("212000-2672", "the check digit does not match" /* last two swapped */)]
    [InlineData("21200-2627", "it has 9 digits; an organisationsnummer has 10 (12 with the prefix 16)")]
    [InlineData("2120002627123", "it has 13 digits")]
    [InlineData("19212000-2627", "12 digits must start with 16, not 19")]
    [InlineData("121212-1212", "the third digit is 1; below 2 it is a personnummer, not an organisationsnummer")]
    [InlineData("550101-1234", "the third digit is 0")]
    [InlineData("2120-002627", "the '-' must come just before the last four digits")]
    [InlineData("212000--2627", "it has more than one separator")]
    [InlineData("212000+2627", "it contains '+'; only digits and '-' are allowed")]
    [InlineData("212000 2627", "it contains a space or control character")]
    public void TryParse_Invalid_SaysWhatIsWrong(string text, string expectedError)
    {
        Assert.False(Organisationsnummer.TryParse(text, out var value, out var error));
        Assert.Null(value);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Valid_HasNoError()
    {
        Assert.True(Organisationsnummer.TryParse("212000-2627", out var value, out var error));
        Assert.Equal("", error);
        Assert.Equal("2120002627", value.Digits);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheReason()
    {
        var e = Assert.Throws<FormatException>(() => Organisationsnummer.Parse("212000-2628"));
        Assert.Equal("Not a valid organisationsnummer: the check digit does not match the other digits.", e.Message);
    }

    [Fact]
    public void IParsable_GenericParse_UsesTheSameRules()
    {
        Assert.Equal("212000-2627", ParseAs<Organisationsnummer>("2120002627").ToString());
        Assert.False(TryParseAs<Organisationsnummer>("2120002628", out _));
        Assert.True(TryParseAs<Organisationsnummer>("2120002627", out var parsed));
        Assert.Equal("2120002627", parsed!.Digits);
    }

    [Fact]
    public void Equality_SameNumberWrittenDifferently_IsEqual()
    {
        var a = Organisationsnummer.Parse("212000-2627");
        var b = Organisationsnummer.Parse("162120002627");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != Organisationsnummer.Parse("556036-0793"));
        Assert.False(a.Equals(null));
    }

    private static T ParseAs<T>(string text) where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseAs<T>(string text, out T? value) where T : IParsable<T> => T.TryParse(text, null, out value);
}
