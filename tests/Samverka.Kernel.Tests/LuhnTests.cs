using CsCheck;

namespace Samverka.Kernel.Tests;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("212000262", 7 /* Härnösands kommun 212000-2627 */)]
    [InlineData("556036079", 3 /* 556036-0793 */)]
    [InlineData("121212121", 2 /* Skatteverket's example 121212-1212 */)]
    [InlineData("640823323", 4 /* digit sums 1+2+4+0+8+4+3+6+2+6 = 36; 10 - 6 = 4 */)]
    [InlineData("0", 0)]
    [InlineData("5", 9 /* 5 x 2 = 10 -> 1 + 0 = 1; 10 - 1 = 9 */)]
    public void CheckDigit_Payload_MakesTheSumAMultipleOfTen(string payload, int expected) =>
        Assert.Equal(expected, Luhn.CheckDigit(payload));

    [Theory]
    [InlineData("")]
    [InlineData("12a4")]
    [InlineData("12-4")]
    public void CheckDigit_NotDigits_Throws(string payload) =>
        Assert.Throws<ArgumentException>(() => Luhn.CheckDigit(payload));

    [Theory]
    [InlineData("2120002627", true)]
    [InlineData("5560360793", true)]
    [InlineData("2120002628", false /* last digit off by one */)]
    [InlineData("2120002672", false /* last two swapped */)]
    [InlineData("7", false /* too short to carry a check digit */)]
    [InlineData("", false)]
    [InlineData("212000-2627", false /* separators are the caller's business */)]
    public void IsValid_Digits_ChecksTheLastDigit(string digits, bool expected) =>
        Assert.Equal(expected, Luhn.IsValid(digits));

    [Fact]
    public void IsValid_AnyValidOrganisationsnummerWithOneDigitChanged_IsFalse() =>
        Gen.Select(Gen.Int[0, 9].Array[9], Gen.Int[0, 9], Gen.Int[1, 9]).Sample((payload, position, delta) =>
        {
            payload[2] = 2 + payload[2] % 8; // third digit at least 2: an organisationsnummer
            var nine = string.Concat(payload);
            var valid = nine + Luhn.CheckDigit(nine);
            Assert.True(Luhn.IsValid(valid));
            Assert.NotNull(Organisationsnummer.Parse(valid));

            var chars = valid.ToCharArray();
            chars[position] = (char)('0' + (chars[position] - '0' + delta) % 10); // a different digit
            var changed = new string(chars);
            Assert.False(Luhn.IsValid(changed), $"{valid} -> {changed}");
            Assert.False(Organisationsnummer.TryParse(changed, out _, out _));
        });
}
