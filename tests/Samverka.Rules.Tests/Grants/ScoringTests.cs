using CsCheck;
using Samverka.Kernel;
using Samverka.Rules.Grants;
using static Samverka.Rules.Tests.Grants.GrantsTestData;

namespace Samverka.Rules.Tests.Grants;

public class ScoringTests
{
    private static CriterionScore S(string app, string officer, string criterion, int score) => new(app, officer, criterion, score, "kommentar");

    private static readonly ConflictOfInterest[] NoConflicts = [];

    [Fact]
    public void Score_TwoOfficers_IsTheWeightedMeanOfTheMeanScores()
    {
        var scores = new[]
        {
            S("A", "anna", "target_group", 4), S("A", "bo", "target_group", 5),
            S("A", "anna", "method", 3), S("A", "bo", "method", 2),
            S("A", "anna", "priority", 5),
        };
        var result = Scoring.Score(Operating(), Application("A"), scores, NoConflicts);
        Assert.Equal(0.5m * ((4m + 5m) / 2) + 0.3m * ((3m + 2m) / 2) + 0.2m * 5m /* = 2,25 + 0,75 + 1 = 4 */, result.Score);
        Assert.Equal("Poäng 4,00 = 0,50 × 4,50 (Målgrupp: medel av 4, 5) + 0,30 × 2,50 (Metod: medel av 3, 2) + 0,20 × 5,00 (Prioriterat område: medel av 5).",
            result.Explanation);
    }

    [Fact]
    public void Score_ByOfficerWithDeclaredConflict_IsRefused()
    {
        var conflicts = new[] { new ConflictOfInterest("A", "bo", new DateOnly(2026, 9, 1), "styrelseledamot i föreningen") };
        var scores = new[] { S("A", "anna", "target_group", 4), S("A", "anna", "method", 3), S("A", "anna", "priority", 5), S("A", "bo", "method", 5) };
        var ex = Assert.Throws<InputProblemsException>(() => Scoring.Score(Operating(), Application("A"), scores, conflicts));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("officer_id", problem.Field);
        Assert.Contains("officer bo declared a conflict of interest on 2026-09-01", problem.Message);
    }

    [Fact]
    public void CheckScore_ConflictForAnotherApplication_DoesNotRefuse()
    {
        var conflicts = new[] { new ConflictOfInterest("B", "bo", new DateOnly(2026, 9, 1), "anställd") };
        Assert.Empty(Scoring.CheckScore(Operating(), S("A", "bo", "method", 3), conflicts));
    }

    [Theory]
    [InlineData(-1, "score")]
    [InlineData(6, "score")]
    [InlineData(0, null)]
    [InlineData(5, null)]
    public void CheckScore_OutsideTheScale_IsRefused(int score, string? field)
    {
        var problems = Scoring.CheckScore(Operating(), S("A", "anna", "method", score), NoConflicts);
        Assert.Equal(field, problems.SingleOrDefault()?.Field);
    }

    [Fact]
    public void Score_CriterionWithoutScoreOrScoredTwice_IsRefused()
    {
        var scores = new[] { S("A", "anna", "target_group", 4), S("A", "anna", "target_group", 3), S("A", "anna", "method", 3) };
        var ex = Assert.Throws<InputProblemsException>(() => Scoring.Score(Operating(), Application("A"), scores, NoConflicts));
        Assert.Equal(["score", "criterion"], ex.Problems.Select(p => p.Field));
    }

    private static ApplicationScore Scored(string id, decimal score, DateTimeOffset at) => new(id, at, score, [], "");

    [Fact]
    public void Rank_ByScoreThenEarlierSubmissionThenId_IsDeterministic()
    {
        var may1 = Stockholm(2026, 5, 1);
        var may2 = Stockholm(2026, 5, 2);
        var ranked = Scoring.Rank([Scored("D", 3.5m, may1), Scored("C", 4m, may2), Scored("B", 4m, may1), Scored("A", 3.5m, may1), Scored("E", 4.5m, may2)]);
        Assert.Equal(["E", "B", "C", "A", "D"], ranked.Select(r => r.ApplicationId));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank));
        Assert.Contains("lika poäng som ansökan C men inkom tidigare", ranked[1].Explanation);
        Assert.Contains("lika poäng och inkomsttid som ansökan D, ordnas efter ansökans id", ranked[3].Explanation);
    }

    [Fact]
    public void Rank_ScoresEqualInExactArithmetic_TieBrokenBySubmission()
    {
        // 1/3 + 1/3 + 1/3 and 1 are equal in exact arithmetic; decimal leaves 0.9999999999999999999999999999.
        var third = 1m / 3m;
        var ranked = Scoring.Rank([Scored("A", third + third + third, Stockholm(2026, 5, 2)), Scored("B", 1m, Stockholm(2026, 5, 1))]);
        Assert.Equal(["B", "A"], ranked.Select(r => r.ApplicationId));
    }

    [Fact]
    public void Rank_AnyInputOrder_GivesTheSameRanking()
    {
        var gen = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 3]).List[1, 12];
        gen.Sample(items =>
        {
            var scores = items.Select((x, i) => Scored($"A{i:D2}", x.Item1 / 2m, Stockholm(2026, 5, 1 + x.Item2))).ToList();
            var forward = Scoring.Rank(scores).Select(r => r.ApplicationId).ToList();
            var backward = Scoring.Rank(scores.AsEnumerable().Reverse().ToList()).Select(r => r.ApplicationId).ToList();
            return forward.SequenceEqual(backward);
        });
    }
}
