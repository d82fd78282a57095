using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Agreements;

namespace Samverka.Rules.Tests.Agreements;

public class MemberAgreementTests
{
    private static DateOnly Day(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");

    [Theory]
    // spec: E_0 = 2019-01-01 + 5 y − 1 d = 2023-12-31; earliest 2023-01-01 + 12 m = 2024-01-01 > E_0 → E_1 = 2019-01-01 + 10 y − 1 d
    [InlineData("2019-01-01", 5, 12, 5, "2023-01-01", "2028-12-31")]
    // notice exactly on the boundary: 2022-12-31 + 12 m = 2023-12-31 = E_0
    [InlineData("2019-01-01", 5, 12, 5, "2022-12-31", "2023-12-31")]
    // notice on the start day: earliest 2020-01-01 ≤ E_0
    [InlineData("2019-01-01", 5, 12, 5, "2019-01-01", "2023-12-31")]
    // two renewals on: 2029-06-30 + 12 m = 2030-06-30 > E_1 2028-12-31 → E_2 = 2033-12-31
    [InlineData("2019-01-01", 5, 12, 5, "2029-06-30", "2033-12-31")]
    // rolling (R = 0), notice early: the later of E_0 2023-12-31 and 2021-01-01
    [InlineData("2019-01-01", 5, 12, 0, "2020-01-01", "2023-12-31")]
    // rolling, notice after the initial term: 2025-06-15 + 12 m
    [InlineData("2019-01-01", 5, 12, 0, "2025-06-15", "2026-06-15")]
    // rolling, earliest end exactly E_0
    [InlineData("2019-01-01", 5, 12, 0, "2022-12-31", "2023-12-31")]
    // leap day start: E_0 = 2020-02-29 + 4 y − 1 d = 2024-02-28; 2023-11-28 + 3 m = 2024-02-28 → E_0
    [InlineData("2020-02-29", 4, 3, 4, "2023-11-28", "2024-02-28")]
    // one day later: 2023-11-29 + 3 m = 2024-02-29 > E_0 → E_1 = 2020-02-29 + 8 y − 1 d = 2028-02-28
    [InlineData("2020-02-29", 4, 3, 4, "2023-11-29", "2028-02-28")]
    // leap day start, odd term: 2020-02-29 + 5 y = 2025-02-28 (AddYears clamps), − 1 d = 2025-02-27
    [InlineData("2020-02-29", 5, 1, 1, "2020-03-01", "2025-02-27")]
    // month-end clamp: 2020-01-31 + 1 m = 2020-02-29 = E_0 (start 2019-03-01 + 1 y − 1 d)
    [InlineData("2019-03-01", 1, 1, 1, "2020-01-31", "2020-02-29")]
    // no notice period: notice on E_0 itself ends then
    [InlineData("2019-01-01", 5, 0, 5, "2023-12-31", "2023-12-31")]
    public void EndOnNotice_TableOfDates(string start, int term, int notice, int renewal, string noticeDate, string expected)
    {
        var end = new MemberAgreement(Day(start), term, notice, renewal).EndOnNotice(Day(noticeDate));
        Assert.Equal(Day(expected), end.End);
        Assert.Equal(Day(noticeDate).AddMonths(notice), end.EarliestEnd);
    }

    [Fact]
    public void EndOnNotice_SpecExample_ExplainsItselfInSwedish()
    {
        var end = new MemberAgreement(Day("2019-01-01"), 5, 12, 5).EndOnNotice(Day("2023-01-01"));
        Assert.Equal(1, end.TermIndex);
        Assert.Equal(
            "Uppsägning 2023-01-01 med 12 månaders uppsägningstid ger tidigast slut 2024-01-01. " +
            "Avtalet började 2019-01-01 med 5 års avtalsperiod (till 2023-12-31) och förlängs med 5 år i taget. " +
            "Första periodslut på eller efter 2024-01-01 är 2028-12-31 (förlängning 1): avtalet upphör 2028-12-31.",
            end.Explanation);
    }

    [Fact]
    public void EndOnNotice_BeforeStart_IsInvalid()
    {
        var agreement = new MemberAgreement(Day("2019-01-01"), 5, 12, 5);
        var e = Assert.Throws<InputProblemsException>(() => agreement.EndOnNotice(Day("2018-12-31")));
        Assert.Equal(("agreement", "notice_date"), (e.Problems[0].Source, e.Problems[0].Field));
    }

    [Theory]
    [InlineData(0, 12, 5, "term_years")]
    [InlineData(5, -1, 5, "notice_months")]
    [InlineData(5, 12, -1, "renewal_years")]
    public void Constructor_OutOfRange_NamesTheField(int term, int notice, int renewal, string field)
    {
        var e = Assert.Throws<InputProblemsException>(() => new MemberAgreement(Day("2019-01-01"), term, notice, renewal));
        Assert.Equal(field, Assert.Single(e.Problems).Field);
    }

    [Theory]
    [InlineData("2019-01-01", 5, "2018-06-01", "2023-12-31")] // before the start: the first term
    [InlineData("2019-01-01", 5, "2023-12-31", "2023-12-31")] // the last day of the first term
    [InlineData("2019-01-01", 5, "2024-01-01", "2028-12-31")] // the first day of the first renewal
    [InlineData("2019-01-01", 0, "2023-12-31", "2023-12-31")] // rolling, still in the first term
    [InlineData("2019-01-01", 0, "2024-01-01", null)]         // rolling, past the first term: no fixed end
    public void BoundUntil_GivesTheCurrentTermEnd(string start, int renewal, string asOf, string? expected)
    {
        var binding = new MemberAgreement(Day(start), 5, 12, renewal).BoundUntil(Day(asOf));
        Assert.Equal(expected is null ? null : Day(expected), binding.TermEnd);
        Assert.False(string.IsNullOrWhiteSpace(binding.Explanation));
    }

    [Theory]
    [InlineData("2019-01-01", 5, 12, 5, 0, "2022-12-31")]
    [InlineData("2019-01-01", 5, 12, 5, 1, "2027-12-31")]
    // E_0 = 2020-02-29: both 2020-01-30 and 2020-01-31 + 1 m give 2020-02-29; the later is the last day
    [InlineData("2019-03-01", 1, 1, 1, 0, "2020-01-31")]
    // E_0 = 2024-02-28 (leap start): 2023-11-28 + 3 m = 2024-02-28; 2023-11-29 gives 2024-02-29
    [InlineData("2020-02-29", 4, 3, 4, 0, "2023-11-28")]
    // notice period longer than the term: no notice day reaches E_0
    [InlineData("2019-01-01", 1, 18, 1, 0, null)]
    public void NoticeDeadline_IsTheLastDayThatReachesTheTermEnd(string start, int term, int notice, int renewal, int k, string? expected)
    {
        var deadline = new MemberAgreement(Day(start), term, notice, renewal).NoticeDeadlineFor(k);
        Assert.Equal(expected is null ? null : Day(expected), deadline.LastNoticeDay);
    }

    [Fact]
    public void NoticeDeadline_NoticeThatDayEndsAtTheTermEnd_AndADayLaterDoesNot() =>
        Gen.Select(Gen.Int[0, 3000], Gen.Int[1, 10], Gen.Int[0, 36], Gen.Int[0, 6], Gen.Int[0, 4])
            .Sample((startOffset, term, notice, renewal, kRaw) =>
            {
                var agreement = new MemberAgreement(new DateOnly(2016, 1, 1).AddDays(startOffset), term, notice, renewal);
                var k = renewal == 0 ? 0 : kRaw;
                var deadline = agreement.NoticeDeadlineFor(k);
                if (deadline.LastNoticeDay is not { } last)
                {
                    Assert.True(agreement.EndOnNotice(agreement.Start).End > deadline.TermEnd);
                    return;
                }
                Assert.Equal(deadline.TermEnd, agreement.EndOnNotice(last).End);
                Assert.True(agreement.EndOnNotice(last.AddDays(1)).End > deadline.TermEnd);
            }, iter: 3000);
}
