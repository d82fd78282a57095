using System.Globalization;
using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class DateRangeTests
{
    private static readonly Gen<DateRange> Ranges =
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 400])
            .Select((start, length) =>
            {
                var first = new DateOnly(2020, 1, 1).AddDays(start);
                return new DateRange(first, first.AddDays(length));
            });

    private static DateRange R(string start, string end) => new(Date(start), Date(end));

    [Theory]
    [InlineData("2026-01-01", "2026-01-31", 31 /* both ends counted */)]
    [InlineData("2026-01-01", "2026-01-01", 1 /* a single day */)]
    [InlineData("2024-02-01", "2024-02-29", 29 /* leap February */)]
    [InlineData("2025-01-01", "2025-12-31", 365)]
    [InlineData("2024-01-01", "2024-12-31", 366)]
    public void DayCount_InclusiveRange_CountsBothEnds(string start, string end, int expected) =>
        Assert.Equal(expected, R(start, end).DayCount);

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingBothDays()
    {
        var e = Assert.Throws<ArgumentException>(() => R("2026-02-01", "2026-01-31"));
        Assert.Contains("2026-01-31", e.Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-01", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true /* start included */)]
    [InlineData("2026-01-15", true)]
    [InlineData("2026-01-31", true /* end included */)]
    [InlineData("2026-02-01", false)]
    public void Contains_Day_IncludesBothEnds(string day, bool expected) =>
        Assert.Equal(expected, R("2026-01-01", "2026-01-31").Contains(Date(day)));

    [Theory]
    [InlineData("2026-01-01", "2026-01-31", "2026-01-31", "2026-02-28", "2026-01-31", "2026-01-31" /* share one day: the end */)]
    [InlineData("2026-01-01", "2026-12-31", "2026-03-01", "2026-03-31", "2026-03-01", "2026-03-31" /* one inside the other */)]
    [InlineData("2026-01-01", "2026-06-30", "2026-04-01", "2026-12-31", "2026-04-01", "2026-06-30")]
    public void Intersect_Overlapping_GivesSharedDays(string s1, string e1, string s2, string e2, string expectedStart, string expectedEnd)
    {
        Assert.Equal(R(expectedStart, expectedEnd), R(s1, e1).Intersect(R(s2, e2)));
        Assert.True(R(s1, e1).Overlaps(R(s2, e2)));
    }

    [Fact]
    public void Intersect_AdjacentRanges_IsNull()
    {
        // January and February touch but share no day.
        Assert.Null(R("2026-01-01", "2026-01-31").Intersect(R("2026-02-01", "2026-02-28")));
        Assert.False(R("2026-01-01", "2026-01-31").Overlaps(R("2026-02-01", "2026-02-28")));
    }

    [Fact]
    public void Intersect_AnyTwoRanges_IsCommutative() =>
        Gen.Select(Ranges, Ranges).Sample((a, b) => Assert.Equal(a.Intersect(b), b.Intersect(a)));

    [Fact]
    public void Intersect_AnyTwoRanges_LiesWithinBothAndAgreesWithOverlaps() =>
        Gen.Select(Ranges, Ranges).Sample((a, b) =>
        {
            var i = a.Intersect(b);
            Assert.Equal(a.Overlaps(b), i is not null);
            if (i is { } x)
            {
                Assert.True(a.Contains(x.Start) && a.Contains(x.End));
                Assert.True(b.Contains(x.Start) && b.Contains(x.End));
                // Maximal: the day before and after are not in both.
                Assert.False(a.Contains(x.Start.AddDays(-1)) && b.Contains(x.Start.AddDays(-1)));
                Assert.False(a.Contains(x.End.AddDays(1)) && b.Contains(x.End.AddDays(1)));
            }
        });

    [Fact]
    public void Intersect_OpenEndedRange_KeepsTheOtherEnd() =>
        Assert.Equal(R("2026-01-01", "2026-01-31"), new DateRange(Date("2025-06-01"), DateOnly.MaxValue).Intersect(R("2026-01-01", "2026-01-31")));

    [Fact]
    public void ToString_Range_IsIsoWithTwoDots() =>
        Assert.Equal("2026-01-01..2026-01-31", R("2026-01-01", "2026-01-31").ToString());

    [Fact]
    public void ToString_UnderThaiCulture_StaysGregorian()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // th-TH uses the Buddhist calendar (2026 is 2569) for "yyyy".
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            Assert.Equal("2026-01-01..2026-01-31", R("2026-01-01", "2026-01-31").ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
