using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class DatedValueTests
{
    private static readonly Decision Ks98 = new("KS", Date("2007-06-14"), "KS 2007-06-14 § 98", "Barnomsorgspeng");

    [Fact]
    public void Constructor_Value_CitesItsDecision()
    {
        var value = new DatedValue<decimal>(Date("2007-09-01"), 7480.25m, Ks98);
        Assert.Equal(Date("2007-09-01"), value.EffectiveFrom);
        Assert.Equal(7480.25m, value.Value);
        Assert.Equal("KS 2007-06-14 § 98", value.Decision.Reference);
    }

    [Fact]
    public void Constructor_EffectiveBeforeTheDecision_IsAllowed() =>
        // Retroactive decisions happen: adopted in June, in force from January.
        Assert.Equal(Date("2007-01-01"), new DatedValue<int>(Date("2007-01-01"), 3, Ks98).EffectiveFrom);

    [Fact]
    public void Constructor_NullDecision_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new DatedValue<decimal>(Date("2007-09-01"), 1m, null!));

    [Fact]
    public void Equality_SameParts_IsEqual() =>
        Assert.Equal(new DatedValue<decimal>(Date("2007-09-01"), 1.0m, Ks98), new DatedValue<decimal>(Date("2007-09-01"), 1.00m, Ks98));
}
