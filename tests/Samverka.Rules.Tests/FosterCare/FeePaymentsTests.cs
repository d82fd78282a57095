using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.FosterCare;
using static Samverka.Rules.Tests.FosterCare.FosterCareTestData;

namespace Samverka.Rules.Tests.FosterCare;

public class FeePaymentsTests
{
    private static readonly Decision Sn2025 = new("Socialnämnden", Day("2025-12-10"), "SN 2025-12-10 § 140", "Arvoden 2026");
    private static readonly Decision Sn2026 = new("Socialnämnden", Day("2026-04-20"), "SN 2026-04-20 § 61", "Höjda arvoden");

    private static readonly DatedValue<FeeTable> Table2026 =
        new(Day("2026-01-01"), new FeeTable([new(0, 6, 8_900m, 4_800m), new(7, 12, 9_800m, 5_600m), new(13, 20, 11_200m, 6_700m)]), Sn2025);

    // Adopted in April, in force from March: a retroactive decision.
    private static readonly DatedValue<FeeTable> RaisedFromMarch =
        new(Day("2026-03-01"), new FeeTable([new(0, 6, 9_100m, 4_900m), new(7, 12, 10_000m, 5_700m), new(13, 20, 11_500m, 6_900m)]), Sn2026);

    private static ParameterHistory<FeeTable> Tables(params DatedValue<FeeTable>[] versions) => new("Arvoden", "kr/månad", versions);

    private static CalendarMonth M(string month) => CalendarMonth.Parse(month);

    /// <summary>A small ledger: approves months one after another and keeps what each paid.</summary>
    private sealed class Ledger
    {
        public List<CalendarMonth> Closed { get; } = [];

        public List<PaidFeeLine> Paid { get; } = [];

        public List<PaidDeficitLine> Carried { get; } = [];

        public IReadOnlyList<FeePaymentLine> Approve(CalendarMonth month, IReadOnlyList<Placement> placements, IReadOnlyDictionary<string, DateOnly> births, ParameterHistory<FeeTable> table)
        {
            var from = Closed.Count == 0 ? month : Closed.Min();
            var lines = FeePayments.ForMonth(month, Closed, FosterFees.Calculate(placements, births, from, month, table), Paid, Carried);
            Paid.AddRange(lines.Select((l, i) => (l, i)).Where(x => x.l.PaymentKind != FeePaymentKind.CarriedDeficit)
                .Select(x => new PaidFeeLine($"{month}#{x.i}", month, x.l.ForMonth, x.l.PlacementId!, x.l.HomeId, x.l.Kind!.Value, x.l.Amount)));
            Carried.AddRange(lines.Where(l => l.PaymentKind == FeePaymentKind.CarriedDeficit).Select(l => new PaidDeficitLine(month, l.HomeId, l.Amount)));
            Closed.Add(month);
            return lines;
        }

        /// <summary>What each home is paid per approved month: its total when above zero.</summary>
        public static Dictionary<string, decimal> PaidOut(IEnumerable<FeePaymentLine> lines) =>
            lines.GroupBy(l => l.HomeId).ToDictionary(g => g.Key, g => FeePayments.PaidOut(g.Sum(l => l.Amount)));
    }

    private static readonly Dictionary<string, DateOnly> EightYearOld = new() { ["barn-1"] = Day("2017-09-01") };

    [Fact]
    public void OpenMonth_WithoutEarlierPayments_PaysTheEnginesLines()
    {
        var lines = new Ledger().Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        Assert.Equal([((FeeKind?)FeeKind.Fee, 9_800m), (FeeKind.ExpenseAllowance, 5_600m)], lines.Select(l => (l.Kind, l.Amount)));
        Assert.All(lines, l => Assert.Equal((FeePaymentKind.Ordinary, (string?)null), (l.PaymentKind, l.CorrectsLineId)));
    }

    [Theory]
    // Ended retroactively on 10 March (31 days): 9 800 × 10/31 = 3 161,29; paid 9 800 in March, so a deduction in April.
    [InlineData("2026-03-10", "2017-09-01", false, 3_161.29 - 9_800, 1_806.45 - 5_600 /* 5 600 × 10/31 = 1 806,45 */)]
    // Ended before March: nothing is owed for March, all of it is deducted.
    [InlineData("2026-02-28", "2017-09-01", false, -9_800, -5_600)]
    // Birth date corrected: 13 on 1 March, not 8: band 13–20.
    [InlineData(null, "2013-02-15", false, 11_200 - 9_800, 6_700 - 5_600)]
    // A new table from March adopted in April: the difference for March.
    [InlineData(null, "2017-09-01", true, 10_000 - 9_800, 5_700 - 5_600)]
    public void ChangedFacts_AfterApproval_AreCorrectedInTheNextOpenMonth(string? end, string birth, bool raised, double fee, double allowance)
    {
        var ledger = new Ledger();
        var march = ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        var table = raised ? Tables(Table2026, RaisedFromMarch) : Tables(Table2026);
        var april = ledger.Approve(M("2026-04"), [Placed("P1", "Borås", "H1", "2026-01-01", end is null ? null : end)],
            new Dictionary<string, DateOnly> { ["barn-1"] = Day(birth) }, table);
        var corrections = april.Where(l => l.PaymentKind == FeePaymentKind.Correction).ToList();
        Assert.Equal([(M("2026-03"), (FeeKind?)FeeKind.Fee, (decimal)fee), (M("2026-03"), FeeKind.ExpenseAllowance, (decimal)allowance)],
            corrections.Select(c => (c.ForMonth, c.Kind, c.Amount)));
        // Each points at the line it corrects: March's line of the same kind.
        Assert.Equal(["2026-03#0", "2026-03#1"], corrections.Select(c => c.CorrectsLineId));
        Assert.Equal(march.Select(l => l.Kind), corrections.Select(c => c.Kind));
    }

    [Fact]
    public void Correction_ExplainsNowBeforeAndTheDifference()
    {
        var ledger = new Ledger();
        ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        var april = ledger.Approve(M("2026-04"), [Placed("P1", "Borås", "H1", "2026-01-01", "2026-03-10")], EightYearOld, Tables(Table2026));
        Assert.Equal("Rättelse av 2026-03: nu: Arvode 8 år, 7–12 år enligt tabell från 2026-01 (SN 2025-12-10 § 140): 9\u00A0800,00\u00A0kr × 10/31 dagar = "
                     + "3\u00A0161,29\u00A0kr; tidigare utbetalt 9\u00A0800,00\u00A0kr; avdrag 6\u00A0638,71\u00A0kr", april[0].Explanation);
        Assert.DoesNotContain(april, l => l.ForMonth == M("2026-04")); // ended in March: nothing for April
    }

    [Fact]
    public void PlacementRegisteredLate_ForAClosedMonth_IsPaidAsACorrectionPointingAtNothing()
    {
        var ledger = new Ledger();
        ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        var births = new Dictionary<string, DateOnly> { ["barn-1"] = Day("2017-09-01"), ["barn-2"] = Day("2022-05-05") };
        var april = ledger.Approve(M("2026-04"), [Placed("P1", "Borås", "H1", "2026-01-01", null), Placed("P2", "Borås", "H2", "2026-03-17", null, "barn-2")],
            births, Tables(Table2026));
        var late = april.Where(l => l.PlacementId == "P2" && l.ForMonth == M("2026-03")).ToList();
        Assert.Equal([4_306.45m /* 8 900 × 15/31 = 4 306,451… */, 2_322.58m /* 4 800 × 15/31 = 2 322,580… */], late.Select(l => l.Amount));
        Assert.All(late, l => Assert.Null(l.CorrectsLineId));
    }

    [Fact]
    public void ClosedMonth_IsNotOpenAgain()
    {
        var ledger = new Ledger();
        ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        var refused = Assert.Throws<InputProblemsException>(() => ledger.Approve(M("2026-03"), [], EightYearOld, Tables(Table2026)));
        Assert.Contains("2026-03 is not open", refused.Problems[0].Message, StringComparison.Ordinal);
    }

    // Placements over January 2026 – June 2027, changed between approvals: ends moved, birth dates corrected, tables added.
    private static readonly Gen<(int Start, int Length, bool Open, int BirthYear)[]> Facts =
        Gen.Select(Gen.Int[0, 500], Gen.Int[0, 300], Gen.Bool, Gen.Int[2008, 2025]).Array[1, 4];

    [Fact]
    public void Property_AfterAnySequenceOfApprovals_WhatWasPaidPerPlacementAndMonth_IsTheEnginesAmountForTheFinalFacts() =>
        Gen.Select(Facts.Array[2, 5], Gen.Int[0, 2].Array[2, 5]).Sample((versions, raises) =>
        {
            var origin = Day("2026-01-01");
            var ledger = new Ledger();
            var month = M("2026-02");
            IReadOnlyList<Placement> placements = [];
            IReadOnlyDictionary<string, DateOnly> births = new Dictionary<string, DateOnly>();
            var table = Tables(Table2026);
            var approved = new List<FeePaymentLine>();
            var paidOut = new Dictionary<string, decimal>();
            var lastTotals = new Dictionary<string, decimal>();
            void Settle(IReadOnlyList<FeePaymentLine> lines)
            {
                foreach (var (home, amount) in Ledger.PaidOut(lines)) paidOut[home] = paidOut.GetValueOrDefault(home) + amount;
                lastTotals = lines.GroupBy(l => l.HomeId).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
                Assert.All(lines.Where(l => l.PaymentKind == FeePaymentKind.CarriedDeficit), l => Assert.True(l.Amount < 0 && l.PlacementId is null));
                Assert.Equal(lines.Where(l => l.PaymentKind == FeePaymentKind.CarriedDeficit).Select(l => l.HomeId).Distinct().Count(),
                    lines.Count(l => l.PaymentKind == FeePaymentKind.CarriedDeficit)); // one carried line per home
            }
            for (var step = 0; step < versions.Length; step++)
            {
                // The facts as they stand at this approval; the placements keep their ids, their facts change.
                var facts = versions[step];
                placements = facts.Select((f, i) => new Placement($"P{i}", "Borås", $"H{i % 2}", $"barn-{i}", origin.AddDays(f.Start),
                    f.Open ? null : origin.AddDays(f.Start + f.Length), LegalBasis.SoL)).ToList();
                births = facts.Select((f, i) => (i, f.BirthYear)).ToDictionary(x => $"barn-{x.i}", x => new DateOnly(x.BirthYear, 6, 15));
                // Sometimes a retroactive table: from some month already paid, with higher amounts.
                if (raises[step % raises.Length] == 1 && ledger.Closed.Count > 0)
                {
                    var from = ledger.Closed[ledger.Closed.Count / 2];
                    if (table.Values.All(v => v.EffectiveFrom != from.FirstDay))
                        table = Tables([.. table.Values.Append(new DatedValue<FeeTable>(from.FirstDay,
                            new FeeTable([new(0, 6, 9_000m + step, 4_850.50m), new(7, 12, 9_900m + step, 5_650m), new(13, 20, 11_300m, 6_750.25m)]), Sn2026)).OrderBy(v => v.EffectiveFrom)]);
                }
                var lines = ledger.Approve(month, placements, births, table);
                // No month is paid twice: a placement's ordinary line for a month appears in that month only.
                Assert.All(lines.Where(l => l.PaymentKind == FeePaymentKind.Ordinary), l => Assert.Equal(month, l.ForMonth));
                Assert.All(lines.Where(l => l.PaymentKind == FeePaymentKind.Correction), l => Assert.True(l.ForMonth < month && l.Amount != 0));
                approved.AddRange(lines);
                Settle(lines);
                month = month.Plus(1); // months are approved in order
            }
            // One more approval with the final facts settles every closed month.
            var final = ledger.Approve(month, placements, births, table);
            approved.AddRange(final);
            Settle(final);
            // Per home: what was paid out, less what the home still owes back, is what its ordinary and correction lines come to
            // (a home that owes was paid that much too much).
            foreach (var home in approved.Select(l => l.HomeId).Distinct())
            {
                var owed = -Math.Min(0m, lastTotals.GetValueOrDefault(home));
                var earned = approved.Where(l => l.HomeId == home && l.PaymentKind != FeePaymentKind.CarriedDeficit).Sum(l => l.Amount);
                Assert.True(paidOut.GetValueOrDefault(home) - owed == earned, $"{home}: paid {paidOut.GetValueOrDefault(home)} − owes {owed} != {earned}");
                Assert.True(owed >= 0);
            }
            approved.RemoveAll(l => l.PaymentKind == FeePaymentKind.CarriedDeficit); // carried lines are per home, not per placement
            var engine = FosterFees.Calculate(placements, births, M("2026-02"), month, table)
                .ToDictionary(f => (f.Month, f.PlacementId, f.Kind), f => f.Amount);
            var paid = approved.GroupBy(l => (l.ForMonth, PlacementId: l.PlacementId!, Kind: l.Kind!.Value)).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
            foreach (var key in engine.Keys.Union(paid.Keys))
                Assert.True(engine.GetValueOrDefault(key) == paid.GetValueOrDefault(key),
                    $"{key}: engine {engine.GetValueOrDefault(key)}, paid {paid.GetValueOrDefault(key)}");
            // Nothing lost, nothing paid twice, in total as well.
            Assert.Equal(engine.Values.Sum(), approved.Sum(l => l.Amount));
        }, iter: 300);

    private static readonly IReadOnlyList<Placement> EndedInMarch = [Placed("P1", "Borås", "H1", "2026-01-01", "2026-03-10")];

    [Fact]
    public void NegativeTotal_IsCarriedIntoTheNextMonth_AndSetOffAgainstItsFees()
    {
        var ledger = new Ledger();
        var births = new Dictionary<string, DateOnly> { ["barn-1"] = Day("2017-09-01"), ["barn-2"] = Day("2018-02-01") };
        ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        // Ended retroactively on 10 March: April deducts 9 800 − 3 161,29 and 5 600 − 1 806,45 and pays nothing.
        var april = ledger.Approve(M("2026-04"), EndedInMarch, births, Tables(Table2026));
        const decimal aprilTotal = (3_161.29m - 9_800m) + (1_806.45m - 5_600m);
        Assert.Equal(aprilTotal, april.Sum(l => l.Amount));
        Assert.Equal(0m, Ledger.PaidOut(april)["H1"]);
        Assert.DoesNotContain(april, l => l.PaymentKind == FeePaymentKind.CarriedDeficit); // March was not negative
        // A new child in H1 from May: May pays its fees less April's deficit.
        var may = ledger.Approve(M("2026-05"), [.. EndedInMarch, Placed("P2", "Borås", "H1", "2026-05-01", null, "barn-2")], births, Tables(Table2026));
        var carried = Assert.Single(may, l => l.PaymentKind == FeePaymentKind.CarriedDeficit);
        Assert.Equal((M("2026-04"), (string?)null, "H1", (FeeKind?)null, aprilTotal), (carried.ForMonth, carried.PlacementId, carried.HomeId, carried.Kind, carried.Amount));
        Assert.Equal("Avräkning av underskott från 2026-04: \u221210\u00A0432,26\u00A0kr", carried.Explanation);
        Assert.Equal(9_800m + 5_600m + aprilTotal, Ledger.PaidOut(may)["H1"]);
    }

    [Fact]
    public void Deficit_IsCarriedThroughAMonthWithoutFees_UntilSettled()
    {
        var ledger = new Ledger();
        var births = new Dictionary<string, DateOnly> { ["barn-1"] = Day("2017-09-01"), ["barn-2"] = Day("2022-05-05") };
        ledger.Approve(M("2026-03"), [Placed("P1", "Borås", "H1", "2026-01-01", null)], EightYearOld, Tables(Table2026));
        ledger.Approve(M("2026-04"), EndedInMarch, births, Tables(Table2026)); // −6 638,71 − 3 793,55
        const decimal deficit = (3_161.29m - 9_800m) + (1_806.45m - 5_600m);
        // May: H1 has no fees; the deficit is carried again, the home is paid nothing.
        var may = ledger.Approve(M("2026-05"), EndedInMarch, births, Tables(Table2026));
        Assert.Equal([(FeePaymentKind.CarriedDeficit, deficit)], may.Select(l => (l.PaymentKind, l.Amount)));
        Assert.Equal(deficit, FeePayments.Deficits(M("2026-05"), ledger.Paid, ledger.Carried)["H1"]);
        // June: a child of 4 placed from 16 June (30 days): 8 900 × 15/30 + 4 800 × 15/30 does not cover it either.
        var june = ledger.Approve(M("2026-06"), [.. EndedInMarch, Placed("P2", "Borås", "H1", "2026-06-16", null, "barn-2")], births, Tables(Table2026));
        Assert.Equal(4_450m + 2_400m + deficit, june.Sum(l => l.Amount));
        Assert.Equal(0m, Ledger.PaidOut(june)["H1"]);
        // July, a whole month: 8 900 + 4 800 less what is left, −3 582,26; then nothing is owed.
        var july = ledger.Approve(M("2026-07"), [.. EndedInMarch, Placed("P2", "Borås", "H1", "2026-06-16", null, "barn-2")], births, Tables(Table2026));
        Assert.Equal(4_450m + 2_400m + deficit, Assert.Single(july, l => l.PaymentKind == FeePaymentKind.CarriedDeficit).Amount);
        Assert.Equal(8_900m + 4_800m + (4_450m + 2_400m + deficit), Ledger.PaidOut(july)["H1"]);
        Assert.Empty(FeePayments.Deficits(M("2026-07"), ledger.Paid, ledger.Carried));
        var august = ledger.Approve(M("2026-08"), [.. EndedInMarch, Placed("P2", "Borås", "H1", "2026-06-16", null, "barn-2")], births, Tables(Table2026));
        Assert.DoesNotContain(august, l => l.PaymentKind == FeePaymentKind.CarriedDeficit);
    }
}
