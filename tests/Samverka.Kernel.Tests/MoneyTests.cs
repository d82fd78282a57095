using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class MoneyTests
{
    private const string Nbsp = "\u00A0";
    private const string Minus = "\u2212";

    [Theory]
    [InlineData("0.005", "0.01" /* half away from zero, not to even */)]
    [InlineData("0.015", "0.02")]
    [InlineData("0.025", "0.03" /* banker's rounding would give 0.02 */)]
    [InlineData("-0.005", "-0.01" /* away from zero on the negative side too */)]
    [InlineData("2.675", "2.68" /* exact in decimal; double would give 2.67 */)]
    [InlineData("1.234", "1.23")]
    [InlineData("1.2349999", "1.23")]
    [InlineData("7480.25", "7480.25")]
    [InlineData("100", "100")]
    public void RoundToOre_Amount_RoundsHalfAwayFromZero(string amount, string expected) =>
        Assert.Equal(new Money(Dec(expected)), new Money(Dec(amount)).RoundToOre());

    [Fact]
    public void RoundToOre_AnyAmount_IsIdempotent() =>
        Gen.Decimal[-1_000_000_000_000m, 1_000_000_000_000m].Sample(d =>
        {
            var once = new Money(d).RoundToOre();
            Assert.Equal(once, once.RoundToOre());
            Assert.True(once.IsWholeOre);
            Assert.True(Math.Abs(once.Amount - d) <= 0.005m);
        });

    [Theory]
    [InlineData("12.34", true)]
    [InlineData("12.3", true)]
    [InlineData("12", true)]
    [InlineData("12.345", false)]
    [InlineData("0.001", false)]
    public void IsWholeOre_Amount_HasAtMostTwoDecimals(string amount, bool expected) =>
        Assert.Equal(expected, new Money(Dec(amount)).IsWholeOre);

    [Theory]
    [InlineData("1400000", "1 400 000 kr")]
    [InlineData("1400000.50", "1 400 000,50 kr" /* öre shown with a comma */)]
    [InlineData("1400000.5", "1 400 000,50 kr" /* öre always two digits */)]
    [InlineData("999", "999 kr" /* no group separator below 1000 */)]
    [InlineData("1000", "1 000 kr")]
    [InlineData("0", "0 kr")]
    [InlineData("0.07", "0,07 kr")]
    [InlineData("7480.25", "7 480,25 kr")]
    [InlineData("1234567890.12", "1 234 567 890,12 kr")]
    [InlineData("0.005", "0,01 kr" /* rounded half away from zero for display */)]
    [InlineData("12.999", "13 kr" /* rounds up into the kronor */)]
    public void ToSwedishString_PositiveAmount_GroupsWithNoBreakSpaces(string amount, string expectedWithSpaces) =>
        Assert.Equal(expectedWithSpaces.Replace(" ", Nbsp, StringComparison.Ordinal), new Money(Dec(amount)).ToSwedishString());

    [Theory]
    [InlineData("-250", "−250 kr")]
    [InlineData("-1400000.50", "−1 400 000,50 kr")]
    [InlineData("-0.004", "0 kr" /* rounds to zero: no minus sign */)]
    public void ToSwedishString_NegativeAmount_UsesUnicodeMinus(string amount, string expectedWithSpaces) =>
        Assert.Equal(expectedWithSpaces.Replace(" ", Nbsp, StringComparison.Ordinal), new Money(Dec(amount)).ToSwedishString());

    [Fact]
    public void ToSwedishString_AnyAmount_NeverContainsAnOrdinarySpace() =>
        Gen.Decimal[-1_000_000_000_000m, 1_000_000_000_000m].Sample(d =>
        {
            var text = new Money(d).ToSwedishString();
            Assert.DoesNotContain(" ", text, StringComparison.Ordinal);
            Assert.EndsWith(Nbsp + "kr", text, StringComparison.Ordinal);
            Assert.Equal(d <= -0.005m, text.StartsWith(Minus, StringComparison.Ordinal));
        });

    [Fact]
    public void ToString_Amount_IsTheSwedishForm() =>
        Assert.Equal(new Money(1400000.5m).ToSwedishString(), new Money(1400000.5m).ToString());

    [Theory]
    [InlineData("1400000.5", "1400000.50")]
    [InlineData("0", "0.00")]
    [InlineData("-250", "-250.00")]
    [InlineData("0.125", "0.13" /* formatting rounds half away from zero */)]
    public void ToInvariantString_Amount_HasTwoDecimalsAndAPoint(string amount, string expected) =>
        Assert.Equal(expected, new Money(Dec(amount)).ToInvariantString());

    [Fact]
    public void Operators_Arithmetic_WorkOnTheAmount()
    {
        var a = new Money(100.50m);
        var b = new Money(0.75m);
        Assert.Equal(new Money(101.25m), a + b);
        Assert.Equal(new Money(99.75m), a - b);
        Assert.Equal(new Money(-100.50m), -a);
        Assert.Equal(new Money(50.25m), a * 0.5m);
        var third = a * (1m / 3m);
        Assert.False(third.IsWholeOre); // scaling does not round
        Assert.Equal(new Money(33.50m), third.RoundToOre());
    }

    [Fact]
    public void Operators_Comparison_OrderByAmount()
    {
        var small = new Money(1m);
        var large = new Money(2m);
        Assert.True(small < large && large > small);
        Assert.True(small <= new Money(1.00m) && large >= new Money(2.0m));
        Assert.True(small.CompareTo(large) < 0);
        Assert.Equal(0, new Money(1.0m).CompareTo(new Money(1.00m)));
    }

    [Fact]
    public void Equality_SameValueDifferentScale_IsEqual() =>
        Assert.Equal(new Money(1.5m), new Money(1.50m));

    [Fact]
    public void Sum_Amounts_AddsExactly()
    {
        // Ten times 0.10 is exactly 1.00 in decimal (not in double).
        Assert.Equal(new Money(1.00m), Money.Sum(Enumerable.Repeat(new Money(0.10m), 10)));
        Assert.Equal(Money.Zero, Money.Sum([]));
    }
}
