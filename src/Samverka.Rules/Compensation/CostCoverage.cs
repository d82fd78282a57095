using Samverka.Kernel;
using static System.FormattableString;

namespace Samverka.Rules.Compensation;

/// <summary>Child-months a provider reports for one age band in its annual accounts.</summary>
/// <param name="MinAge">Lowest age of the band, completed years.</param>
/// <param name="MaxAge">Highest age of the band, included; null when open upwards.</param>
/// <param name="ChildMonths">Child-months in the band over the year.</param>
public sealed record ReportedBand(int MinAge, int? MaxAge, int ChildMonths);

/// <summary>A provider's annual accounts as reported: costs by type, places and child-months per age band.</summary>
/// <param name="ProviderId">The provider (organisation number, as on the compensation lines).</param>
/// <param name="Year">The financial year (a calendar year).</param>
/// <param name="Places">Places the provider has.</param>
/// <param name="StaffCosts">Staff costs, SEK.</param>
/// <param name="PremisesCosts">Premises costs, SEK.</param>
/// <param name="FoodCosts">Food costs, SEK.</param>
/// <param name="OtherCosts">Other costs, SEK.</param>
/// <param name="Bands">Child-months per age band.</param>
public sealed record AnnualAccount(string ProviderId, int Year, int Places, decimal StaffCosts, decimal PremisesCosts, decimal FoodCosts, decimal OtherCosts,
    IReadOnlyList<ReportedBand> Bands)
{
    /// <summary>All costs.</summary>
    public decimal TotalCosts => StaffCosts + PremisesCosts + FoodCosts + OtherCosts;

    /// <summary>All reported child-months.</summary>
    public int ChildMonths => Bands.Sum(b => b.ChildMonths);
}

/// <summary>Cost against grant for one provider, year and age band.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Year">The year.</param>
/// <param name="MinAge">Lowest age of the band.</param>
/// <param name="MaxAge">Highest age of the band; null when open.</param>
/// <param name="ReportedChildMonths">Child-months the provider reports in the band.</param>
/// <param name="PaidChildMonths">Child-months paid in the band (lines of the year).</param>
/// <param name="Grant">What those lines pay, SEK.</param>
/// <param name="GrantPerChildMonth">Grant / paid child-months, rounded to öre; null without paid child-months.</param>
/// <param name="CostPerChildMonth">The provider's total cost / all its reported child-months, rounded to öre; the same
/// for every band (costs are not reported per band); null without reported child-months.</param>
/// <param name="CoveragePercent">Grant per child-month as a percentage of cost per child-month, one decimal; null when
/// either is missing or the cost is 0.</param>
/// <param name="Explanation">How the figures are derived, one Swedish sentence.</param>
public sealed record CostCoverageRow(string ProviderId, int Year, int MinAge, int? MaxAge, int ReportedChildMonths, int PaidChildMonths, decimal Grant,
    decimal? GrantPerChildMonth, decimal? CostPerChildMonth, decimal? CoveragePercent, string Explanation)
{
    /// <summary>The band's Swedish label (<c>0-3 år</c>).</summary>
    public string BandLabel => new AgeBand(MinAge, MaxAge, 0m).SwedishLabel;
}

/// <summary>Compares a provider's cost per child-month with the grant per child-month, per age band: the basis for next
/// year's rates.</summary>
public static class CostCoverage
{
    /// <summary>One row per age band that the account reports or the lines pay, ordered by age.</summary>
    /// <param name="account">The provider's annual accounts.</param>
    /// <param name="lines">Compensation lines; only those of the account's provider and year count.</param>
    public static IReadOnlyList<CostCoverageRow> Compare(AnnualAccount account, IEnumerable<CompensationLine> lines)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(lines);
        var paid = lines.Where(l => l.ProviderId == account.ProviderId && l.Month.Year == account.Year)
            .GroupBy(l => (l.Band.MinAge, l.Band.MaxAge))
            .ToDictionary(g => g.Key, g => (ChildMonths: g.Count(), Grant: g.Sum(l => l.Amount)));
        var reported = account.Bands.GroupBy(b => (b.MinAge, b.MaxAge)).ToDictionary(g => g.Key, g => g.Sum(b => b.ChildMonths));
        var allChildMonths = account.ChildMonths;
        decimal? costPerChildMonth = allChildMonths == 0 ? null : Math.Round(account.TotalCosts / allChildMonths, 2, MidpointRounding.AwayFromZero);
        var costText = costPerChildMonth is { } c
            ? Invariant($"kostnad {SwedishText.Kronor(account.TotalCosts)} (personal {SwedishText.Kronor(account.StaffCosts)}, lokaler {SwedishText.Kronor(account.PremisesCosts)}, kost {SwedishText.Kronor(account.FoodCosts)}, övrigt {SwedishText.Kronor(account.OtherCosts)}) / {allChildMonths} barnmånader = {SwedishText.Kronor(c)}")
            : "inga barnmånader redovisade, så ingen kostnad per barnmånad";

        var rows = new List<CostCoverageRow>();
        foreach (var key in paid.Keys.Union(reported.Keys).OrderBy(k => k.MinAge).ThenBy(k => k.MaxAge ?? int.MaxValue))
        {
            var (childMonths, grant) = paid.GetValueOrDefault(key);
            decimal? grantPerChildMonth = childMonths == 0 ? null : Math.Round(grant / childMonths, 2, MidpointRounding.AwayFromZero);
            decimal? coverage = grantPerChildMonth is { } g && costPerChildMonth is { } cost && cost != 0
                ? Math.Round(100m * g / cost, 1, MidpointRounding.AwayFromZero)
                : null;
            var label = new AgeBand(key.MinAge, key.MaxAge, 0m).SwedishLabel;
            var grantText = grantPerChildMonth is { } gp
                ? Invariant($"bidrag {SwedishText.Kronor(grant)} / {childMonths} betalda barnmånader = {SwedishText.Kronor(gp)}")
                : "inga betalda barnmånader";
            var text = Invariant($"{label} {account.Year}: {grantText}; {costText}");
            if (coverage is { } pct) text += Invariant($"; bidraget täcker {SwedishFormat.Number(pct, 1, 1)} % av kostnaden");
            rows.Add(new CostCoverageRow(account.ProviderId, account.Year, key.MinAge, key.MaxAge, reported.GetValueOrDefault(key), childMonths, grant,
                grantPerChildMonth, costPerChildMonth, coverage, text));
        }
        return rows;
    }
}
