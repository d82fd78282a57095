namespace Samverka.Kernel.Tests;

public class SwedishFormatTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("8400000", 2, 2, "8 400 000,00")]
    [InlineData("12.5", 0, 4, "12,5")]
    [InlineData("24000", 0, 6, "24 000")]
    [InlineData("999", 0, 0, "999")]
    [InlineData("1000", 0, 0, "1 000")]
    [InlineData("0.005", 2, 2, "0,01" /* half away from zero */)]
    [InlineData("-0.005", 2, 2, "−0,01" /* half away from zero, minus U+2212 */)]
    [InlineData("-1234567.891", 0, 2, "−1 234 567,89")]
    [InlineData("5226.666666", 2, 2, "5 226,67" /* 9 800 × 16 / 30 */)]
    public void Number_GroupsThousandsWithNoBreakSpaceAndUsesComma(string value, int min, int max, string expected) =>
        Assert.Equal(expected.Replace(" ", Nbsp, StringComparison.Ordinal),
            SwedishFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), min, max));

    [Fact]
    public void Kronor_AlwaysShowsOre() =>
        Assert.Equal($"10{Nbsp}120,00{Nbsp}kr", SwedishFormat.Kronor(10120m));

    [Fact]
    public void Number_MaxBelowMin_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SwedishFormat.Number(1m, 2, 1));

    [Fact]
    public void Number_UnderAnotherCulture_IsStillSwedish()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
        try { Assert.Equal($"1{Nbsp}234,50", SwedishFormat.Number(1234.5m, 2, 2)); }
        finally { System.Globalization.CultureInfo.CurrentCulture = previous; }
    }
}
