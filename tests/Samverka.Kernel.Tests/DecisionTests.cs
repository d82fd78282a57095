using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class DecisionTests
{
    private static Decision Ks98 => new("KS", Date("2007-06-14"), "KS 2007-06-14 § 98", "Barnomsorgspeng 2007");

    [Fact]
    public void Constructor_ValidDecision_KeepsEveryPart()
    {
        var decision = Ks98;
        Assert.Equal("KS", decision.Body);
        Assert.Equal(Date("2007-06-14"), decision.Date);
        Assert.Equal("KS 2007-06-14 § 98", decision.Reference);
        Assert.Equal("Barnomsorgspeng 2007", decision.Title);
    }

    [Fact]
    public void ToString_Decision_IsTheReference() =>
        Assert.Equal("KS 2007-06-14 § 98", Ks98.ToString());

    [Theory]
    [InlineData("", "KS 2007-06-14 § 98", "Body")]
    [InlineData("  ", "KS 2007-06-14 § 98", "Body")]
    [InlineData("KS", "", "Reference")]
    [InlineData("KS", " \t", "Reference")]
    public void Constructor_BlankBodyOrReference_ThrowsNamingIt(string body, string reference, string parameter)
    {
        var e = Assert.Throws<ArgumentException>(() => new Decision(body, Date("2007-06-14"), reference, "x"));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(parameter.ToLowerInvariant(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullBody_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new Decision(null!, Date("2007-06-14"), "KS 2007-06-14 § 98", "x"));

    [Fact]
    public void Constructor_NullTitle_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new Decision("KS", Date("2007-06-14"), "KS 2007-06-14 § 98", null!));

    [Fact]
    public void Constructor_EmptyTitle_IsAllowed() =>
        Assert.Equal("", new Decision("Socialnämnden", Date("2019-02-20"), "SN 2019-02-20 § 12", "").Title);

    [Fact]
    public void Constructor_TextWithSurroundingSpaces_IsTrimmed()
    {
        var decision = new Decision(" Socialnämnden ", Date("2019-02-20"), " SN 2019-02-20 § 12 ", " Arvoden ");
        Assert.Equal("Socialnämnden", decision.Body);
        Assert.Equal("SN 2019-02-20 § 12", decision.Reference);
        Assert.Equal("Arvoden", decision.Title);
    }

    [Fact]
    public void Equality_SameParts_IsEqual()
    {
        Assert.Equal(Ks98, Ks98);
        Assert.NotEqual(Ks98, Ks98 with { Date = Date("2007-06-15") });
    }
}
