using System.Globalization;
using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class CalendarMonthTests
{
    private static readonly Gen<CalendarMonth> Months = Gen.Int[100 * 12, 9000 * 12].Select(CalendarMonth.FromIndex);
    private static readonly Gen<int> Offsets = Gen.Int[-12 * 50, 12 * 50];

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 13)]
    [InlineData(10000, 1)]
    public void Constructor_OutOfRange_Throws(int year, int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarMonth(year, month));

    [Theory]
    [InlineData("2024-11", 2, "2025-01" /* 11 + 2 = 13 -> January next year */)]
    [InlineData("2024-12", 1, "2025-01")]
    [InlineData("2025-01", -1, "2024-12" /* back across the year end */)]
    [InlineData("2024-05", 0, "2024-05")]
    [InlineData("2024-05", 24, "2026-05" /* 24 months = 2 years */)]
    [InlineData("2024-05", -17, "2022-12" /* 5 - 17 = -12 -> December two years back */)]
    public void Plus_Months_GivesCalendarMonth(string start, int months, string expected) =>
        Assert.Equal(CalendarMonth.Parse(expected), CalendarMonth.Parse(start).Plus(months));

    [Fact]
    public void Plus_AcrossYearEnd_WrapsToJanuary() =>
        Assert.Equal(new CalendarMonth(2008, 1), new CalendarMonth(2007, 12).Plus(1));

    [Fact]
    public void Plus_Composed_EqualsPlusOfSum() =>
        Gen.Select(Months, Offsets, Offsets).Sample((m, a, b) => Assert.Equal(m.Plus(a + b), m.Plus(a).Plus(b)));

    [Fact]
    public void MonthsSince_AfterPlus_GivesTheOffsetBack() =>
        Gen.Select(Months, Offsets).Sample((m, n) => Assert.Equal(n, m.Plus(n).MonthsSince(m)));

    [Fact]
    public void Plus_MonthsSince_ReachesTheOtherMonth() =>
        Gen.Select(Months, Months).Sample((a, b) => Assert.Equal(b, a.Plus(b.MonthsSince(a))));

    [Theory]
    [InlineData("2024-02", 29 /* 2024 divisible by 4 */)]
    [InlineData("2025-02", 28)]
    [InlineData("1900-02", 28 /* divisible by 100, not by 400 */)]
    [InlineData("2000-02", 29 /* divisible by 400 */)]
    [InlineData("2025-04", 30)]
    [InlineData("2025-12", 31)]
    public void DayCount_OfMonth_FollowsTheGregorianCalendar(string month, int expected) =>
        Assert.Equal(expected, CalendarMonth.Parse(month).DayCount);

    [Fact]
    public void FirstDayLastDayAndDays_OfFebruaryInLeapYear_CoverTheMonth()
    {
        var month = new CalendarMonth(2024, 2);
        Assert.Equal(Date("2024-02-01"), month.FirstDay);
        Assert.Equal(Date("2024-02-29"), month.LastDay);
        Assert.Equal(new DateRange(Date("2024-02-01"), Date("2024-02-29")), month.Days);
        Assert.Equal(29, month.Days.DayCount);
    }

    [Fact]
    public void Of_AnyDayOfTheMonth_GivesThatMonth()
    {
        Assert.Equal(new CalendarMonth(2026, 11), CalendarMonth.Of(Date("2026-11-23")));
        Assert.Equal(new CalendarMonth(2026, 11), CalendarMonth.Of(Date("2026-11-30")));
    }

    [Fact]
    public void FromIndex_OfIndex_RoundTrips() =>
        Months.Sample(m => Assert.Equal(m, CalendarMonth.FromIndex(m.Index)));

    [Fact]
    public void Index_OfConsecutiveMonths_DiffersByOne() =>
        Assert.Equal(1, new CalendarMonth(2025, 1).Index - new CalendarMonth(2024, 12).Index);

    [Fact]
    public void Comparison_ChronologicalOrder_AgreesWithOperators()
    {
        var earlier = new CalendarMonth(2024, 12);
        var later = new CalendarMonth(2025, 1);
        Assert.True(earlier < later);
        Assert.True(later > earlier);
        var sameAsLater = new CalendarMonth(2025, 1);
        Assert.True(earlier <= later && later <= sameAsLater);
        Assert.True(later >= earlier && later >= sameAsLater);
        Assert.False(later < earlier);
        Assert.True(earlier.CompareTo(later) < 0);
        Assert.Equal(0, later.CompareTo(new CalendarMonth(2025, 1)));
    }

    [Fact]
    public void Range_FromTo_IncludesBothEnds()
    {
        var months = CalendarMonth.Range(new CalendarMonth(2024, 11), new CalendarMonth(2025, 2)).ToList();
        Assert.Equal(["2024-11", "2024-12", "2025-01", "2025-02"], months.Select(m => m.ToString()));
    }

    [Fact]
    public void Range_FromAfterTo_IsEmpty() =>
        Assert.Empty(CalendarMonth.Range(new CalendarMonth(2025, 2), new CalendarMonth(2025, 1)));

    [Theory]
    [InlineData("2007-09", 2007, 9)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void Parse_IsoText_GivesMonth(string text, int year, int month)
    {
        var parsed = CalendarMonth.Parse(text);
        Assert.Equal(new CalendarMonth(year, month), parsed);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-1")]
    [InlineData("2025/01")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("0000-01")]
    [InlineData("abcd-01")]
    [InlineData("+202-01")]
    [InlineData("2025-01-01")]
    public void TryParse_Malformed_IsFalse(string? text) =>
        Assert.False(CalendarMonth.TryParse(text, out _));

    [Fact]
    public void Parse_Malformed_ThrowsNamingTheTextAndTheForm()
    {
        var e = Assert.Throws<FormatException>(() => CalendarMonth.Parse("2025-13"));
        Assert.Contains("'2025-13'", e.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SmallYear_PadsToFourDigits() =>
        Assert.Equal("0999-05", new CalendarMonth(999, 5).ToString());

    [Fact]
    public void ToString_UnderThaiCulture_StaysGregorian()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal("2026-11", new CalendarMonth(2026, 11).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
