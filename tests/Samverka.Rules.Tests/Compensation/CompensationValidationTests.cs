using Samverka.Kernel;
using Samverka.Rules.Compensation;
using static Samverka.Rules.Tests.Compensation.CompensationFixtures;

namespace Samverka.Rules.Tests.Compensation;

public class CompensationValidationTests
{
    private static Enrollment At(Enrollment e, int line) => e with { Location = new InputLocation("enrollments.csv", line) };

    [Fact]
    public void Enrollments_EndBeforeStart_IsAProblemAtItsLine()
    {
        var problems = Enrollment.Validate([At(E("A", "2005-01-01", "P", "2007-03-01", "2007-02-28"), 2)]);

        var p = Assert.Single(problems);
        Assert.Equal("enrollments.csv:2: end_date: 2007-02-28 is before start_date 2007-03-01", p.ToString());
    }

    [Fact]
    public void Enrollments_NoticeBeforeStart_IsAProblem()
    {
        var problems = Enrollment.Validate([At(E("A", "2005-01-01", "P", "2007-03-01", notice: "2007-02-01"), 4)]);

        Assert.Equal(("notice_date", 4), (Assert.Single(problems).Field, Assert.Single(problems).Line!.Value));
    }

    [Fact]
    public void Enrollments_OverlappingAtOneProvider_IsAProblemNamingBothLines()
    {
        var problems = Enrollment.Validate(
        [
            At(E("A", "2005-01-01", "P", "2007-01-01"), 2), // open-ended
            At(E("A", "2005-01-01", "Q", "2007-01-01"), 3), // another provider: fine
            At(E("A", "2005-01-01", "P", "2008-01-01", "2008-06-30"), 4),
        ]);

        var p = Assert.Single(problems);
        Assert.Equal((4, "start_date"), (p.Line!.Value, p.Field));
        Assert.Contains("(line 2)", p.Message);
    }

    [Fact]
    public void Enrollments_AdjacentAtOneProvider_AreFine()
    {
        Assert.Empty(Enrollment.Validate(
        [
            E("A", "2005-01-01", "P", "2007-01-01", "2007-06-10"),
            E("A", "2005-01-01", "P", "2007-06-11"),
        ]));
    }

    [Fact]
    public void Enrollments_WithoutLocation_NameTheEnrollment()
    {
        var p = Assert.Single(Enrollment.Validate([E("A", "2005-01-01", "P", "2007-03-01", "2007-02-28")]));

        Assert.Equal("enrollments: end_date: enrollment 1 (child A at provider P): 2007-02-28 is before start_date 2007-03-01", p.ToString());
    }

    [Fact]
    public void Calculate_WithBadEnrollments_ComputesNothing()
    {
        var error = Assert.Throws<InputProblemsException>(() =>
            Run(RuleSet(), "2007-01", "2007-02", E("A", "2005-01-01", "P", "2007-03-01", "2007-02-28", "2007-01-01")));

        Assert.Equal(["end_date", "notice_date"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Calculate_FromAfterTo_IsAProblem()
    {
        var error = Assert.Throws<InputProblemsException>(() => Run(RuleSet(), "2007-03", "2007-02"));

        Assert.Equal("from", Assert.Single(error.Problems).Field);
    }

    [Theory]
    [InlineData(0, 3, 3, 5, "min_age" /* 3 is in both */)]
    [InlineData(0, null, 4, 5, "min_age" /* open band covers everything above 0 */)]
    [InlineData(2, 5, 0, 2, "min_age" /* order in the file does not matter */)]
    public void RuleSet_OverlappingBands_IsAProblem(int min1, int? max1, int min2, int? max2, string field)
    {
        var rules = RuleSet() with
        {
            Rates = [new RateVersion(M("2007-01"), "KS", [new AgeBand(min1, max1, 1m), new AgeBand(min2, max2, 2m)])],
        };

        var p = Assert.Single(rules.Validate());
        Assert.Equal(field, p.Field);
        Assert.Contains("overlaps", p.Message);
    }

    [Fact]
    public void RuleSet_BandsOfDifferentVersions_MayCoverTheSameAges()
    {
        Assert.Empty(RuleSet().Validate());
    }

    [Theory]
    [InlineData("-1.00", "monthly", "is negative")]
    [InlineData("100.001", "monthly", "whole number of öre")]
    public void RuleSet_BadAmount_IsAProblemAtTheBandsLine(string amount, string field, string message)
    {
        var band = new AgeBand(0, 3, Dec(amount)) { Location = new InputLocation("rules.json", 9) };
        var rules = RuleSet() with { Rates = [new RateVersion(M("2007-01"), "KS", [band])], Source = "rules.json" };

        var p = Assert.Single(rules.Validate());
        Assert.Equal(("rules.json", 9, field), (p.Source, p.Line!.Value, p.Field));
        Assert.Contains(message, p.Message);
    }

    [Fact]
    public void RuleSet_OtherProblems_AreAllReported()
    {
        var rules = new CompensationRuleSet(AgeRule.YearTurning, 13, Proration.AnyDay, -1,
        [
            new RateVersion(M("2007-01"), "", [new AgeBand(-1, 3, 1m), new AgeBand(5, 4, 1m)]),
            new RateVersion(M("2007-01"), "KS", []),
        ]);

        Assert.Equal(
            ["age_change_month", "transition_months", "decision", "min_age", "max_age", "from"],
            rules.Validate().Select(p => p.Field));
    }
}
