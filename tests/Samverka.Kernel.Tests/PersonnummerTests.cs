using System.Globalization;
using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class PersonnummerTests
{
    private const string Today = "2026-03-15";

    [Theory]
    [InlineData("19121212-1212", "19121212-1212", "1912-12-12" /* 12 digits: the century is written */)]
    [InlineData("191212121212", "19121212-1212", "1912-12-12" /* 12 digits without separator */)]
    [InlineData("  19121212-1212 ", "19121212-1212", "1912-12-12" /* surrounding white space */)]
    [InlineData("121212-1212", "20121212-1212", "2012-12-12" /* 2012-12-12 is not after today: latest century */)]
    [InlineData("1212121212", "20121212-1212", "2012-12-12" /* no separator reads like '-' */)]
    [InlineData("121212+1212", "19121212-1212", "1912-12-12" /* '+': 100 years before 2012 */)]
    [InlineData("260315-1230", "20260315-1230", "2026-03-15" /* born today: not after today */)]
    [InlineData("260316-1239", "19260316-1239", "1926-03-16" /* 2026-03-16 is tomorrow: a century back */)]
    [InlineData("260316+1239", "19260316-1239", "1926-03-16" /* turns 100 tomorrow: '+' since 1 January; not 1826 */)]
    [InlineData("250316+1230", "19250316-1230", "1925-03-16" /* '+': the latest year ending in 25 at least 100 years back */)]
    [InlineData("261201+1235", "19261201-1235", "1926-12-01" /* turns 100 in 2026: '+' from 1 January, before the birthday */)]
    [InlineData("181231-1239", "20181231-1239", "2018-12-31")]
    [InlineData("181231+1239", "19181231-1239", "1918-12-31")]
    [InlineData("18181231-1239", "18181231-1239", "1818-12-31" /* century 18 is allowed */)]
    [InlineData("000229-1235", "20000229-1235", "2000-02-29" /* 2000 divisible by 400: leap */)]
    [InlineData("040229-1231", "20040229-1231", "2004-02-29")]
    [InlineData("20240229-1237", "20240229-1237", "2024-02-29" /* 12-digit leap day */)]
    public void Parse_ValidPersonnummer_GivesCanonicalTextAndBirthDate(string text, string canonical, string birthDate)
    {
        var pnr = Personnummer.Parse(text, Date(Today));
        Assert.Equal(canonical, pnr.ToString());
        Assert.Equal(Date(birthDate), pnr.BirthDate);
        Assert.False(pnr.IsSamordningsnummer);
    }

    [Theory]
    [InlineData("121272-1219", "20121272-1219", "2012-12-12" /* day 72 - 60 = 12 */)]
    [InlineData("701063-2391", "19701063-2391", "1970-10-03" /* day 63 - 60 = 3; 2070 is after today */)]
    [InlineData("19701063-2391", "19701063-2391", "1970-10-03")]
    public void Parse_Samordningsnummer_FlagsItAndSubtracts60FromTheDay(string text, string canonical, string birthDate)
    {
        var number = Personnummer.Parse(text, Date(Today));
        Assert.True(number.IsSamordningsnummer);
        Assert.Equal(canonical, number.ToString()); // the canonical text keeps the day as written
        Assert.Equal(Date(birthDate), number.BirthDate);
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("   ", "the text is empty")]
    [InlineData("12121-1212", "it has 9 digits; a personnummer has 10 or 12")]
    [InlineData("12121212121", "it has 11 digits")]
    [InlineData("1212121213", "the check digit does not match the other digits")]
    [InlineData("121212-1213", "the check digit does not match")]
    [InlineData("121212-2112", "the check digit does not match" /* neighbours swapped */)]
    [InlineData("120012-1212", "month 00 does not exist")]
    [InlineData("121312-1211", "month 13 does not exist")]
    [InlineData("121200-1216", "day 00 is neither a day of the month (01-31) nor a samordningsnummer day (61-91)")]
    [InlineData("121245-1213", "day 45 is neither")]
    [InlineData("121292-1215", "day 92 is neither")]
    [InlineData("20230229-1238", "2023-02 has no day 29" /* 2023 is a common year */)]
    [InlineData("19000229-1235", "1900-02 has no day 29" /* divisible by 100, not by 400: common */)]
    [InlineData("000229+1235", "1900-02 has no day 29" /* '+' puts it in 1900 */)]
    [InlineData("010229-1234", "1901-02 has no day 29" /* neither 2001 nor 1901 is a leap year */)]
    [InlineData("20230289-1230", "2023-02 has no day 29 (samordningsnummer day 89)")]
    [InlineData("121131-1212", "has no day 31" /* November has 30 days */)]
    [InlineData("12121212-1212", "the century 12 is not 18, 19 or 20")]
    [InlineData("20300101-1232", "the birth date is after 2026-03-15")]
    [InlineData("19121212+1212", "'+' (age 100 or more) is used only in the 10-digit form")]
    [InlineData("1212-121212", "the separator '-' must come just before the last four digits")]
    [InlineData("121212--1212", "it has more than one separator")]
    [InlineData("121212-+1212", "it has more than one separator")]
    [InlineData("121212/1212", "it contains '/'; only digits and '-' or '+' are allowed")]
    [InlineData("121212\t1212", "it contains a space or control character")]
    [InlineData("12121２-1212", "it contains '２'" /* a full-width digit is not an ASCII digit */)]
    public void TryParse_Invalid_SaysWhatIsWrong(string text, string expectedError)
    {
        Assert.False(Personnummer.TryParse(text, Date(Today), out var value, out var error));
        Assert.Null(value);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_IsEmpty()
    {
        Assert.False(Personnummer.TryParse(null, Date(Today), out _, out var error));
        Assert.Equal("the text is empty", error);
    }

    [Fact]
    public void TryParse_Valid_HasNoError()
    {
        Assert.True(Personnummer.TryParse("121212-1212", Date(Today), out var value, out var error));
        Assert.Equal("", error);
        Assert.Equal("20121212-1212", value.ToString());
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheReason()
    {
        var e = Assert.Throws<FormatException>(() => Personnummer.Parse("121212-1213", Date(Today)));
        Assert.Equal("Not a valid personnummer: the check digit does not match the other digits.", e.Message);
    }

    [Fact]
    public void Parse_Invalid_MessageDoesNotRepeatTheNumber()
    {
        // Messages go to logs; the number is personal data.
        var e = Assert.Throws<FormatException>(() => Personnummer.Parse("19121212-1213", Date(Today)));
        Assert.DoesNotContain("1212", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TenDigitLeapDayWhenTheLatestCenturyIsCommon_StepsBackToTheLeapYear() =>
        // On 2100-03-01, 2100-02-29 does not exist (2100 is not a leap year): the latest existing date is 2000-02-29.
        Assert.Equal(Date("2000-02-29"), Personnummer.Parse("000229-1235", Date("2100-03-01")).BirthDate);

    [Fact]
    public void Parse_TwelveDigitsWithMaxValueAsToday_ReadsBackStoredText() =>
        Assert.Equal("20240229-1237", Personnummer.Parse("20240229-1237", DateOnly.MaxValue).ToString());

    [Fact]
    public void Parse_AnyBirthDateWrittenWithTheLawsSeparator_GivesThatBirthDateBack() =>
        // The law: '-' until the year the person turns 100, '+' from that year on.
        Gen.Select(Gen.DateOnly[new DateOnly(1950, 1, 1), new DateOnly(2099, 12, 31)], Gen.Int[0, 43_000], Gen.Int[0, 999])
            .Sample((today, daysOld, serial) =>
            {
                var birth = today.AddDays(-daysOld); // up to about 117 years old
                var separator = today.Year - birth.Year >= 100 ? '+' : '-';
                var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
                var ten = nine + Luhn.CheckDigit(nine);
                var text = $"{ten[..6]}{separator}{ten[6..]}";

                var pnr = Personnummer.Parse(text, today);

                Assert.Equal(birth, pnr.BirthDate);
                Assert.Equal(birth.ToString("yyyy", CultureInfo.InvariantCulture) + ten[2..6] + "-" + ten[6..], pnr.ToString());
                Assert.Equal(pnr, Personnummer.Parse(pnr.ToString(), today)); // canonical text round-trips
            });

    [Fact]
    public void Parse_AnyValidNumberWithOneDigitChanged_IsRefused() =>
        Gen.Select(Gen.DateOnly[new DateOnly(1930, 1, 1), new DateOnly(2026, 3, 15)], Gen.Int[0, 999], Gen.Int[0, 9], Gen.Int[1, 9])
            .Sample((birth, serial, position, delta) =>
            {
                var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
                var chars = (nine + Luhn.CheckDigit(nine)).ToCharArray();
                chars[position] = (char)('0' + (chars[position] - '0' + delta) % 10);
                Assert.False(Personnummer.TryParse(new string(chars), Date(Today), out _, out _));
            });

    [Fact]
    public void Equality_SameNumberWrittenDifferently_IsEqual()
    {
        var a = Personnummer.Parse("121212-1212", Date(Today));
        var b = Personnummer.Parse("201212121212", Date(Today));
        var c = Personnummer.Parse("121212+1212", Date(Today));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
    }

    [Theory]
    [InlineData("20200615-1233", "2026-06-14", 5)]
    [InlineData("20200615-1233", "2026-06-15", 6)]
    public void AgeOn_Date_IsCompletedYears(string text, string on, int expected) =>
        Assert.Equal(expected, Personnummer.Parse(text, DateOnly.MaxValue).AgeOn(Date(on)));
}
