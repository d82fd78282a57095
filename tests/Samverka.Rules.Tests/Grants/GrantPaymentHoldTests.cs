using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

/// <summary>When the follow-up report of a grant year is due, and the payments of a multi-year grant paid in turn:
/// each year at most once, never above what was granted, the next year only once the report is in.</summary>
public class GrantPaymentHoldTests
{
    [Theory]
    [InlineData(1, 2027, 2027, 12, 31 /* paid in January: the report is due the day before the next January */)]
    [InlineData(3, 2027, 2028, 2, 29 /* paid in March 2028 (a leap year): due the last day of February */)]
    [InlineData(3, 2028, 2029, 2, 28)]
    [InlineData(7, 2027, 2028, 6, 30)]
    public void ReportDue_IsTheDayBeforeTheNextYearsPaymentMonth(int paymentMonth, int grantYear, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), GrantPayments.ReportDue(Operating() with { PaymentMonth = paymentMonth }, grantYear));

    [Fact]
    public void ReportDue_IsBeforeTheNextYearsPayment_ForEveryPaymentMonth()
    {
        Gen.Select(Gen.Int[1, 12], Gen.Int[2000, 2100]).Sample((month, year) =>
        {
            var programme = Operating() with { PaymentMonth = month };
            var due = GrantPayments.ReportDue(programme, year);
            var nextPayment = new CalendarMonth(year + 1, month);
            return due < nextPayment.FirstDay && due.AddDays(1) == nextPayment.FirstDay && (due.Year == year || due.Year == year + 1);
        });
    }

    [Fact]
    public void PayingTheSchedule_InAnyOrderWithAnyReports_PaysEachYearOnceAndOnlyWhenThePreviousReportIsIn()
    {
        // A grant of 1-3 years with amounts in whole kronor; each year's report submitted on some day or never; the
        // payments tried in a random order, each twice, on the first day of their payment month.
        var gen = Gen.Select(Gen.Int[1, 1_000_000].Array[1, 3], Gen.Int[-40, 40].Array[3], Gen.Bool.Array[3], Gen.Int[0, 5].Array[6]);
        gen.Sample((amounts, submittedOffset, submitted, order) =>
        {
            var programme = Operating();
            var decision = ApplicationDecision.Grant("A", Years(amounts.Select(a => (decimal)a).ToArray()));
            var ledger = LedgerWithPots().Add(decision.Amounts.Select(a =>
                new LedgerEntry(a.Year, LedgerEntryKind.Decided, a.Amount, Committee.Date, Committee) { RoundId = "2027", Reference = "A" }));
            var reports = decision.Amounts.Select((a, i) =>
            {
                var due = GrantPayments.ReportDue(programme, a.Year);
                return new FollowUpReport("A", a.Year, due, submitted[i] ? due.AddDays(submittedOffset[i]) : null);
            }).ToList();
            var schedule = GrantPayments.Schedule(programme, decision);
            var paidYears = new List<int>();
            foreach (var payment in order.Select(i => schedule[i % schedule.Count]))
            {
                var on = payment.Month.FirstDay;
                var previous = reports.SingleOrDefault(r => r.Year == payment.Year - 1);
                var mayPay = previous is null || previous.Submitted is { } s && s <= on;
                try
                {
                    ledger = GrantPayments.Pay(ledger, payment, reports, on, Committee);
                    if (!mayPay || paidYears.Contains(payment.Year)) return false;
                    paidYears.Add(payment.Year);
                }
                catch (InputProblemsException)
                {
                    if (mayPay && !paidYears.Contains(payment.Year)) return false;
                }
            }
            return decision.Amounts.All(a => ledger.Year(a.Year).Paid == (paidYears.Contains(a.Year) ? a.Amount : 0m)
                && ledger.Year(a.Year).Unpaid >= 0);
        });
    }
}
