using CsCheck;
using static Samverka.Kernel.Tests.TestValues;

namespace Samverka.Kernel.Tests;

public sealed class ParameterHistoryTests
{
    private const string Name = "Barnomsorgspeng, förskola 1-2 år";

    private static readonly Decision Ks98 = new("KS", Date("2006-11-20"), "KS 2006-11-20 § 98", "Barnomsorgspeng 2007");
    private static readonly Decision Ks41 = new("KS", Date("2008-05-12"), "KS 2008-05-12 § 41", "Höjd barnomsorgspeng");
    private static readonly Decision Kf7 = new("KF", Date("2009-12-14"), "KF 2009-12-14 § 7", "Barnomsorgspeng 2010");

    private static ParameterHistory<decimal> Rate() => new(Name, "kr/månad",
    [
        // Deliberately out of order: the history sorts them.
        new DatedValue<decimal>(Date("2010-01-01"), 7700m, Kf7),
        new DatedValue<decimal>(Date("2007-01-01"), 7000m, Ks98),
        new DatedValue<decimal>(Date("2008-07-01"), 7480.25m, Ks41),
    ]);

    [Theory]
    [InlineData("2007-01-01", "7000", "KS 2006-11-20 § 98" /* the first value's first day */)]
    [InlineData("2008-06-30", "7000", "KS 2006-11-20 § 98" /* the day before the change */)]
    [InlineData("2008-07-01", "7480.25", "KS 2008-05-12 § 41" /* the change takes effect on its day */)]
    [InlineData("2009-12-31", "7480.25", "KS 2008-05-12 § 41")]
    [InlineData("2010-01-01", "7700", "KF 2009-12-14 § 7")]
    [InlineData("2040-06-01", "7700", "KF 2009-12-14 § 7" /* the last value stays in force */)]
    public void ValueOn_Date_GivesTheValueInForceAndItsDecision(string date, string expected, string reference)
    {
        var value = Rate().ValueOn(Date(date));
        Assert.Equal(Dec(expected), value.Value);
        Assert.Equal(reference, value.Decision.Reference);
    }

    [Fact]
    public void ValueOn_BeforeTheFirstValue_ThrowsNamingParameterAndDate()
    {
        var e = Assert.Throws<ParameterNotInForceException>(() => Rate().ValueOn(Date("2006-12-31")));
        Assert.Equal($"Parameter '{Name}' has no value in force on 2006-12-31: its first value takes effect 2007-01-01.", e.Message);
        Assert.Equal(Name, e.Parameter);
        Assert.Equal(Date("2006-12-31"), e.Date);
        Assert.Equal(Date("2007-01-01"), e.FirstEffectiveFrom);
    }

    [Fact]
    public void ValueOn_EmptyHistory_ThrowsSayingThereAreNoValues()
    {
        var empty = new ParameterHistory<decimal>(Name, "kr/månad", []);
        var e = Assert.Throws<ParameterNotInForceException>(() => empty.ValueOn(Date("2026-01-01")));
        Assert.Contains(Name, e.Message, StringComparison.Ordinal);
        Assert.Contains("it has no values", e.Message, StringComparison.Ordinal);
        Assert.Null(e.FirstEffectiveFrom);
    }

    [Theory]
    [InlineData("2008-06", "7000")]
    [InlineData("2008-07", "7480.25" /* in force on 1 July */)]
    [InlineData("2007-01", "7000")]
    public void ValueIn_Month_GivesTheValueInForceOnItsFirstDay(string month, string expected) =>
        Assert.Equal(Dec(expected), Rate().ValueIn(CalendarMonth.Parse(month)).Value);

    [Fact]
    public void ValueIn_ChangeInTheMiddleOfTheMonth_UsesTheOldValueForThatMonth()
    {
        var history = Rate().WithValue(new DatedValue<decimal>(Date("2011-03-15"), 8000m, Kf7));
        Assert.Equal(7700m, history.ValueIn(new CalendarMonth(2011, 3)).Value);
        Assert.Equal(8000m, history.ValueIn(new CalendarMonth(2011, 4)).Value);
    }

    [Fact]
    public void ValueIn_MonthBeforeTheFirstValue_Throws() =>
        Assert.Throws<ParameterNotInForceException>(() => Rate().ValueIn(new CalendarMonth(2006, 12)));

    [Fact]
    public void TryValueOn_BeforeTheFirstValue_IsFalse()
    {
        Assert.False(Rate().TryValueOn(Date("2006-12-31"), out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryValueOn_InForce_IsTrue()
    {
        Assert.True(Rate().TryValueOn(Date("2008-07-01"), out var value));
        Assert.Equal(7480.25m, value.Value);
    }

    [Fact]
    public void Values_GivenOutOfOrder_AreOrderedByEffectiveDate() =>
        Assert.Equal([Date("2007-01-01"), Date("2008-07-01"), Date("2010-01-01")], Rate().Values.Select(v => v.EffectiveFrom));

    [Fact]
    public void Constructor_TwoValuesOnTheSameDay_ThrowsNamingParameterDateAndDecisions()
    {
        var e = Assert.Throws<ArgumentException>(() => new ParameterHistory<decimal>(Name, "kr/månad",
        [
            new DatedValue<decimal>(Date("2007-01-01"), 7000m, Ks98),
            new DatedValue<decimal>(Date("2007-01-01"), 7100m, Ks41),
        ]));
        Assert.Contains(Name, e.Message, StringComparison.Ordinal);
        Assert.Contains("2007-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("KS 2006-11-20 § 98", e.Message, StringComparison.Ordinal);
        Assert.Contains("KS 2008-05-12 § 41", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "kr/månad")]
    [InlineData(" ", "kr/månad")]
    [InlineData("Barnomsorgspeng", "")]
    [InlineData("Barnomsorgspeng", "  ")]
    public void Constructor_BlankNameOrUnit_Throws(string name, string unit) =>
        Assert.Throws<ArgumentException>(() => new ParameterHistory<decimal>(name, unit, []));

    [Fact]
    public void WithValue_NewVersion_LeavesTheOriginalUnchanged()
    {
        var original = Rate();
        var changed = original.WithValue(new DatedValue<decimal>(Date("2012-01-01"), 8100m, Kf7));
        Assert.Equal(3, original.Values.Count);
        Assert.Equal(4, changed.Values.Count);
        Assert.Equal(7700m, original.ValueOn(Date("2012-06-01")).Value);
        Assert.Equal(8100m, changed.ValueOn(Date("2012-06-01")).Value);
        Assert.Equal(original.Name, changed.Name);
        Assert.Equal(original.Unit, changed.Unit);
    }

    [Fact]
    public void WithValue_SameDayAsAnExistingValue_Throws() =>
        Assert.Throws<ArgumentException>(() => Rate().WithValue(new DatedValue<decimal>(Date("2008-07-01"), 1m, Kf7)));

    [Fact]
    public void ToString_History_IsNameAndUnit() =>
        Assert.Equal($"{Name} (kr/månad)", Rate().ToString());

    [Fact]
    public void ValueOn_AnyDate_IsTheLatestValueNotAfterIt() =>
        Gen.Select(Gen.Int[0, 3650].ArrayUnique[1, 20], Gen.Int[-100, 4000]).Sample((offsets, probe) =>
        {
            var start = Date("2000-01-01");
            var history = new ParameterHistory<int>("p", "st", offsets.Select(o => new DatedValue<int>(start.AddDays(o), o, Ks98)));
            var date = start.AddDays(probe);
            var expected = offsets.Where(o => o <= probe).DefaultIfEmpty(-1).Max();
            if (expected < 0)
                Assert.Throws<ParameterNotInForceException>(() => history.ValueOn(date));
            else
                Assert.Equal(expected, history.ValueOn(date).Value);
        });
}
