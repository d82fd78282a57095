using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class PlacementRulesTests
{
    [Fact]
    public void Validate_ThreeOverlappingInTwoPlaces_IsRefusedNamingThePlacements()
    {
        var home = Home("H1", Takes(0, 17), places: 2);
        Placement[] placements =
        [
            Placed("P1", "Borås", "H1", "2026-01-01", "2026-06-30"),
            Placed("P2", "Mark", "H1", "2026-02-01", null, "barn-2"),
            Placed("P3", "Borås", "H1", "2026-03-01", "2026-03-10", "barn-3"),
        ];
        var problem = Assert.Single(PlacementRules.Validate([home], placements));
        Assert.Equal(("home H1", "places"), (problem.Source, problem.Field));
        Assert.Equal("placements P1, P2, P3 overlap on 2026-03-01..2026-03-10: 3 children at once in a home with 2 places", problem.Message);
        Assert.Throws<InputProblemsException>(() => PlacementRules.EnsureValid([home], placements));
    }

    [Theory]
    [InlineData("2026-03-31", "2026-04-01", true /* back to back: the end day is the last day placed */)]
    [InlineData("2026-04-01", "2026-04-01", false /* end inclusive: both placed on 2026-04-01 */)]
    public void Validate_OnePlaceAndConsecutivePlacements_RefusedOnlyWhenADayIsShared(string firstEnd, string secondStart, bool accepted)
    {
        var home = Home("H1", Takes(0, 17));
        Placement[] placements = [Placed("P1", "Borås", "H1", "2026-01-01", firstEnd), Placed("P2", "Borås", "H1", secondStart, null, "barn-2")];
        Assert.Equal(accepted, PlacementRules.Validate([home], placements).Count == 0);
    }

    [Theory]
    [InlineData("2025-03-20", "home H1 is not approved on the start day 2025-03-20: it is Utbildning (Training)")]
    [InlineData("2025-01-05", "home H1 is not approved on the start day 2025-01-05: it has no recruitment step yet")]
    [InlineData("2026-02-01", "home H1 is not approved on the start day 2026-02-01: it is Vilande (Paused)")]
    public void Validate_HomeNotApprovedOnTheStartDay_IsRefused(string start, string message)
    {
        var home = Home("H1", Takes(0, 17), history: ApprovedHistory().Then(RecruitmentState.Paused, "2026-01-15"));
        var problem = Assert.Single(PlacementRules.Validate([home], [Placed("P1", "Borås", "H1", start, null)]));
        Assert.Equal(("placement P1", "home_id", message), (problem.Source, problem.Field, problem.Message));
    }

    [Fact]
    public void Validate_UnknownHomeAndDuplicateId_AreRefused()
    {
        var problems = PlacementRules.Validate([Home("H1", Takes(0, 17), places: 3)],
            [Placed("P1", "Borås", "H9", "2026-01-01", null), Placed("P1", "Borås", "H1", "2026-01-01", null)]);
        Assert.Equal(["id", "home_id"], problems.Select(p => p.Field));
        Assert.Equal("home H9 is not in the pool", problems[1].Message);
    }

    [Fact]
    public void Placement_ChildRefThatIsAPersonnummer_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Placed("P1", "Borås", "H1", "2026-01-01", null, child: "19121212-1212"));

    [Fact]
    public void Placement_EndBeforeStart_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Placed("P1", "Borås", "H1", "2026-01-02", "2026-01-01"));
}

public class UsageMeteringTests
{
    [Theory]
    // across the year end: 2025-12-20..31 = 12 days, 2026-01-01..10 = 10 days
    [InlineData("2025-12-20", "2026-01-10", "2025-01-01", "2025-12-31", 12)]
    [InlineData("2025-12-20", "2026-01-10", "2026-01-01", "2026-12-31", 10)]
    // a one-day placement counts one day
    [InlineData("2026-05-05", "2026-05-05", "2026-01-01", "2026-12-31", 1)]
    // open-ended from 2026-03-01: 365 − (31 + 28) = 306
    [InlineData("2026-03-01", null, "2026-01-01", "2026-12-31", 306)]
    // wholly outside
    [InlineData("2024-01-01", "2024-12-31", "2025-01-01", "2025-12-31", 0)]
    // leap year 2024, whole year
    [InlineData("2023-07-01", null, "2024-01-01", "2024-12-31", 366)]
    public void PlacementDays_ClippedToThePeriod_CountsInclusively(string start, string? end, string from, string to, int days)
    {
        var usage = UsageMetering.Measure(Range(from, to), [Placed("P1", "Borås", "H1", start, end)], [], ["Borås"]);
        Assert.Equal(days, Assert.Single(usage).PlacementDays);
    }

    [Fact]
    public void Measure_TwoMembers_GivesDaysCountAndHoursPerMember()
    {
        Placement[] placements =
        [
            Placed("P1", "Borås", "H1", "2025-12-20", "2026-01-10"),
            Placed("P2", "Borås", "H2", "2026-01-05", null, "barn-2"),
            Placed("P3", "Mark", "H1", "2026-02-01", "2026-02-28", "barn-3"),
        ];
        SupportHoursEntry[] hours =
        [
            new("Borås", "H1", Day("2026-01-02"), 1.5m), new("Borås", "H2", Day("2026-01-31"), 2m),
            new("Borås", "H2", Day("2026-02-01"), 4m), new("Mark", null, Day("2026-01-15"), 3m),
        ];
        var usage = UsageMetering.Measure(Range("2026-01-01", "2026-01-31"), placements, hours, ["Mark", "Vara"]);

        Assert.Equal(["Borås", "Mark", "Vara"], usage.Select(u => u.MemberId));
        var boras = usage[0];
        Assert.Equal(10 /* P1 01-01..01-10 */ + 27 /* P2 01-05..01-31 */, boras.PlacementDays);
        Assert.Equal(2, boras.PlacementCount);
        Assert.Equal(1.5m + 2m /* 02-01 is outside */, boras.SupportHours);
        Assert.Equal("2026-01-01..2026-01-31: 37 placeringsdygn i 2 placeringar, 3,5 stödtimmar", boras.Explanation);
        Assert.Equal((0, 0, 3m), (usage[1].PlacementDays, usage[1].PlacementCount, usage[1].SupportHours) /* P3 is in February */);
        Assert.Equal(0, usage[2].PlacementDays);
    }

    [Fact]
    public void PlacementDays_PerMember_LeavesMembersWithoutDays()
    {
        var days = UsageMetering.PlacementDays(Range("2026-01-01", "2026-12-31"), [Placed("P1", "Borås", "H1", "2026-12-31", null)]);
        Assert.Equal(new Dictionary<string, int> { ["Borås"] = 1 }, days);
    }
}
