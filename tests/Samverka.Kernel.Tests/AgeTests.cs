using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2020-06-15", "2020-06-15", 0 /* the day of birth */)]
    [InlineData("2020-06-15", "2026-06-14", 5 /* day before the 6th birthday */)]
    [InlineData("2020-06-15", "2026-06-15", 6 /* on the birthday */)]
    [InlineData("2019-12-31", "2020-01-01", 0 /* a new year is not a birthday */)]
    [InlineData("2020-02-29", "2021-02-28", 1 /* AddYears: 29 Feb -> 28 Feb in a common year */)]
    [InlineData("2020-02-29", "2021-02-27", 0 /* one day before that */)]
    [InlineData("2020-02-29", "2024-02-28", 3 /* 2024 is a leap year: the birthday is the 29th */)]
    [InlineData("2020-02-29", "2024-02-29", 4)]
    [InlineData("1926-03-16", "2026-03-15", 99)]
    [InlineData("1926-03-15", "2026-03-15", 100)]
    public void CompletedYears_OnDate_CountsWholeYears(string birth, string on, int expected) =>
        Assert.Equal(expected, Age.CompletedYears(Date(birth), Date(on)));

    [Theory]
    [InlineData("2020-06-15", "2020-06-14")]
    [InlineData("2020-06-15", "2019-01-01")]
    [InlineData("2020-06-15", "1990-06-15")]
    public void CompletedYears_BeforeBirth_IsMinusOne(string birth, string on) =>
        Assert.Equal(-1, Age.CompletedYears(Date(birth), Date(on)));
}
