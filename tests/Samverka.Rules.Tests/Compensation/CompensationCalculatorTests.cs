using Samverka.Kernel;
using Samverka.Rules.Compensation;
using static Samverka.Rules.Tests.Compensation.CompensationFixtures;

namespace Samverka.Rules.Tests.Compensation;

// Each case is one child; expected amounts are written as their derivation. Rates: 2007-01 (KS 2006-12-11 § 201)
// 0-3 år 9 800,00, 4-5 år 7 250,00; 2007-07 (KS 2007-06-14 § 98) 0-3 år 10 120,00, 4-5 år 7 480,25.
public class CompensationCalculatorTests
{
    [Theory]
    // first-of-month: completed years on the 1st.
    [InlineData("first-of-month", 1, "2004-09-01", "2007-09", 3 /* born on the 1st: 3 år den 1 sep 2007 */)]
    [InlineData("first-of-month", 1, "2004-09-02", "2007-09", 2 /* 3 år först den 2 sep */)]
    [InlineData("first-of-month", 1, "2004-09-02", "2007-10", 3)]
    [InlineData("first-of-month", 1, "2004-02-29", "2007-02", 2 /* turns 3 on 28 feb 2007, after the 1st */)]
    [InlineData("first-of-month", 1, "2004-02-29", "2007-03", 3)]
    [InlineData("first-of-month", 1, "2007-05-10", "2007-05", -1 /* not born on 1 maj */)]
    // end-of-month: completed years on the last day.
    [InlineData("end-of-month", 1, "2004-02-29", "2007-02", 3 /* AddYears: 29 feb 2004 + 3 år = 28 feb 2007 */)]
    [InlineData("end-of-month", 1, "2004-02-29", "2007-01", 2)]
    [InlineData("end-of-month", 1, "2004-02-29", "2008-02", 4 /* 29 feb 2008 */)]
    [InlineData("end-of-month", 1, "2004-09-30", "2007-09", 3)]
    [InlineData("end-of-month", 1, "2004-10-01", "2007-09", 2)]
    // year-turning: age A from age_change_month of the year the child turns A.
    [InlineData("year-turning", 8, "2004-11-20", "2007-07", 2 /* turns 3 in 2007, switch in aug */)]
    [InlineData("year-turning", 8, "2004-11-20", "2007-08", 3 /* aug 2007, before the birthday in nov */)]
    [InlineData("year-turning", 1, "2004-11-20", "2007-01", 3 /* default month 1: the whole calendar year */)]
    [InlineData("year-turning", 1, "2004-11-20", "2006-12", 2)]
    [InlineData("year-turning", 8, "2004-02-29", "2007-08", 3 /* 29 feb plays no part */)]
    [InlineData("year-turning", 8, "2007-05-10", "2007-06", 0 /* born, not yet at the switch: never below 0 */)]
    [InlineData("year-turning", 8, "2007-05-10", "2007-04", -1 /* not born */)]
    public void AgeIn_ByAgeRule_CountsCompletedYears(string rule, int ageChangeMonth, string birth, string month, int expected)
    {
        var ageRule = rule switch { "first-of-month" => AgeRule.FirstOfMonth, "end-of-month" => AgeRule.EndOfMonth, _ => AgeRule.YearTurning };
        var rules = RuleSet(ageRule, ageChangeMonth: ageChangeMonth);

        Assert.Equal(expected, rules.AgeIn(D(birth), M(month)));
    }

    [Theory]
    [InlineData("2007-06", "9800.00" /* 3 år den 1 jun 2007: 0-3 år, taxa 2007-01 */)]
    [InlineData("2007-07", "10120.00" /* 3 år, taxa 2007-07 */)]
    [InlineData("2007-08", "10120.00" /* 3 år den 1 aug; fyller 4 den 2 aug */)]
    [InlineData("2007-09", "7480.25" /* 4 år den 1 sep: 4-5 år, taxa 2007-07 */)]
    public void Amount_FirstOfMonth_FollowsAgeAndRateVersionInForce(string month, string expected)
    {
        var result = RunBoth(RuleSet(), "2007-06", "2007-09", E("A", "2003-08-02", "P", "2007-01-01"));

        Assert.Equal(Dec(expected), result.Lines.Single(l => l.Month == M(month)).Amount);
    }

    [Theory]
    [InlineData("2007-07", "10120.00" /* 3 år: turns 4 in dec 2007, the switch is in aug */)]
    [InlineData("2007-08", "7480.25" /* counts as 4 from aug 2007, the year it turns 4 (in dec) */)]
    public void Amount_YearTurning_SwitchesBandInAgeChangeMonth(string month, string expected)
    {
        var result = RunBoth(RuleSet(AgeRule.YearTurning, ageChangeMonth: 8), "2007-07", "2007-08", E("A", "2003-12-20", "P", "2007-01-01"));

        Assert.Equal(Dec(expected), result.Lines.Single(l => l.Month == M(month)).Amount);
    }

    [Theory]
    [InlineData("by-day", "2007-08", "6202.58" /* 10 120,00 × 19/31 = 6 202,5806 -> 6 202,58 */)]
    [InlineData("by-day", "2007-09", "10120.00" /* whole month */)]
    [InlineData("by-day", "2007-10", "3264.52" /* 10 120,00 × 10/31 = 3 264,5161 -> 3 264,52 */)]
    [InlineData("any-day", "2007-08", "10120.00" /* 19 days: paid in full */)]
    [InlineData("any-day", "2007-10", "10120.00" /* 10 days: paid in full */)]
    public void Amount_Proration_ByDayProratesAnyDayPaysInFull(string proration, string month, string expected)
    {
        var rules = RuleSet(proration: proration == "by-day" ? Proration.ByDay : Proration.AnyDay);

        var result = RunBoth(rules, "2007-08", "2007-10", E("A", "2005-05-10", "P", "2007-08-13", "2007-10-10"));

        var line = result.Lines.Single(l => l.Month == M(month));
        Assert.Equal(Dec(expected), line.Amount);
        Assert.Equal(CompensationKind.Ordinary, line.Kind);
    }

    [Fact]
    public void Amount_ByDay_RoundsHalfAwayFromZero()
    {
        var rules = RuleSet() with { Rates = [new RateVersion(M("2007-01"), "KS 1", [new AgeBand(0, null, 10.01m)])] };

        // 10,01 × 15/30 = 5,005 exactly -> 5,01 (half away from zero; banker's rounding would give 5,00).
        var result = RunBoth(rules, "2007-06", "2007-06", E("A", "2005-01-01", "P", "2007-06-16"));

        Assert.Equal(5.01m, result.Lines.Single().Amount);
    }

    [Theory]
    [InlineData("2007-08", "ordinary", "10120.00" /* attends the whole month */)]
    [InlineData("2007-09", "ordinary", "7480.25" /* notice month 12 sep, attends every day: övergångsmånad 1 av 3, ordinary */)]
    [InlineData("2007-10", "transition", "7480.25" /* left 30 sep: övergångsmånad 2 av 3 */)]
    [InlineData("2007-11", "transition", "7480.25" /* 4 år, övergångsmånad 3 av 3 */)]
    [InlineData("2007-12", null, null /* window over: nothing */)]
    public void Transition_WindowCountsFromTheNoticeMonth(string month, string? kind, string? expected)
    {
        var result = RunBoth(RuleSet(), "2007-08", "2007-12", E("A", "2003-08-02", "P", "2007-01-01", "2007-09-30", "2007-09-12"));

        var line = result.Lines.SingleOrDefault(l => l.Month == M(month));
        if (expected is null) { Assert.Null(line); return; }
        Assert.Equal(Dec(expected), line!.Amount);
        Assert.Equal(kind, line.Kind == CompensationKind.Transition ? "transition" : "ordinary");
    }

    [Theory]
    [InlineData("by-day", "2007-10", "transition", "10120.00" /* 15 of 31 days, in the window: full amount, not prorated */)]
    [InlineData("any-day", "2007-10", "ordinary", "10120.00" /* attends on some day: ordinary */)]
    [InlineData("by-day", "2007-11", "transition", "10120.00" /* övergångsmånad 3 av 3, does not attend */)]
    [InlineData("any-day", "2007-11", "transition", "10120.00")]
    public void Transition_ChildStillAttending_IsPaidInFull(string proration, string month, string kind, string expected)
    {
        var rules = RuleSet(proration: proration == "by-day" ? Proration.ByDay : Proration.AnyDay);

        var result = RunBoth(rules, "2007-09", "2007-12", E("A", "2005-05-10", "P", "2007-01-01", "2007-10-15", "2007-09-12"));

        var line = result.Lines.Single(l => l.Month == M(month));
        Assert.Equal(Dec(expected), line.Amount);
        Assert.Equal(kind, line.Kind == CompensationKind.Transition ? "transition" : "ordinary");
        Assert.DoesNotContain(result.Lines, l => l.Month == M("2007-12"));
    }

    [Fact]
    public void Transition_ZeroMonths_PaysNothingAfterTheEnd()
    {
        var result = RunBoth(RuleSet(transitionMonths: 0), "2007-09", "2007-12", E("A", "2005-05-10", "P", "2007-01-01", "2007-09-30", "2007-09-12"));

        Assert.Equal([M("2007-09")], result.Lines.Select(l => l.Month));
    }

    [Fact]
    public void TwoEnrollmentsAtOneProvider_AreJoinedIntoOneLine()
    {
        var result = RunBoth(RuleSet(), "2007-06", "2007-07",
            E("A", "2005-01-01", "P", "2007-06-01", "2007-06-10"),
            E("A", "2005-01-01", "P", "2007-06-21", "2007-07-31"));

        var june = Assert.Single(result.Lines, l => l.Month == M("2007-06"));
        Assert.Equal(20, june.EnrolledDays); // 10 + 10 days
        Assert.Equal(6533.33m, june.Amount); // 9 800,00 × 20/30 = 6 533,333 -> 6 533,33
        Assert.Equal(10120.00m, Assert.Single(result.Lines, l => l.Month == M("2007-07")).Amount);
        Assert.Equal(1, result.Totals.Single(t => t.Month == M("2007-06")).Children);
    }

    [Fact]
    public void TwoEnrollmentsAtOneProvider_WindowsAreJoined()
    {
        // Notice in the second enrollment; the first one's notice window ended earlier. Only one line a month.
        var result = RunBoth(RuleSet(transitionMonths: 2), "2007-03", "2007-10",
            E("A", "2005-01-01", "P", "2007-01-01", "2007-03-31", "2007-03-05"),
            E("A", "2005-01-01", "P", "2007-06-01", "2007-08-31", "2007-08-20"));

        Assert.Equal(
            ["2007-03 ordinary", "2007-04 transition", "2007-06 ordinary", "2007-07 ordinary", "2007-08 ordinary", "2007-09 transition"],
            result.Lines.Select(l => $"{l.Month} {(l.Kind == CompensationKind.Transition ? "transition" : "ordinary")}"));
    }

    [Fact]
    public void TwoProviders_DuringTransition_BothArePaid()
    {
        var result = RunBoth(RuleSet(), "2007-10", "2007-12",
            E("A", "2005-05-10", "OLD", "2007-01-01", "2007-10-31", "2007-10-02"),
            E("A", "2005-05-10", "NEW", "2007-11-01"));

        var november = result.Totals.Where(t => t.Month == M("2007-11")).ToList();
        Assert.Equal(["NEW", "OLD"], november.Select(t => t.ProviderId));
        Assert.Equal(10120.00m, november[0].OrdinaryAmount); // new provider: attends
        Assert.Equal(10120.00m, november[1].TransitionAmount); // old provider: övergångsmånad 2 av 3
        Assert.Equal(20240.00m, november.Sum(t => t.Total)); // the budget cost of the transition rule, visible
    }

    [Fact]
    public void NoBand_WarnsNamingChildAndMonth_AndPaysNothing()
    {
        // 6 år den 1 jun 2007: no band (0-3, 4-5).
        var result = RunBoth(RuleSet(), "2007-05", "2007-06", E("A", "2001-05-15", "P", "2007-01-01"));

        Assert.Equal([M("2007-05")], result.Lines.Select(l => l.Month));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((M("2007-06"), "A", 6), (warning.Month, warning.ChildId, warning.Age));
        Assert.Contains("child A at provider P in 2007-06", warning.Message);
    }

    [Fact]
    public void NoVersionInForce_FailsTheRun()
    {
        var e = E("A", "2005-05-10", "P", "2006-11-01");

        var error = Assert.Throws<InputProblemsException>(() => Run(RuleSet(), "2006-12", "2007-02", e));
        var fast = Assert.Throws<InputProblemsException>(() =>
            CompensationTotalsEngine.Calculate(EnrollmentColumns.From([e]), RuleSet(), M("2006-12"), M("2007-02")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("rates", problem.Field);
        Assert.Contains("no rate version is in force in 2006-12", problem.Message);
        Assert.Contains("2007-01", problem.Message);
        Assert.Equal(error.Message, fast.Message);
    }

    [Fact]
    public void NoVersionInForce_WhenNothingIsPayable_IsNoError()
    {
        var result = RunBoth(RuleSet(), "2006-12", "2007-01", E("A", "2005-05-10", "P", "2007-01-01"));

        Assert.Equal([M("2007-01")], result.Lines.Select(l => l.Month));
    }

    [Fact]
    public void Line_ExplainsItselfInOneSwedishSentence()
    {
        var result = RunBoth(RuleSet(), "2007-10", "2007-10", E("A", "2004-09-01", "P", "2007-01-01", "2007-09-30", "2007-09-12"));

        var line = Assert.Single(result.Lines);
        Assert.Equal(
            "3 år den 1 okt 2007, 0-3 år enligt taxa från 2007-07 (KS 2007-06-14 § 98): 10\u00A0120,00\u00A0kr; övergångsmånad 2 av 3 efter uppsägning 2007-09-12",
            line.Explanation);
        Assert.Equal((M("2007-07"), Decision2007Jul, 3, CompensationKind.Transition, 2), (line.RateFrom, line.Decision, line.Age, line.Kind, line.TransitionMonth!.Value));
    }

    [Fact]
    public void Line_Prorated_ShowsTheDays()
    {
        var result = RunBoth(RuleSet(), "2007-08", "2007-08", E("A", "2005-05-10", "P", "2007-08-13"));

        Assert.Equal(
            "2 år den 1 aug 2007, 0-3 år enligt taxa från 2007-07 (KS 2007-06-14 § 98): 10\u00A0120,00\u00A0kr × 19/31 dagar = 6\u00A0202,58\u00A0kr",
            Assert.Single(result.Lines).Explanation);
    }

    [Fact]
    public void Lines_AreSortedByMonthProviderChild_AndOnlyInsideTheRange()
    {
        var result = RunBoth(RuleSet(), "2007-06", "2007-07",
            E("b", "2005-01-01", "P2", "2007-01-01"),
            E("B", "2005-01-01", "P2", "2007-01-01"),
            E("a", "2005-01-01", "P1", "2007-01-01"));

        Assert.Equal(
            ["2007-06 P1 a", "2007-06 P2 B", "2007-06 P2 b", "2007-07 P1 a", "2007-07 P2 B", "2007-07 P2 b"],
            result.Lines.Select(l => $"{l.Month} {l.ProviderId} {l.ChildId}"));
    }
}
