using Samverka.Kernel;
using Samverka.Rules.FosterCare;

namespace Samverka.Rules.Tests.FosterCare;

internal static class FosterCareTestData
{
    public static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    public static DateRange Range(string from, string to) => new(Day(from), Day(to));

    public static readonly Decision Board = new("Socialnämnden", Day("2024-12-10"), "SN 2024-12-10 § 140", "Godkännande");

    public static HomeStudy CompletedStudy(string completed = "2025-03-01") =>
        new(Day(completed), "Familjen bedöms lämplig för barn 4–12 år.", "Socialnämndens individutskott", Board);

    public static Training CompletedTraining(string completed = "2025-03-15") => new("Ett hem att växa i", 8, Day(completed));

    /// <summary>Inquiry 2025-01-10, first contact 01-20, home study 02-01, training 03-01, approved and available on <paramref name="approved"/>.</summary>
    public static RecruitmentHistory ApprovedHistory(string approved = "2025-04-01", RecruitmentState then = RecruitmentState.Available) =>
        RecruitmentHistory.StartWithInquiry(Day("2025-01-10"))
            .Then(RecruitmentState.FirstContact, "2025-01-20")
            .Then(RecruitmentState.HomeStudy, "2025-02-01")
            .WithHomeStudy(CompletedStudy())
            .Then(RecruitmentState.Training, "2025-03-01")
            .WithTraining(CompletedTraining())
            .Then(RecruitmentState.Approved, approved)
            .Then(then, approved);

    public static RecruitmentHistory Then(this RecruitmentHistory history, RecruitmentState to, string on) =>
        RecruitmentPipeline.Transition("H", history, to, Day(on));

    public static HomeCapacity Takes(int min, int max, int siblingGroup = 1, string[]? languages = null, string[]? needs = null) =>
        new(min, max, siblingGroup > 1, siblingGroup, languages ?? ["svenska"], needs ?? []);

    public static FosterHome Home(string id, HomeCapacity capacity, int places = 1, string municipality = "Borås",
        HomeType type = HomeType.FamilyHome, RecruitmentHistory? history = null) =>
        new(id, type, municipality, places, capacity, history ?? ApprovedHistory());

    public static Placement Placed(string id, string member, string home, string start, string? end, string child = "barn-1") =>
        new(id, member, home, child, Day(start), end is null ? null : Day(end), LegalBasis.SoL);
}
