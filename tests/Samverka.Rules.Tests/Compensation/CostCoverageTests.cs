using Samverka.Rules.Compensation;
using static Samverka.Rules.Tests.Compensation.CompensationFixtures;

namespace Samverka.Rules.Tests.Compensation;

// Provider P in 2007, rates 2007-01 (0-3 år 9 800,00, 4-5 år 7 250,00) and 2007-07 (0-3 år 10 120,00, 4-5 år 7 480,25).
// A is 2 all year (0-3 år), B is 4 (4-5 år). The account: 150 000 + 30 000 + 12 000 + 8 000 = 200 000 kr over 12 + 12 + 3 child-months.
public class CostCoverageTests
{
    private static readonly AnnualAccount Account = new("P", 2007, 3, 150_000.00m, 30_000.00m, 12_000.00m, 8_000.00m,
        [new ReportedBand(0, 3, 12), new ReportedBand(4, 5, 12), new ReportedBand(6, null, 3)]);

    private static CompensationResult Year2007() => RunBoth(RuleSet(), "2007-01", "2008-01",
        E("A", "2005-01-01", "P", "2006-12-01"),
        E("B", "2002-06-01", "P", "2006-12-01", "2008-01-31"),
        E("C", "2005-01-01", "Q", "2007-01-01"));

    [Fact]
    public void Compare_PerBand_DividesGrantByPaidChildMonthsAndCostByAllReportedChildMonths()
    {
        var rows = CostCoverage.Compare(Account, Year2007().Lines);

        var cost = Math.Round(200_000.00m / (12 + 12 + 3), 2, MidpointRounding.AwayFromZero); // 7 407,41
        Assert.Equal(["0-3 år", "4-5 år", "6 år och äldre"], rows.Select(r => r.BandLabel));
        Assert.All(rows, r => Assert.Equal(cost, r.CostPerChildMonth));

        var young = rows[0];
        Assert.Equal((12, 12, 6 * 9800.00m + 6 * 10120.00m), (young.ReportedChildMonths, young.PaidChildMonths, young.Grant));
        Assert.Equal(Math.Round((6 * 9800.00m + 6 * 10120.00m) / 12, 2), young.GrantPerChildMonth); // 9 960,00
        Assert.Equal(Math.Round(100m * 9960.00m / cost, 1, MidpointRounding.AwayFromZero), young.CoveragePercent);

        var older = rows[1];
        Assert.Equal(6 * 7250.00m + 6 * 7480.25m, older.Grant);
        Assert.Equal(Math.Round((6 * 7250.00m + 6 * 7480.25m) / 12, 2, MidpointRounding.AwayFromZero), older.GrantPerChildMonth); // 7 365,125 -> 7 365,13
        Assert.Equal(Math.Round(100m * 7365.13m / cost, 1, MidpointRounding.AwayFromZero), older.CoveragePercent);

        var oldest = rows[2]; // reported, never paid
        Assert.Equal((3, 0, 0m, (decimal?)null, (decimal?)null), (oldest.ReportedChildMonths, oldest.PaidChildMonths, oldest.Grant, oldest.GrantPerChildMonth, oldest.CoveragePercent));
    }

    [Fact]
    public void Compare_Explanation_DerivesEachFigureInSwedish()
    {
        var row = CostCoverage.Compare(Account, Year2007().Lines)[0];

        Assert.Equal("0-3 år 2007: bidrag 119 520,00 kr / 12 betalda barnmånader = 9 960,00 kr; kostnad 200 000,00 kr (personal 150 000,00 kr, "
            + "lokaler 30 000,00 kr, kost 12 000,00 kr, övrigt 8 000,00 kr) / 27 barnmånader = 7 407,41 kr; bidraget täcker 134,5 % av kostnaden",
            row.Explanation.Replace('\u00A0', ' '));
    }

    [Fact]
    public void Compare_WithoutReportedChildMonths_HasNoCostPerChildMonth()
    {
        var rows = CostCoverage.Compare(Account with { Bands = [] }, Year2007().Lines);

        Assert.Equal(["0-3 år", "4-5 år"], rows.Select(r => r.BandLabel)); // the paid bands still show
        Assert.All(rows, r => Assert.Null(r.CostPerChildMonth));
        Assert.All(rows, r => Assert.Null(r.CoveragePercent));
        Assert.Contains("inga barnmånader redovisade", rows[0].Explanation, StringComparison.Ordinal);
    }
}
