using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class AllocatedShareTests
{
    [Theory]
    [InlineData("33.3333", "33.33", "0.01", "33.34" /* rounded down + the öre it was given */)]
    [InlineData("33.3333", "33.33", "0.00", "33.33" /* no öre given */)]
    public void Amount_RoundedDownPlusRoundingOre_IsWhatIsCharged(string exact, string down, string ore, string expected) =>
        Assert.Equal(Dec(expected), new AllocatedShare(Dec(exact), Dec(down), Dec(ore)).Amount);
}
