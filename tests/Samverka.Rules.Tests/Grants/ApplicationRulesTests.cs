using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class ApplicationRulesTests
{
    [Fact]
    public void ValidateSubmission_AssociationInsideWindow_IsAccepted() =>
        Assert.Empty(ApplicationRules.ValidateSubmission(Operating(), Application("A", amounts: [400_000m, 400_000m, 400_000m])));

    [Theory]
    [InlineData(2026, 5, 31, 23, 59, 59, null /* one second before closing 2026-06-01 00:00 */)]
    [InlineData(2026, 6, 1, 0, 0, 0, "after the window closed")]
    [InlineData(2026, 4, 1, 0, 0, 0, null /* at opening */)]
    [InlineData(2026, 3, 31, 23, 59, 59, "before the window opens")]
    public void ValidateSubmission_AtWindowEdges_OpeningIncludedClosingExcluded(int y, int mo, int d, int h, int mi, int s, string? refusal)
    {
        var application = Application("A") with { SubmittedAt = Stockholm(y, mo, d, h, mi, s) };
        var problems = ApplicationRules.ValidateSubmission(Operating(), application);
        if (refusal is null) Assert.Empty(problems);
        else Assert.Contains(refusal, Assert.Single(problems, p => p.Field == "submitted_at").Message);
    }

    [Fact]
    public void ValidateSubmission_Late_NamesTheWindowInSwedishLocalTime()
    {
        var problem = Assert.Single(ApplicationRules.ValidateSubmission(Operating(), Application("A") with { SubmittedAt = Stockholm(2026, 6, 2, 9, 15) }));
        Assert.Equal("application A: submitted_at: submitted 2026-06-02 09:15:00 (sommartid), after the window closed; the window is " +
                     "2026-04-01 00:00:00 (sommartid) – 2026-06-01 00:00:00 (sommartid), stängningstiden ej inräknad", problem.ToString());
    }

    [Theory]
    [InlineData(new[] { 1_000_000.0 }, null /* exactly the cap */)]
    [InlineData(new[] { 1_000_001.0 }, "amounts[2027]" /* 1 000 001 − 1 000 000 = 1 kr above the cap */)]
    [InlineData(new[] { 0.0 }, "amounts[2027]")]
    [InlineData(new[] { -5_000.0 }, "amounts[2027]")]
    [InlineData(new[] { 100_000.005 }, "amounts[2027]" /* not whole öre */)]
    [InlineData(new[] { 300_000.0, 1_200_000.0 }, "amounts[2028]")]
    [InlineData(new[] { 1.0, 1.0, 1.0, 1.0 }, "amounts" /* 4 years > 3 */)]
    public void ValidateSubmission_Amounts_EachYearAboveZeroAndAtMostTheCap(double[] amounts, string? field)
    {
        var application = Application("A", amounts: amounts.Select(a => (decimal)a).ToArray());
        var problems = ApplicationRules.ValidateSubmission(Operating(), application);
        if (field is null) Assert.Empty(problems);
        else Assert.Equal(field, Assert.Single(problems).Field);
    }

    [Fact]
    public void ValidateSubmission_AboveCap_StatesByHowMuch()
    {
        var problem = Assert.Single(ApplicationRules.ValidateSubmission(Operating(), Application("A", amounts: [1_250_000m])));
        Assert.Contains("above the cap of 1\u00A0000\u00A0000\u00A0kr per application and year, by 250\u00A0000\u00A0kr" /* 1 250 000 − 1 000 000 */, problem.Message);
    }

    [Fact]
    public void ValidateSubmission_FourYears_NoGrantCoversMoreThanThree() =>
        Assert.Contains("4 years; no grant covers more than 3 years",
            Assert.Single(ApplicationRules.ValidateSubmission(Operating(), Application("A", amounts: [1m, 1m, 1m, 1m]))).Message);

    [Fact]
    public void ValidateSubmission_ThreeYearsInTwoYearProgramme_NamesTheProgrammesLimit() =>
        Assert.Contains("allows at most 2",
            Assert.Single(ApplicationRules.ValidateSubmission(Operating(maxYears: 2), Application("A", amounts: [1m, 1m, 1m]))).Message);

    [Theory]
    [InlineData(new[] { 2028, 2029 }, "the first year is 2028")]
    [InlineData(new[] { 2027, 2029 }, "2027 is followed by 2029")]
    [InlineData(new[] { 2027, 2027 }, "a year appears twice")]
    public void ValidateSubmission_Years_ConsecutiveFromTheProgrammeYear(int[] years, string message)
    {
        var application = Application("A") with { Amounts = years.Select(y => new YearAmount(y, 100_000m)).ToList() };
        Assert.Contains(ApplicationRules.ValidateSubmission(Operating(), application), p => p.Field == "amounts" && p.Message.Contains(message));
    }

    [Fact]
    public void ValidateSubmission_UnknownPriorityArea_IsRefused() =>
        Assert.Equal("priority_areas", Assert.Single(ApplicationRules.ValidateSubmission(Operating(),
            Application("A") with { PriorityAreas = ["Barn och unga", "Idrott"] })).Field);

    [Fact]
    public void ValidateSubmission_FoundationWithoutAssessment_MaySubmit() =>
        Assert.Empty(ApplicationRules.ValidateSubmission(Operating(), Application("F", OrganisationForm.Foundation)));

    [Fact]
    public void ValidateSubmission_FormNotEligibleAtAll_IsRefused() =>
        Assert.Equal("organisation_form", Assert.Single(ApplicationRules.ValidateSubmission(Operating(), Application("G", OrganisationForm.Other))).Field);

    [Theory]
    [InlineData(OrganisationForm.NonProfitAssociation, null, false)]
    [InlineData(OrganisationForm.Foundation, null, true /* none recorded */)]
    [InlineData(OrganisationForm.Foundation, true, false)]
    [InlineData(OrganisationForm.Foundation, false, true /* recorded, found not eligible */)]
    public void ValidateForDecision_FormNeedingAssessment_NeedsOneThatFoundItEligible(OrganisationForm form, bool? eligible, bool refused)
    {
        var application = Application("F", form) with
        {
            Assessment = eligible is { } e ? new IndividualAssessment("handläggare-1", new DateOnly(2026, 6, 10), e, "Stiftelsens ändamål är socialt") : null,
        };
        Assert.Equal(refused, ApplicationRules.ValidateForDecision(Operating(), application).Any(p => p.Field == "individual_assessment"));
    }
}
