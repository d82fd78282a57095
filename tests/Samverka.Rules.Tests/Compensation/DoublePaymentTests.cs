using Samverka.Rules.Compensation;
using static Samverka.Rules.Tests.Compensation.CompensationFixtures;

namespace Samverka.Rules.Tests.Compensation;

// A child leaves provider P1 (end, notice) and starts at P2. Rates from 2007-07 (KS 2007-06-14 § 98): 0-3 år 10 120,00,
// 4-5 år 7 480,25. First-of-month ages. Expected costs are written as the transition lines at P1 that fall in months the
// child is enrolled at P2.
public class DoublePaymentTests
{
    [Theory]
    // Leaves at the end of September, notice in September, starts at P2 on 1 October: the window is sep, okt, nov;
    // sep is attended at P1 (ordinary), okt and nov are transition months at P1 while the child is at P2.
    [InlineData("by-day", 3, "2005-01-01", "2007-09-30", "2007-09-10", "2007-10-01", 2, "20240.00" /* 2 * 10 120,00 */)]
    [InlineData("any-day", 3, "2005-01-01", "2007-09-30", "2007-09-10", "2007-10-01", 2, "20240.00" /* 2 * 10 120,00 */)]
    // Moves mid-September: by-day makes sep a transition month at P1 (15 of 30 days), paid in full, and P2 is paid too.
    [InlineData("by-day", 3, "2005-01-01", "2007-09-15", "2007-09-01", "2007-09-16", 3, "30360.00" /* 3 * 10 120,00 */)]
    // With any-day a month with one attended day is ordinary: only okt and nov are paid because of the notice.
    [InlineData("any-day", 3, "2005-01-01", "2007-09-15", "2007-09-01", "2007-09-16", 2, "20240.00" /* 2 * 10 120,00 */)]
    // Turns 4 on 15 okt 2007: 3 år den 1 okt, 4 år den 1 nov.
    [InlineData("by-day", 3, "2003-10-15", "2007-09-30", "2007-09-10", "2007-10-01", 2, "17600.25" /* 10 120,00 + 7 480,25 */)]
    // P2 only from 1 November: one month of overlap.
    [InlineData("by-day", 3, "2005-01-01", "2007-09-30", "2007-09-10", "2007-11-01", 1, "10120.00" /* 1 * 10 120,00 */)]
    // P2 after the window (sep-nov): nothing paid twice.
    [InlineData("by-day", 3, "2005-01-01", "2007-09-30", "2007-09-10", "2007-12-01", 0, "0")]
    // One transition month: the window is September only, attended at P1.
    [InlineData("by-day", 1, "2005-01-01", "2007-09-30", "2007-09-10", "2007-10-01", 0, "0")]
    // No transition rule.
    [InlineData("by-day", 0, "2005-01-01", "2007-09-15", "2007-09-01", "2007-09-16", 0, "0")]
    // Six months: okt-feb at P1 while at P2.
    [InlineData("by-day", 6, "2005-01-01", "2007-09-30", "2007-09-10", "2007-10-01", 5, "50600.00" /* 5 * 10 120,00 */)]
    public void Of_ChildMovingInsideTheWindow_CountsTheOldProvidersTransitionMonths(
        string proration, int transitionMonths, string birth, string end, string notice, string nextStart, int expectedMonths, string expectedAmount)
    {
        var rules = RuleSet(proration: proration == "by-day" ? Proration.ByDay : Proration.AnyDay, transitionMonths: transitionMonths);
        var result = RunBoth(rules, "2007-07", "2008-06",
            E("A", birth, "P1", "2007-07-01", end, notice),
            E("A", birth, "P2", nextStart));

        var summary = DoublePayment.Of(result.Lines);

        Assert.Equal(new DoublePaymentCost(expectedMonths, Dec(expectedAmount)), summary.Total);
        Assert.Equal(expectedMonths == 0 ? [] : ["P1"], summary.ByProvider.Keys);
    }

    [Fact]
    public void Of_LeavingWithoutANewProvider_IsNotADoublePayment()
    {
        var result = RunBoth(RuleSet(), "2007-07", "2008-06", E("A", "2005-01-01", "P1", "2007-07-01", "2007-09-30", "2007-09-10"));

        Assert.Equal(2, result.Lines.Count(l => l.Kind == CompensationKind.Transition)); // okt, nov: paid, but to one provider
        Assert.Equal(DoublePaymentCost.None, DoublePayment.Of(result.Lines).Total);
    }

    [Fact]
    public void Of_TwoChildrenLeavingTwoProviders_SumsPerProviderPaid()
    {
        var result = RunBoth(RuleSet(), "2007-07", "2008-06",
            E("A", "2005-01-01", "P1", "2007-07-01", "2007-09-30", "2007-09-10"), E("A", "2005-01-01", "P2", "2007-10-01"),
            E("B", "2003-10-15", "P2", "2007-07-01", "2007-10-31", "2007-10-05"), E("B", "2003-10-15", "P3", "2007-11-01"));

        var summary = DoublePayment.Of(result.Lines);

        Assert.Equal(new DoublePaymentCost(2, 2 * 10120.00m), summary.ByProvider["P1"]); // A: okt, nov
        Assert.Equal(new DoublePaymentCost(2, 2 * 7480.25m), summary.ByProvider["P2"]); // B, 4 år: nov, dec
        Assert.Equal(new DoublePaymentCost(4, 2 * 10120.00m + 2 * 7480.25m), summary.Total);
    }
}
