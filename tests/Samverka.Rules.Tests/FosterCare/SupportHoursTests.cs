using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class SupportHoursTests
{
    // H1: Borås has two children (P1 from 2026-01-01, P2 2026-02-01..2026-03-31), Mark one (P3 from 2026-03-01).
    private static readonly Placement[] InHome =
    [
        Placed("P1", "Borås", "H1", "2026-01-01", null, "barn-1"),
        Placed("P2", "Borås", "H1", "2026-02-01", "2026-03-31", "barn-2"),
        Placed("P3", "Mark", "H1", "2026-03-01", null, "barn-3"),
        Placed("P4", "Vara", "H2", "2026-01-01", null, "barn-4"),
    ];

    [Theory]
    // one child of Borås on the day: all hours to Borås
    [InlineData("2026-01-15", 2.5, 2.5, 0)]
    // two children of Borås: still all to Borås
    [InlineData("2026-02-15", 3, 3, 0)]
    // Borås 2 children, Mark 1: 2/3 and 1/3 of 2.5 h = 1.666… and 0.833…; rounded down 1.66 + 0.83 = 2.49, the hundredth
    // left goes to the larger remainder (Borås .666 > Mark .333)
    [InlineData("2026-03-31", 2.5, 1.66 + 0.01, 0.83)]
    // the end day of P2 is placed; the day after it Borås has one child and Mark one: 1/2 each
    [InlineData("2026-04-01", 2.5, 2.5 / 2, 2.5 / 2)]
    // 0.01 h between two equal shares: the tie goes to the lower member id (Borås < Mark, ordinal)
    [InlineData("2026-04-01", 0.01, 0.01, 0)]
    public void Attribute_SplitsByChildrenPlacedOnTheDay(string day, double hours, double boras, double mark)
    {
        var result = SupportHoursRule.Attribute("H1", Day(day), (decimal)hours, InHome);
        var booked = result.Entries.ToDictionary(e => e.MemberId, e => e.Hours);
        Assert.Equal((decimal)boras, booked.GetValueOrDefault("Borås"));
        Assert.Equal((decimal)mark, booked.GetValueOrDefault("Mark"));
        Assert.False(booked.ContainsKey("Vara")); // Vara's child lives in H2
        Assert.Equal((decimal)hours, result.Entries.Sum(e => e.Hours));
    }

    [Fact]
    public void Attribute_TwoMembers_ExplainsTheSplitInSwedish()
    {
        var result = SupportHoursRule.Attribute("H1", Day("2026-03-31"), 2.5m, InHome, id => id + " kommun");
        Assert.Equal("2,5 h 2026-03-31: Borås kommun 2 av 3 barn = 1,67 h, Mark kommun 1 av 3 barn = 0,83 h", result.Explanation);
    }

    [Fact]
    public void Attribute_NoChildPlacedOnTheDay_BooksNothing()
    {
        var result = SupportHoursRule.Attribute("H1", Day("2025-12-31"), 4m, InHome);
        Assert.Empty(result.Entries);
        Assert.Equal("4 h 2025-12-31: inget barn placerat i hemmet den dagen; timmarna bokas inte på någon medlem.", result.Explanation);
    }

    [Fact]
    public void Attribute_BadHours_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SupportHoursRule.Attribute("H1", Day("2026-01-15"), -1m, InHome));
        Assert.Throws<ArgumentException>(() => SupportHoursRule.Attribute("H1", Day("2026-01-15"), 1.005m, InHome));
    }

    [Theory]
    [InlineData(UsageMeasure.PlacementDays, 31 /* P1 2026-01-01..31 */ + 0)]
    [InlineData(UsageMeasure.PlacementCount, 1)]
    [InlineData(UsageMeasure.SupportHours, 2.5 + 1)]
    public void ValueOf_TheChosenMeasure_IsTheMeteredNumber(UsageMeasure measure, double expected)
    {
        SupportHoursEntry[] hours = [new("Borås", "H1", Day("2026-01-02"), 2.5m), new("Borås", "H1", Day("2026-01-31"), 1m), new("Borås", "H1", Day("2026-02-01"), 9m)];
        var usage = UsageMetering.Measure(Range("2026-01-01", "2026-01-31"), InHome, hours, ["Borås"]).Single(u => u.MemberId == "Borås");
        Assert.Equal((decimal)expected, usage.ValueOf(measure));
    }

    private static readonly string[] Members = ["Borås", "Mark", "Vara"];

    [Fact]
    public void Attribute_BooksExactlyTheHours_ToMembersWithAChildThere() =>
        Gen.Select(Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 60], Gen.Int[0, 60]).Array[0, 8], Gen.Int[0, 90], Gen.Int[0, 2400])
            .Sample((rows, dayOffset, hundredths) =>
            {
                var origin = Day("2026-01-01");
                var placements = rows.Select((r, i) => new Placement($"P{i}", Members[r.Item1], $"H{r.Item2}", $"barn-{i}", origin.AddDays(r.Item3), origin.AddDays(r.Item3 + r.Item4), LegalBasis.SoL)).ToArray();
                var day = origin.AddDays(dayOffset);
                var hours = hundredths / 100m;
                var result = SupportHoursRule.Attribute("H0", day, hours, placements);
                var there = placements.Where(p => p.HomeId == "H0" && p.Days.Contains(day)).ToArray();
                Assert.Equal(there.Length == 0 ? 0m : hours, result.Entries.Sum(e => e.Hours));
                Assert.Equal(there.Select(p => p.MemberId).Distinct().OrderBy(m => m, StringComparer.Ordinal), result.Entries.Select(e => e.MemberId));
                Assert.All(result.Entries, e => Assert.True(e.Hours >= 0 && e.Hours == Math.Round(e.Hours, 2)));
            }, iter: 1000);
}
