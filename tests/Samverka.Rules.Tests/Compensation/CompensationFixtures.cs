using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Rules.Tests.Compensation;

/// <summary>The rule set of the examples: 0-3 år and 4-5 år bands, new rates from July 2007.</summary>
internal static class CompensationFixtures
{
    public const string Decision2007Jan = "KS 2006-12-11 § 201";
    public const string Decision2007Jul = "KS 2007-06-14 § 98";

    public static CompensationRuleSet RuleSet(
        AgeRule ageRule = AgeRule.FirstOfMonth, Proration proration = Proration.ByDay, int transitionMonths = 3, int ageChangeMonth = 1) =>
        new(ageRule, ageChangeMonth, proration, transitionMonths,
        [
            new RateVersion(M("2007-01"), Decision2007Jan, [new AgeBand(0, 3, 9800.00m), new AgeBand(4, 5, 7250.00m)]),
            new RateVersion(M("2007-07"), Decision2007Jul, [new AgeBand(0, 3, 10120.00m), new AgeBand(4, 5, 7480.25m)]),
        ]);

    public static CalendarMonth M(string text) => CalendarMonth.Parse(text);

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptD(string? text) => text is null ? null : D(text);

    public static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    public static Enrollment E(string child, string birth, string provider, string start, string? end = null, string? notice = null) =>
        new(child, D(birth), provider, D(start), OptD(end), OptD(notice));

    public static CompensationResult Run(CompensationRuleSet rules, string from, string to, params Enrollment[] enrollments) =>
        CompensationCalculator.Calculate(enrollments, rules, M(from), M(to));

    /// <summary>Runs both paths and checks that they agree before returning the lines' result.</summary>
    public static CompensationResult RunBoth(CompensationRuleSet rules, string from, string to, params Enrollment[] enrollments)
    {
        var result = Run(rules, from, to, enrollments);
        var fast = CompensationTotalsEngine.Calculate(EnrollmentColumns.From(enrollments), rules, M(from), M(to));
        Assert.Equal(result.Totals, fast.Rows());
        return result;
    }
}
