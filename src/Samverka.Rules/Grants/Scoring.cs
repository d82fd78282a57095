using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>One officer's score of one criterion of one application.</summary>
/// <param name="ApplicationId">The application scored.</param>
/// <param name="OfficerId">The officer scoring.</param>
/// <param name="CriterionKey">The criterion (<see cref="AssessmentCriterion.Key"/>).</param>
/// <param name="Score">A whole score on the programme's scale (default 0-5).</param>
/// <param name="Comment">The officer's comment.</param>
public sealed record CriterionScore(string ApplicationId, string OfficerId, string CriterionKey, int Score, string Comment);

/// <summary>An officer's declaration of a conflict of interest (jäv) for an application: the officer may not score it.</summary>
/// <param name="ApplicationId">The application concerned.</param>
/// <param name="OfficerId">The officer who declared it.</param>
/// <param name="Declared">The day it was declared.</param>
/// <param name="Reason">Why, for example "styrelseledamot i föreningen".</param>
public sealed record ConflictOfInterest(string ApplicationId, string OfficerId, DateOnly Declared, string Reason);

/// <summary>One criterion's part of an application's score.</summary>
/// <param name="Criterion">The criterion and its weight.</param>
/// <param name="MeanScore">Mean of the officers' scores of the criterion (not rounded).</param>
/// <param name="Contribution">Weight x mean score (not rounded).</param>
/// <param name="Scores">The officers' scores, ordered by officer (ordinal).</param>
public sealed record CriterionResult(AssessmentCriterion Criterion, decimal MeanScore, decimal Contribution, IReadOnlyList<CriterionScore> Scores);

/// <summary>An application's score: the weighted mean over criteria of the mean officer score.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="SubmittedAt">When it was submitted (the first tie-breaker).</param>
/// <param name="Score">Sum of the criteria's contributions (not rounded).</param>
/// <param name="Criteria">Each criterion's part, in the programme's order.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record ApplicationScore(string ApplicationId, DateTimeOffset SubmittedAt, decimal Score, IReadOnlyList<CriterionResult> Criteria, string Explanation)
{
    /// <summary>The score as compared in the ranking: rounded to 10 decimals (half away from zero), so that the last
    /// digit of a division by 3 or 7 never decides an order that is a tie in exact arithmetic.</summary>
    public decimal RankingScore => Math.Round(Score, 10, MidpointRounding.AwayFromZero);
}

/// <summary>An application's place in the ranking.</summary>
/// <param name="Rank">1 = best; distinct, no gaps.</param>
/// <param name="Score">The score ranked.</param>
/// <param name="Explanation">Why it has this place, in Swedish (which tie-breaker decided, if any).</param>
public sealed record RankedApplication(int Rank, ApplicationScore Score, string Explanation)
{
    /// <summary>The application.</summary>
    public string ApplicationId => Score.ApplicationId;
}

/// <summary>Scoring and ranking of applications.</summary>
/// <remarks>Ranking: higher <see cref="ApplicationScore.RankingScore"/> first; on equal scores the earlier submission;
/// on equal instants the lower application id (ordinal). The order is total, so the same scores always give the same
/// ranking.</remarks>
public static class Scoring
{
    /// <summary>Problems that refuse one score (empty when it is accepted): an officer who declared a conflict of
    /// interest for the application, a criterion the programme does not have, a score outside the scale.</summary>
    public static IReadOnlyList<InputProblem> CheckScore(ProgrammeYear programme, CriterionScore score, IReadOnlyList<ConflictOfInterest> conflicts)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(conflicts);
        var problems = new List<InputProblem>();
        var source = $"application {score.ApplicationId}";
        var conflict = conflicts.FirstOrDefault(c =>
            string.Equals(c.ApplicationId, score.ApplicationId, StringComparison.Ordinal) &&
            string.Equals(c.OfficerId, score.OfficerId, StringComparison.Ordinal));
        if (conflict is not null)
            problems.Add(new InputProblem(source, null, "officer_id", string.Create(CultureInfo.InvariantCulture,
                $"officer {score.OfficerId} declared a conflict of interest on {conflict.Declared:yyyy-MM-dd} ({conflict.Reason}) and cannot score the application")));
        if (!programme.Criteria.Any(c => string.Equals(c.Key, score.CriterionKey, StringComparison.Ordinal)))
            problems.Add(new InputProblem(source, null, "criterion",
                $"'{score.CriterionKey}' is not a criterion of {programme.ProgrammeId} {programme.Year} ({string.Join(", ", programme.Criteria.Select(c => c.Key))})"));
        if (score.Score < programme.MinScore || score.Score > programme.MaxScore)
            problems.Add(new InputProblem(source, null, "score",
                $"{score.Score} from officer {score.OfficerId} for '{score.CriterionKey}' is outside the scale {programme.MinScore}-{programme.MaxScore}"));
        return problems;
    }

    /// <summary>Scores <paramref name="application"/> from the officers' scores (scores of other applications are ignored).</summary>
    /// <exception cref="InputProblemsException">A score is refused (<see cref="CheckScore"/>), an officer scored a
    /// criterion twice, or a criterion has no score.</exception>
    public static ApplicationScore Score(ProgrammeYear programme, GrantApplication application, IReadOnlyList<CriterionScore> scores, IReadOnlyList<ConflictOfInterest> conflicts)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(scores);
        var mine = scores.Where(s => string.Equals(s.ApplicationId, application.Id, StringComparison.Ordinal)).ToList();
        var problems = mine.SelectMany(s => CheckScore(programme, s, conflicts)).ToList();
        foreach (var twice in mine.GroupBy(s => (s.OfficerId, s.CriterionKey)).Where(g => g.Count() > 1))
            problems.Add(new InputProblem(application.Source, null, "score",
                $"officer {twice.Key.OfficerId} scored '{twice.Key.CriterionKey}' {twice.Count()} times; one score per officer and criterion"));
        foreach (var c in programme.Criteria)
            if (!mine.Any(s => string.Equals(s.CriterionKey, c.Key, StringComparison.Ordinal)))
                problems.Add(new InputProblem(application.Source, null, "criterion", $"'{c.Key}' ({c.Name}) has no score"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var results = new List<CriterionResult>();
        var total = 0m;
        foreach (var c in programme.Criteria)
        {
            var own = mine.Where(s => string.Equals(s.CriterionKey, c.Key, StringComparison.Ordinal))
                .OrderBy(s => s.OfficerId, StringComparer.Ordinal).ToList();
            var mean = (decimal)own.Sum(s => s.Score) / own.Count;
            var contribution = c.Weight * mean;
            total += contribution;
            results.Add(new CriterionResult(c, mean, contribution, own));
        }
        var terms = results.Select(r =>
            $"{Sv.Number(r.Criterion.Weight, 2)} × {Sv.Number(r.MeanScore, 2)} ({r.Criterion.Name}: medel av {string.Join(", ", r.Scores.Select(s => s.Score))})");
        var explanation = $"Poäng {Sv.Number(total, 2)} = {string.Join(" + ", terms)}.";
        return new ApplicationScore(application.Id, application.SubmittedAt, total, results, explanation);
    }

    /// <summary>Ranks scored applications: higher score first, then earlier submission, then lower id (ordinal).</summary>
    /// <exception cref="ArgumentException">Two scores have the same application id.</exception>
    public static IReadOnlyList<RankedApplication> Rank(IReadOnlyList<ApplicationScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var duplicate = scores.GroupBy(s => s.ApplicationId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Application {duplicate.Key} is scored more than once.", nameof(scores));

        var ordered = scores
            .OrderByDescending(s => s.RankingScore)
            .ThenBy(s => s.SubmittedAt.UtcTicks)
            .ThenBy(s => s.ApplicationId, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedApplication>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var why = $"Rang {i + 1} av {ordered.Count}: poäng {Sv.Number(s.Score, 2)}";
            if (i + 1 < ordered.Count && ordered[i + 1].RankingScore == s.RankingScore)
            {
                var next = ordered[i + 1];
                why += next.SubmittedAt.UtcTicks != s.SubmittedAt.UtcTicks
                    ? $"; lika poäng som ansökan {next.ApplicationId} men inkom tidigare ({ApplicationWindow.StockholmText(s.SubmittedAt)})"
                    : $"; lika poäng och inkomsttid som ansökan {next.ApplicationId}, ordnas efter ansökans id";
            }
            ranked.Add(new RankedApplication(i + 1, s, why + "."));
        }
        return ranked;
    }
}
