using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class GrantRoundTests
{
    private static readonly GrantApplication[] Applications =
    [
        Application("A", amounts: [1_000_000m, 1_000_000m, 1_000_000m]),
        Application("B", amounts: [500_000m]),
        Application("F", OrganisationForm.Foundation, 300_000m) with
        {
            Assessment = new IndividualAssessment("handläggare-1", new DateOnly(2026, 6, 10), true, "Stiftelsen bedriver ideell verksamhet"),
        },
        Application("G", OrganisationForm.Foundation, 300_000m),
        Application("L") with { SubmittedAt = Stockholm(2026, 6, 1, 0, 0, 1) },
    ];

    [Fact]
    public void Record_MultiYearGrant_CommitsTheComingYears()
    {
        var round = GrantRound.Open("2027", Operating());
        var recorded = round.Record(LedgerWithPots(), [
            ApplicationDecision.Grant("A", Years(900_000m, 900_000m, 800_000m)),
            ApplicationDecision.Grant("F", Years(300_000m)),
            ApplicationDecision.Refuse("B", "Verksamheten ligger utanför årets prioriterade områden"),
        ], Applications, Committee);

        Assert.Equal(Years(900_000m + 300_000m, 900_000m, 800_000m), recorded.Round.GrantedByYear());
        Assert.Equal(4, recorded.Entries.Count);
        Assert.All(recorded.Entries, e => Assert.Equal((LedgerEntryKind.Decided, "2027", Committee), (e.Kind, e.RoundId, e.Decision)));
        // The 2028 round sees 900 000 already committed: 10 000 000 − 900 000 left for its new decisions.
        Assert.Equal(10_000_000m - 900_000m, recorded.Ledger.Year(2028, "2028").Remaining);
        Assert.Empty(round.Decisions); // the round recorded on is unchanged
    }

    [Fact]
    public void Record_WhenRoundClosed_ClosedRoundCannotChange()
    {
        var closed = GrantRound.Open("2027", Operating()).Close(Committee);
        var ex = Assert.Throws<ClosedRoundCannotChangeException>(() =>
            closed.Record(LedgerWithPots(), [ApplicationDecision.Grant("B", Years(500_000m))], Applications, Committee));
        Assert.Contains("Round 2027 was closed by SN 2026-11-19 § 110 on 2026-11-19", ex.Message);
        Assert.Throws<ClosedRoundCannotChangeException>(() => closed.Close(Committee));
    }

    [Fact]
    public void Record_AboveRemainingOfAnyYear_IsRefusedAndNothingIsWritten()
    {
        var ledger = LedgerWithPots().Add(new LedgerEntry(2029, LedgerEntryKind.Commitment, 9_500_000m, Earlier.Date, Earlier) { Reference = "IOP-3" });
        var round = GrantRound.Open("2027", Operating());
        var ex = Assert.Throws<InputProblemsException>(() => round.Record(ledger, [
            ApplicationDecision.Grant("B", Years(500_000m)),
            ApplicationDecision.Grant("A", Years(1_000_000m, 1_000_000m, 1_000_000m)),
        ], Applications, Committee));
        Assert.Equal("budget[2029]", Assert.Single(ex.Problems).Field);
        Assert.Contains("500\u00A0000\u00A0kr short" /* 10 000 000 − 9 500 000 − 1 000 000 */, ex.Problems[0].Message);
        Assert.Equal(4, ledger.Entries.Count);
    }

    [Theory]
    [InlineData("G", "individual_assessment" /* foundation without an individual assessment */)]
    [InlineData("X", "application_id" /* no such application */)]
    [InlineData("L", "submitted_at" /* submitted one second after closing */)]
    public void Record_GrantThatCannotBeGiven_IsRefused(string id, string field)
    {
        var ex = Assert.Throws<InputProblemsException>(() =>
            GrantRound.Open("2027", Operating()).Record(LedgerWithPots(), [ApplicationDecision.Grant(id, Years(300_000m))], Applications, Committee));
        Assert.Equal(field, Assert.Single(ex.Problems).Field);
    }

    [Fact]
    public void Record_RefusalWithoutReasonOrDecidedTwice_IsRefused()
    {
        var once = GrantRound.Open("2027", Operating()).Record(LedgerWithPots(), [ApplicationDecision.Grant("B", Years(500_000m))], Applications, Committee);
        var ex = Assert.Throws<InputProblemsException>(() => once.Round.Record(once.Ledger,
            [ApplicationDecision.Refuse("B", "Ändrat beslut"), ApplicationDecision.Refuse("A", " ")], Applications, Committee));
        Assert.Equal(["decision", "refusal_reason"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Record_GrantAboveTheCapOrTooManyYears_IsRefused()
    {
        var ex = Assert.Throws<InputProblemsException>(() => GrantRound.Open("2027", Operating()).Record(LedgerWithPots(),
            [ApplicationDecision.Grant("A", Years(1_000_001m, 1m, 1m, 1m))], Applications, Committee));
        Assert.Equal(["amounts[2027]", "amounts"], ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Record_AnyAcceptedDecisions_CommitmentsAcrossYearsSumToTheDecisions()
    {
        var gen = Gen.Int[1, 3].SelectMany(n => Gen.Int[1, 1_000].Array[n]).Array[1, 8];
        gen.Sample(grants =>
        {
            var applications = grants.Select((g, i) => Application($"A{i}", amounts: g.Select(a => a * 1_000m).ToArray())).ToList();
            var round = GrantRound.Open("2027", Operating());
            var ledger = LedgerWithPots(pot: 3_000_000m);
            var decisions = new List<ApplicationDecision>();
            foreach (var a in applications)
            {
                var decision = ApplicationDecision.Grant(a.Id, a.Amounts);
                try
                {
                    var recorded = round.Record(ledger, [decision], applications, Committee);
                    (round, ledger) = (recorded.Round, recorded.Ledger);
                    decisions.Add(decision);
                }
                catch (InputProblemsException) { /* did not fit: refused whole */ }
            }
            var byYear = round.GrantedByYear();
            var ledgerDecided = Enumerable.Range(2027, 3).Sum(y => ledger.Year(y, "2027").DecidedThisRound);
            var nextRoundCommitments = Enumerable.Range(2028, 2).Sum(y => ledger.Year(y, "2028").Commitments);
            return byYear.Sum(y => y.Amount) == decisions.Sum(d => d.Total)
                && ledgerDecided == decisions.Sum(d => d.Total)
                && nextRoundCommitments == decisions.SelectMany(d => d.Amounts).Where(a => a.Year >= 2028).Sum(a => a.Amount)
                && Enumerable.Range(2027, 3).All(y => ledger.Year(y).Remaining >= 0);
        });
    }
}

public class GrantPaymentsTests
{
    private static readonly ApplicationDecision Grant = ApplicationDecision.Grant("A", Years(400_000m, 400_000m));
    private static readonly FollowUpReport Report2027 = new("A", 2027, new DateOnly(2028, 3, 31), null);

    [Fact]
    public void Schedule_TwoYearGrant_OnePaymentPerYearInThePaymentMonth()
    {
        var payments = GrantPayments.Schedule(Operating() with { PaymentMonth = 2 }, Grant);
        Assert.Equal([new ScheduledPayment("A", 2027, 400_000m, new CalendarMonth(2027, 2)), new ScheduledPayment("A", 2028, 400_000m, new CalendarMonth(2028, 2))], payments);
        Assert.Empty(GrantPayments.Schedule(Operating(), ApplicationDecision.Refuse("B", "Ej prioriterat")));
    }

    [Theory]
    [InlineData(2028, 3, 31, null, false /* on the due day the report is not yet overdue */)]
    [InlineData(2028, 4, 1, null, true /* the day after: overdue, the 2028 payment waits */)]
    [InlineData(2028, 4, 15, "2028-04-10", false /* submitted late, but submitted */)]
    [InlineData(2028, 4, 15, "2028-04-20", true /* submitted after the evaluation date */)]
    public void Check_SecondYearPayment_RefusedWhilePreviousReportIsOverdue(int y, int m, int d, string? submitted, bool refused)
    {
        var report = Report2027 with { Submitted = submitted is null ? null : DateOnly.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture) };
        var payment = GrantPayments.Schedule(Operating(), Grant)[1];
        var problems = GrantPayments.Check(payment, [report], new DateOnly(y, m, d));
        Assert.Equal(refused, problems.Count == 1);
        if (refused) Assert.Contains("the payment for 2028 waits for the follow-up report for 2027, due 2028-03-31", problems[0].Message);
    }

    [Fact]
    public void Check_FirstYearPayment_WaitsForNoReport() =>
        Assert.Empty(GrantPayments.Check(GrantPayments.Schedule(Operating(), Grant)[0], [Report2027], new DateOnly(2029, 1, 1)));

    [Fact]
    public void Pay_ReportOverdue_IsRefusedAndTheLedgerUnchanged()
    {
        var ledger = LedgerWithPots().Add(new LedgerEntry(2028, LedgerEntryKind.Decided, 400_000m, Committee.Date, Committee) { RoundId = "2027", Reference = "A" });
        var payment = GrantPayments.Schedule(Operating(), Grant)[1];
        Assert.Throws<InputProblemsException>(() => GrantPayments.Pay(ledger, payment, [Report2027], new DateOnly(2028, 4, 2), Committee));
        var paid = GrantPayments.Pay(ledger, payment, [Report2027 with { Submitted = new DateOnly(2028, 4, 1) }], new DateOnly(2028, 4, 2), Committee);
        Assert.Equal((400_000m, 400_000m, 0m), (paid.Year(2028).Granted, paid.Year(2028).Paid, paid.Year(2028).Unpaid));
    }

    [Fact]
    public void Overdue_Reports_ListedByDueDay()
    {
        var reports = new[]
        {
            new FollowUpReport("B", 2027, new DateOnly(2028, 3, 31), null),
            new FollowUpReport("A", 2027, new DateOnly(2028, 2, 28), null),
            new FollowUpReport("C", 2027, new DateOnly(2028, 2, 28), new DateOnly(2028, 2, 1)),
            new FollowUpReport("D", 2027, new DateOnly(2028, 6, 30), null),
        };
        Assert.Equal(["A", "B"], GrantPayments.Overdue(reports, new DateOnly(2028, 5, 1)).Select(r => r.ApplicationId));
    }
}
