using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>One decided year's payment of a grant.</summary>
/// <param name="ApplicationId">The grant (its application).</param>
/// <param name="Year">The grant year paid.</param>
/// <param name="Amount">SEK: the decided amount of the year.</param>
/// <param name="Month">The month it is due: <see cref="ProgrammeYear.PaymentMonth"/> of the grant year.</param>
public sealed record ScheduledPayment(string ApplicationId, int Year, decimal Amount, CalendarMonth Month);

/// <summary>The follow-up report (återrapportering) of one grant year: how the money was used.</summary>
/// <param name="ApplicationId">The grant.</param>
/// <param name="Year">The grant year reported on.</param>
/// <param name="Due">The last day it may be submitted on time (included).</param>
/// <param name="Submitted">The day it was submitted, or null.</param>
public sealed record FollowUpReport(string ApplicationId, int Year, DateOnly Due, DateOnly? Submitted)
{
    /// <summary>Whether it is overdue on <paramref name="date"/>: not submitted by then, and the due day has passed.</summary>
    /// <remarks>A report submitted late is no longer overdue once it is submitted.</remarks>
    public bool IsOverdueOn(DateOnly date) => date > Due && (Submitted is not { } s || s > date);
}

/// <summary>Payments of decided grants and the follow-up they wait for.</summary>
/// <remarks>The payment of grant year Y is refused while the report for year Y − 1 of the same grant is overdue on
/// the evaluation date. The first year has no previous report to wait for.</remarks>
public static class GrantPayments
{
    /// <summary>One payment per granted year of <paramref name="decision"/>, due in the programme's payment month of
    /// that year; none for a refusal.</summary>
    public static IReadOnlyList<ScheduledPayment> Schedule(ProgrammeYear programme, ApplicationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Amounts.OrderBy(a => a.Year)
            .Select(a => new ScheduledPayment(decision.ApplicationId, a.Year, a.Amount, new CalendarMonth(a.Year, programme.PaymentMonth)))
            .ToList();
    }

    /// <summary>The day the follow-up report for <paramref name="grantYear"/> is due: the day before the programme's
    /// payment month of the following year begins, so that the next year's payment can wait for it.</summary>
    /// <remarks>With payments in January the report for 2027 is due 2027-12-31; with payments in March, 2028-02-29.</remarks>
    public static DateOnly ReportDue(ProgrammeYear programme, int grantYear)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new DateOnly(grantYear + 1, programme.PaymentMonth, 1).AddDays(-1);
    }

    /// <summary>The reports overdue on <paramref name="evaluationDate"/>, by due day, then grant (ordinal), then year.</summary>
    public static IReadOnlyList<FollowUpReport> Overdue(IEnumerable<FollowUpReport> reports, DateOnly evaluationDate) =>
        reports.Where(r => r.IsOverdueOn(evaluationDate))
            .OrderBy(r => r.Due).ThenBy(r => r.ApplicationId, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();

    /// <summary>Problems that refuse <paramref name="payment"/> on <paramref name="evaluationDate"/> (empty when it may
    /// be paid): the grant's report for the previous year is overdue.</summary>
    public static IReadOnlyList<InputProblem> Check(ScheduledPayment payment, IReadOnlyList<FollowUpReport> reports, DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .Where(r => string.Equals(r.ApplicationId, payment.ApplicationId, StringComparison.Ordinal) && r.Year == payment.Year - 1 && r.IsOverdueOn(evaluationDate))
            .Select(r => new InputProblem($"application {payment.ApplicationId}", null, "follow_up_report", string.Create(CultureInfo.InvariantCulture,
                $"the payment for {payment.Year} waits for the follow-up report for {r.Year}, due {r.Due:yyyy-MM-dd} and overdue on {evaluationDate:yyyy-MM-dd}")))
            .ToList();
    }

    /// <summary>Pays <paramref name="payment"/>: the ledger with a <see cref="LedgerEntryKind.Paid"/> entry dated
    /// <paramref name="evaluationDate"/>.</summary>
    /// <exception cref="InputProblemsException">A problem of <see cref="Check"/>, or the ledger refuses the payment
    /// (more than granted for the year).</exception>
    public static BudgetLedger Pay(BudgetLedger ledger, ScheduledPayment payment, IReadOnlyList<FollowUpReport> reports, DateOnly evaluationDate, Decision authority)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var problems = Check(payment, reports, evaluationDate);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return ledger.Add(new LedgerEntry(payment.Year, LedgerEntryKind.Paid, payment.Amount, evaluationDate, authority) { Reference = payment.ApplicationId });
    }
}
