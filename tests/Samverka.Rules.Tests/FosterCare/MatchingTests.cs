using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class MatchingTests
{
    // Child born 2018-05-10, from 2026-03-01: 7 completed years.
    private static MatchRequest Request(int siblings = 0, Urgency urgency = Urgency.Planned, HomeType wanted = HomeType.FamilyHome,
        string[]? languages = null, string[]? needs = null, string member = "Borås") =>
        new(member, Day("2018-05-10"), siblings, languages ?? ["arabiska"], needs ?? ["trauma"], urgency, Day("2026-03-01"), wanted);

    private static readonly HomeCapacity Arabic4To12Trauma = Takes(4, 12, languages: ["svenska", "Arabiska"], needs: ["trauma", "adhd"]);

    private static (FosterHome[] Homes, Placement[] Placements) Pool()
    {
        FosterHome[] homes =
        [
            Home("A", Arabic4To12Trauma, places: 2),
            Home("B", Takes(0, 12, languages: ["arabiska"]), municipality: "Ulricehamn"),
            Home("C", Arabic4To12Trauma, type: HomeType.EmergencyHome),
            Home("D", Takes(0, 6, languages: ["arabiska"], needs: ["trauma"])),
            Home("E", Arabic4To12Trauma),
            Home("F", Arabic4To12Trauma, history: ApprovedHistory().Then(RecruitmentState.Paused, "2026-01-15")),
            Home("G", Arabic4To12Trauma, places: 2),
        ];
        Placement[] placements =
        [
            Placed("P1", "Mark", "E", "2025-06-01", null),
            Placed("P2", "Borås", "G", "2025-11-01", "2025-12-31"),
        ];
        return (homes, placements);
    }

    [Fact]
    public void Match_Pool_RanksFittingHomesByExplainedScore()
    {
        var (homes, placements) = Pool();
        var result = Matching.Match(Request(), homes, placements);

        Assert.Equal(7, result.ChildAge);
        Assert.Equal(["A", "G", "B"], result.Ranked.Select(r => r.Home.Id));
        Assert.Equal([1, 2, 3], result.Ranked.Select(r => r.Rank));
        Assert.Equal(
            [
                40m + 20m + 5m /* 2 platser − 1 barn = 1 över × 5 */ + 15m + 11m /* 2025-04-01 → 2026-03-01 = 11 mån */,
                40m + 20m + 5m + 15m + 4m /* senaste placering 2025-11-01 → 2026-03-01 = 4 mån */,
                0m + 20m + 0m /* 1 plats, 0 över */ + 0m + 11m,
            ],
            result.Ranked.Select(r => r.Score));
        var a = result.Ranked[0];
        Assert.Equal("Tar emot 4–12 år; har kompetens för trauma; talar arabiska; 2 lediga platser; samma kommun; ingen placering sedan godkännandet 2025-04-01 (11 mån)", a.Explanation);
        Assert.Equal("Poäng 91 = behov 40 av 40 + språk 20 av 20 + kapacitet 5 av 10 + kommun 15 av 15 + väntetid 11 av 15", a.ScoreExplanation);
        Assert.Equal("Tar emot 0–12 år; saknar kompetens för trauma; talar arabiska; 1 ledig plats; annan kommun (Ulricehamn); ingen placering sedan godkännandet 2025-04-01 (11 mån)",
            result.Ranked[2].Explanation);
        Assert.Contains("senaste placering började 2025-11-01 (4 mån sedan)", result.Ranked[1].Reasons);
    }

    [Fact]
    public void Match_Pool_ExcludedHomesCarryTheirReasons()
    {
        var (homes, placements) = Pool();
        var excluded = Matching.Match(Request(), homes, placements).Excluded.ToDictionary(e => e.Home.Id, e => e.Explanation);

        Assert.Equal(["C", "D", "E", "F"], excluded.Keys);
        Assert.Equal("Jourhem, önskad typ familjehem", excluded["C"]);
        Assert.Equal("Tar emot 0–6 år; barnet är 7 år", excluded["D"]);
        Assert.Equal("inga lediga platser; behöver 1", excluded["E"]);
        Assert.Equal("inte tillgänglig 2026-03-01 (vilande)", excluded["F"]);
    }

    [Fact]
    public void Match_EmergencyRequest_MayUseEmergencyHome()
    {
        var (homes, placements) = Pool();
        var result = Matching.Match(Request(urgency: Urgency.Emergency), homes, placements);
        var c = Assert.Single(result.Ranked, r => r.Home.Id == "C");
        Assert.Equal("Tar emot 4–12 år", c.Reasons[0]);
        Assert.Contains("jourhem vid akut placering (önskad typ familjehem)", c.Reasons);
    }

    [Fact]
    public void Match_EmergencyHomeForUrgentButNotEmergencyRequest_IsExcluded()
    {
        var (homes, placements) = Pool();
        Assert.Contains(Matching.Match(Request(urgency: Urgency.Urgent), homes, placements).Excluded, e => e.Home.Id == "C");
    }

    [Theory]
    [InlineData(2, 2, "tar emot syskongrupper om högst 2; gruppen är 3; 2 lediga platser; behöver 3")]
    [InlineData(1, 3, "tar inte emot syskon")]
    [InlineData(3, 2, "2 lediga platser; behöver 3")]
    public void Match_SiblingGroupOfThree_NeedsSiblingsAcceptedAndPlaces(int group, int places, string reason)
    {
        var home = Home("S", Takes(4, 12, siblingGroup: group, languages: ["arabiska"], needs: ["trauma"]), places: places);
        var result = Matching.Match(Request(siblings: 2), [home], []);
        Assert.Equal(reason, Assert.Single(result.Excluded).Explanation);
    }

    [Fact]
    public void Match_SiblingGroupThatFits_SaysSo()
    {
        var home = Home("S", Takes(4, 12, siblingGroup: 3, languages: ["arabiska"], needs: ["trauma"]), places: 3);
        var ranked = Assert.Single(Matching.Match(Request(siblings: 2), [home], []).Ranked);
        Assert.Equal(["Tar emot 4–12 år", "tar emot syskongrupp om 3"], ranked.Reasons.Take(2));
        Assert.Equal(0m /* 3 platser − 3 barn */, ranked.Parts.Single(p => p.Key == "capacity").Points);
    }

    [Fact]
    public void Match_BookedPlacementStartingLater_TakesThePlace()
    {
        var home = Home("B", Arabic4To12Trauma);
        var result = Matching.Match(Request(), [home], [Placed("P", "Mark", "B", "2026-04-01", null)]);
        Assert.Equal("inga lediga platser; behöver 1", Assert.Single(result.Excluded).Explanation);
    }

    [Fact]
    public void Match_PlacementEndedTheDayBefore_FreesThePlace()
    {
        var home = Home("B", Arabic4To12Trauma);
        var result = Matching.Match(Request(), [home], [Placed("P", "Mark", "B", "2025-05-01", "2026-02-28")]);
        Assert.Single(result.Ranked);
    }

    [Theory]
    [InlineData(RecruitmentState.Approved, "godkänd men inte anmäld som tillgänglig 2026-03-01")]
    [InlineData(RecruitmentState.Paused, "inte tillgänglig 2026-03-01 (vilande)")]
    [InlineData(RecruitmentState.Ended, "inte tillgänglig 2026-03-01 (avslutad)")]
    public void Match_HomeNotAvailableOnTheFromDate_IsExcluded(RecruitmentState state, string reason)
    {
        var history = RecruitmentHistory.StartWithInquiry(Day("2025-01-10"))
            .Then(RecruitmentState.FirstContact, "2025-01-20").Then(RecruitmentState.HomeStudy, "2025-02-01").WithHomeStudy(CompletedStudy())
            .Then(RecruitmentState.Training, "2025-03-01").WithTraining(CompletedTraining())
            .Then(RecruitmentState.Approved, "2025-04-01");
        if (state != RecruitmentState.Approved) history = history.Then(RecruitmentState.Available, "2025-04-01").Then(state, "2026-01-01");
        var result = Matching.Match(Request(), [Home("X", Arabic4To12Trauma, history: history)], []);
        Assert.Equal(reason, Assert.Single(result.Excluded).Explanation);
    }

    [Fact]
    public void Match_HomeStillInTraining_IsExcludedAsNotApproved()
    {
        var history = RecruitmentHistory.StartWithInquiry(Day("2025-10-01")).Then(RecruitmentState.FirstContact, "2025-10-05")
            .Then(RecruitmentState.HomeStudy, "2025-11-01").Then(RecruitmentState.Training, "2026-02-01");
        var result = Matching.Match(Request(), [Home("T", Arabic4To12Trauma, history: history)], []);
        Assert.Equal("inte godkänd 2026-03-01 (utbildning)", Assert.Single(result.Excluded).Explanation);
    }

    [Fact]
    public void Match_EqualScores_TieBrokenByHomeId()
    {
        var result = Matching.Match(Request(), [Home("H2", Arabic4To12Trauma), Home("H10", Arabic4To12Trauma), Home("H1", Arabic4To12Trauma)], []);
        Assert.Equal(["H1", "H10", "H2"] /* ordinal */, result.Ranked.Select(r => r.Home.Id));
    }

    [Fact]
    public void Match_PartialCover_ScoresProRata()
    {
        var request = Request(languages: ["arabiska", "tigrinja"], needs: ["trauma", "adhd", "autism"]);
        var ranked = Assert.Single(Matching.Match(request, [Home("A", Arabic4To12Trauma)], []).Ranked);
        Assert.Equal(40m * 2 / 3 /* trauma och adhd av 3 behov = 26,666… */, ranked.Parts.Single(p => p.Key == "needs").Points);
        Assert.Equal(20m * 1 / 2, ranked.Parts.Single(p => p.Key == "language").Points);
        Assert.Contains("har kompetens för trauma och adhd, inte för autism", ranked.Reasons);
        Assert.Contains("talar arabiska, inte tigrinja", ranked.Reasons);
    }

    [Fact]
    public void Match_NoNeedsOrLanguagesAsked_LeavesThoseParts()
    {
        var ranked = Assert.Single(Matching.Match(Request(languages: [], needs: []), [Home("A", Arabic4To12Trauma)], []).Ranked);
        Assert.Equal(["capacity", "municipality", "waiting"], ranked.Parts.Select(p => p.Key));
    }

    [Fact]
    public void Match_TwoHomesWithTheSameId_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => Matching.Match(Request(), [Home("A", Arabic4To12Trauma), Home("A", Arabic4To12Trauma)], []));
        Assert.Equal("home A", Assert.Single(ex.Problems).Source);
    }

    [Theory]
    [InlineData("2018-05-10", "2026-03-01", 7)]
    [InlineData("2018-03-01", "2026-03-01", 8 /* the birthday itself */)]
    [InlineData("2018-03-02", "2026-03-01", 7)]
    public void Request_ChildAge_IsCompletedYearsOnTheFromDate(string birth, string from, int age) =>
        Assert.Equal(age, new MatchRequest("M", Day(birth), 0, [], [], Urgency.Planned, Day(from), HomeType.FamilyHome).ChildAge);
}
