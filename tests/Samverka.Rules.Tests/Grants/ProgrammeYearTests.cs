using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class ProgrammeYearTests
{
    [Fact]
    public void Validate_OperatingProgramme_HasNoProblems() => Assert.Empty(Operating().Validate());

    [Fact]
    public void Validate_WeightsSummingToNinetyPercent_NamesTheSum()
    {
        var programme = Operating() with { Criteria = [TargetGroup, Method, Priority with { Weight = 0.1m }] };
        var problem = Assert.Single(programme.Validate());
        Assert.Equal("criteria", problem.Field);
        Assert.Contains("0.9" /* 0,5 + 0,3 + 0,1 */, problem.Message);
    }

    [Theory]
    [InlineData(GrantKind.Operating, 0, true)]
    [InlineData(GrantKind.Operating, 1, false)]
    [InlineData(GrantKind.Operating, 3, false)]
    [InlineData(GrantKind.Operating, 4, true)]
    [InlineData(GrantKind.Development, 1, false)]
    [InlineData(GrantKind.Development, 2, true)]
    [InlineData(GrantKind.Other, 3, false)]
    public void Validate_MaxYears_OperatingOneToThreeDevelopmentOne(GrantKind kind, int maxYears, bool refused)
    {
        var problems = (Operating() with { Kind = kind, MaxYears = maxYears }).Validate();
        Assert.Equal(refused, problems.Any(p => p.Field == "max_years"));
    }

    [Fact]
    public void Validate_DecisionBeforeWindowCloses_IsAProblem()
    {
        var problems = (Operating() with { DecisionDate = new DateOnly(2026, 5, 15) }).Validate();
        Assert.Contains(problems, p => p.Field == "decision_date");
    }

    [Fact]
    public void EligibilityOf_Forms_AssociationDirectFoundationAfterAssessmentOtherNot()
    {
        var programme = Operating();
        Assert.Equal(FormEligibility.Direct, programme.EligibilityOf(OrganisationForm.NonProfitAssociation));
        Assert.Equal(FormEligibility.AfterIndividualAssessment, programme.EligibilityOf(OrganisationForm.Foundation));
        Assert.Equal(FormEligibility.NotEligible, programme.EligibilityOf(OrganisationForm.Other));
    }

    [Fact]
    public void PotEntry_OfProgrammeYear_SetsThePotWithItsDecision()
    {
        var entry = Operating().PotEntry();
        Assert.Equal((2027, LedgerEntryKind.PotSet, 10_000_000m, Adopted), (entry.Year, entry.Kind, entry.Amount, entry.Decision));
    }
}

public class ApplicationWindowTests
{
    // Summer time (+02:00) from 2026-03-29 03:00 to 2026-10-25 03:00 Stockholm time.
    [Theory]
    [InlineData("2026-06-01T00:00:00+02:00", "2026-05-31T22:00:00+00:00")]
    [InlineData("2026-01-15T00:00:00+01:00", "2026-01-14T23:00:00+00:00")]
    [InlineData("2026-10-25T02:30:00+02:00", "2026-10-25T00:30:00+00:00" /* repeated hour: first occurrence, summer time */)]
    [InlineData("2026-03-29T03:00:00+02:00", "2026-03-29T01:00:00+00:00" /* first minute of summer time */)]
    public void FromStockholmWallClock_Instant_UsesTheOffsetInForce(string local, string utc)
    {
        var wall = DateTimeOffset.Parse(local, System.Globalization.CultureInfo.InvariantCulture).DateTime;
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), ApplicationWindow.FromStockholmWallClock(wall));
    }

    [Fact]
    public void FromStockholmWallClock_SkippedHour_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ApplicationWindow.FromStockholmWallClock(new DateTime(2026, 3, 29, 2, 30, 0)));

    [Fact]
    public void Constructor_ClosingNotAfterOpening_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ApplicationWindow(Stockholm(2026, 5, 1), Stockholm(2026, 5, 1)));

    // A window that closes at noon on the day summer time starts: 12:00 Stockholm = 10:00 UTC (not 11:00).
    [Theory]
    [InlineData("2026-03-29T09:59:59+00:00", WindowPosition.Open /* one second before closing */)]
    [InlineData("2026-03-29T10:00:00+00:00", WindowPosition.Closed /* at closing: refused */)]
    [InlineData("2026-03-29T11:59:59+01:00", WindowPosition.Closed /* 11:59:59 in winter-time reckoning is 12:59:59 wall clock */)]
    [InlineData("2026-03-29T11:59:59+02:00", WindowPosition.Open)]
    [InlineData("2026-03-01T00:00:00+01:00", WindowPosition.Open /* at opening: accepted */)]
    [InlineData("2026-02-28T23:59:59+01:00", WindowPosition.BeforeOpening /* one second before opening */)]
    public void PositionOf_WindowClosingOnDstDay_OpeningIncludedClosingExcluded(string instant, WindowPosition expected)
    {
        var window = ApplicationWindow.FromStockholm(new DateTime(2026, 3, 1, 0, 0, 0), new DateTime(2026, 3, 29, 12, 0, 0));
        Assert.Equal(expected, window.PositionOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void StockholmText_SummerAndWinter_NamesTheKindOfTime()
    {
        Assert.Equal("2026-05-31 23:59:59 (sommartid)", ApplicationWindow.StockholmText(new DateTimeOffset(2026, 5, 31, 21, 59, 59, TimeSpan.Zero)));
        Assert.Equal("2026-12-01 00:00:00 (normaltid)", ApplicationWindow.StockholmText(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero)));
    }
}
