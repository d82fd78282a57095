using Samverka.Modules.Organisations;

namespace Samverka.Modules.Tests.Organisations;

public class OrganisationNumbersTests
{
    [Theory]
    [InlineData("212000-2627", "212000-2627")]
    [InlineData("2120002627", "212000-2627")]
    [InlineData("16212000-2627", "212000-2627")]
    [InlineData(" 212000 2627 ", "212000-2627")]
    public void Normalise_ValidNumber_GivesHyphenatedForm(string text, string expected)
    {
        Assert.Equal(expected, OrganisationNumbers.Normalise(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "is required")]
    [InlineData("21200026", "must be ten digits, e.g. 212000-2627")]
    [InlineData("211000-0000", "is not an organisation number: the third digit must be 2 or more")]
    [InlineData("212000-2628", "has a wrong check digit (the last digit)")]
    public void Normalise_BadNumber_SaysWhatIsWrong(string text, string message)
    {
        Assert.Null(OrganisationNumbers.Normalise(text, out var problem));
        Assert.Equal(message, problem);
    }
}
