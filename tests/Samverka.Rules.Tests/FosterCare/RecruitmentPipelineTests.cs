using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class RecruitmentPipelineTests
{
    private static RecruitmentHistory InTraining(HomeStudy? study, Training? training)
    {
        var h = RecruitmentHistory.StartWithInquiry(Day("2025-01-10"))
            .Then(RecruitmentState.FirstContact, "2025-01-20")
            .Then(RecruitmentState.HomeStudy, "2025-02-01")
            .Then(RecruitmentState.Training, "2025-03-01");
        if (study is not null) h = h.WithHomeStudy(study);
        if (training is not null) h = h.WithTraining(training);
        return h;
    }

    [Fact]
    public void Transition_WholePipeline_RecordsEveryDatedStep()
    {
        var h = ApprovedHistory("2025-04-01").Then(RecruitmentState.Occupied, "2025-05-01").Then(RecruitmentState.Available, "2025-09-01")
            .Then(RecruitmentState.Paused, "2025-10-01").Then(RecruitmentState.Available, "2026-01-01").Then(RecruitmentState.Ended, "2026-06-30");
        Assert.Equal(
            [RecruitmentState.Inquiry, RecruitmentState.FirstContact, RecruitmentState.HomeStudy, RecruitmentState.Training, RecruitmentState.Approved,
             RecruitmentState.Available, RecruitmentState.Occupied, RecruitmentState.Available, RecruitmentState.Paused, RecruitmentState.Available, RecruitmentState.Ended],
            h.Steps.Select(s => s.State));
        Assert.Equal(RecruitmentState.Paused, h.StateOn(Day("2025-12-31")));
        Assert.Null(h.StateOn(Day("2025-01-09")));
        Assert.False(h.IsApprovedOn(Day("2025-10-15")) /* vilande */);
        Assert.True(h.IsApprovedOn(Day("2025-04-01")));
    }

    [Theory]
    [InlineData(RecruitmentState.Inquiry, RecruitmentState.Available, "cannot become Tillgänglig (Available) before approved: the home is Intresseanmälan (Inquiry)")]
    [InlineData(RecruitmentState.Training, RecruitmentState.Available, "cannot become Tillgänglig (Available) before approved: the home is Utbildning (Training)")]
    [InlineData(RecruitmentState.HomeStudy, RecruitmentState.Occupied, "cannot become Placerad (Occupied) before approved")]
    [InlineData(RecruitmentState.FirstContact, RecruitmentState.Training, "cannot go from Första kontakt (FirstContact) to Utbildning (Training); allowed next: Familjehemsutredning (HomeStudy), Avslutad (Ended)")]
    [InlineData(RecruitmentState.Inquiry, RecruitmentState.Approved, "cannot go from Intresseanmälan (Inquiry) to Godkänd (Approved)")]
    [InlineData(RecruitmentState.HomeStudy, RecruitmentState.Inquiry, "cannot go back to Intresseanmälan (Inquiry)")]
    [InlineData(RecruitmentState.HomeStudy, RecruitmentState.HomeStudy, "the home is already Familjehemsutredning (HomeStudy)")]
    public void Transition_Illegal_IsRefusedWithItsReason(RecruitmentState from, RecruitmentState to, string message)
    {
        var h = RecruitmentHistory.StartWithInquiry(Day("2025-01-10"));
        foreach (var s in new[] { RecruitmentState.FirstContact, RecruitmentState.HomeStudy, RecruitmentState.Training }.Where(s => s <= from))
            h = h.Then(s, "2025-02-01");
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H7", h, to, Day("2025-03-01")));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("home H7", problem.Source);
        Assert.Equal("state", problem.Field);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Transition_FromEnded_IsRefusedAsFinal()
    {
        var h = ApprovedHistory().Then(RecruitmentState.Ended, "2025-06-01");
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", h, RecruitmentState.Available, Day("2025-07-01")));
        Assert.Contains("Avslutad is final", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Transition_PausedToOccupied_MustBecomeAvailableFirst()
    {
        var h = ApprovedHistory().Then(RecruitmentState.Paused, "2025-06-01");
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", h, RecruitmentState.Occupied, Day("2025-07-01")));
        Assert.Contains("allowed next: Tillgänglig (Available), Avslutad (Ended)", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Transition_DatedBeforeTheCurrentStep_IsRefused()
    {
        var h = InTraining(CompletedStudy(), CompletedTraining());
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", h, RecruitmentState.Approved, Day("2025-02-28")));
        var problem = ex.Problems.First(p => p.Field == "date");
        Assert.Equal("the step to Godkänd (Approved) is dated 2025-02-28, before the current step Utbildning (Training) began on 2025-03-01; dates may not go backwards", problem.Message);
    }

    [Fact]
    public void Transition_SameDayAsCurrentStep_IsAllowed()
    {
        var h = RecruitmentHistory.StartWithInquiry(Day("2025-01-10")).Then(RecruitmentState.FirstContact, "2025-01-10");
        Assert.Equal(RecruitmentState.FirstContact, h.StateOn(Day("2025-01-10")) /* the later step of the day wins */);
    }

    [Fact]
    public void Approval_WithoutHomeStudyOrTraining_ListsBoth()
    {
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", InTraining(null, null), RecruitmentState.Approved, Day("2025-04-01")));
        Assert.Equal(["home_study", "training"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Approval_StudyWithoutAssessmentOrDecider_IsRefused()
    {
        var study = new HomeStudy(Day("2025-03-01"), " ", "", null);
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", InTraining(study, CompletedTraining()), RecruitmentState.Approved, Day("2025-04-01")));
        Assert.Equal(["assessment", "decided_by"], ex.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(null, "2025-03-15", "home_study", "approval requires a completed home study; the home study is not completed")]
    [InlineData("2025-04-02", "2025-03-15", "home_study", "approval on 2025-04-01 requires a completed home study; it is completed only on 2025-04-02")]
    [InlineData("2025-03-01", null, "training", "approval requires a completed training; 'Ett hem att växa i' is not completed")]
    [InlineData("2025-03-01", "2025-04-02", "training", "approval on 2025-04-01 requires a completed training; 'Ett hem att växa i' is completed only on 2025-04-02")]
    public void Approval_StudyOrTrainingNotCompletedByTheApprovalDay_IsRefused(string? studyDone, string? trainingDone, string field, string message)
    {
        var study = new HomeStudy(studyDone is null ? null : Day(studyDone), "Lämplig", "IU", null);
        var training = new Training("Ett hem att växa i", 6, trainingDone is null ? null : Day(trainingDone));
        var ex = Assert.Throws<InputProblemsException>(() => RecruitmentPipeline.Transition("H", InTraining(study, training), RecruitmentState.Approved, Day("2025-04-01")));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((field, message), (problem.Field, problem.Message));
    }

    [Fact]
    public void Replay_StoredStepsWithAnIllegalJump_IsRefused()
    {
        RecruitmentStep[] steps = [new(RecruitmentState.Inquiry, Day("2025-01-10"), ""), new(RecruitmentState.Available, Day("2025-02-01"), "")];
        Assert.Throws<InputProblemsException>(() => RecruitmentHistory.Replay("H", steps, null, null));
    }

    [Fact]
    public void Replay_StoredLegalSteps_GivesTheSameHistory()
    {
        var original = ApprovedHistory();
        var replayed = RecruitmentHistory.Replay("H", original.Steps, original.HomeStudy, original.Training);
        Assert.Equal(original.Steps, replayed.Steps);
    }

    [Fact]
    public void LeadTimes_ThreeHomes_GiveMedianAndMaxOfCompletedSteps()
    {
        // Home study lasted 2025-02-01 → 03-01 = 28 days (A), 02-01 → 04-15 = 73 days (B); C is still in it.
        var a = Home("A", Takes(0, 17), history: ApprovedHistory());
        var b = Home("B", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-01-10"))
            .Then(RecruitmentState.FirstContact, "2025-01-12").Then(RecruitmentState.HomeStudy, "2025-02-01").Then(RecruitmentState.Training, "2025-04-15"));
        var c = Home("C", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-01-01"))
            .Then(RecruitmentState.FirstContact, "2025-01-05").Then(RecruitmentState.HomeStudy, "2025-01-15"));

        var lead = RecruitmentPipeline.LeadTimes([a, b, c], Day("2025-06-01")).ToDictionary(l => l.State);

        var study = lead[RecruitmentState.HomeStudy];
        Assert.Equal(2, study.Completed);
        Assert.Equal((28m + 73m) / 2 /* = 50,5 */, study.MedianDays);
        Assert.Equal(73, study.MaxDays);
        Assert.Equal(["B", "A"], study.Durations.Select(d => d.HomeId));
        var contact = lead[RecruitmentState.FirstContact]; // A 12, B 20, C 10 days
        Assert.Equal((3, 12m, 20), (contact.Completed, contact.MedianDays, contact.MaxDays));
        Assert.Null(lead[RecruitmentState.Paused].MedianDays);
        Assert.DoesNotContain(RecruitmentState.Ended, lead.Keys);
    }

    [Fact]
    public void LeadTimes_StepsAfterTheDayAsked_AreIgnored()
    {
        var a = Home("A", Takes(0, 17), history: ApprovedHistory());
        var lead = RecruitmentPipeline.LeadTimes([a], Day("2025-02-15")).ToDictionary(l => l.State);
        Assert.Equal(1, lead[RecruitmentState.FirstContact].Completed);
        Assert.Equal(0, lead[RecruitmentState.HomeStudy].Completed /* still current on 2025-02-15 */);
    }

    [Fact]
    public void Stalled_HomesOverTheirStepsThreshold_AreListedLongestFirst()
    {
        var thresholds = new Dictionary<RecruitmentState, int> { [RecruitmentState.HomeStudy] = 90 };
        var inStudy = Home("S", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-01-01"))
            .Then(RecruitmentState.FirstContact, "2025-01-05").Then(RecruitmentState.HomeStudy, "2025-01-10"));
        var exactly = Home("X", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-04-01")).Then(RecruitmentState.FirstContact, "2025-04-02").Then(RecruitmentState.HomeStudy, "2025-04-15"));
        var newInquiry = Home("N", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-06-20")));
        var available = Home("A", Takes(0, 17));

        var stalled = RecruitmentPipeline.Stalled([available, exactly, inStudy, newInquiry], Day("2025-07-14"), thresholds);

        var s = Assert.Single(stalled); // X: 2025-04-15 → 07-14 = 90 days, not more than 90; N: inquiry has no threshold here
        Assert.Equal("S", s.HomeId);
        Assert.Equal(185 /* 2025-01-10 → 07-14: 21 + 28 + 31 + 30 + 31 + 30 + 14 */, s.Days);
        Assert.Equal("Familjehemsutredning sedan 2025-01-10: 185 dagar, gräns 90 dagar", s.Explanation);
    }

    [Fact]
    public void Stalled_InquiryOverThreshold_IsListed()
    {
        var thresholds = new Dictionary<RecruitmentState, int> { [RecruitmentState.Inquiry] = 14 };
        var newInquiry = Home("N", Takes(0, 17), history: RecruitmentHistory.StartWithInquiry(Day("2025-06-20")));
        Assert.Equal(24 /* 06-20 → 07-14 */, Assert.Single(RecruitmentPipeline.Stalled([newInquiry], Day("2025-07-14"), thresholds)).Days);
    }
}
