using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>An officer scores a submitted application against every criterion of its programme year, with comments,
/// and may recommend amounts per year. An officer who declared a conflict of interest for it is refused
/// (<see cref="Scoring.CheckScore"/>). The officer's earlier scores of the application are replaced.</summary>
public sealed class ScoreGrantApplication(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        /// <summary>Score per criterion key.</summary>
        public Dictionary<string, int?> Scores { get; set; } = [];

        /// <summary>Comment per criterion key.</summary>
        public Dictionary<string, string?> Comments { get; set; } = [];

        /// <summary>Recommended amounts for the programme year and the two following (empty: as applied).</summary>
        public decimal? Recommended1 { get; set; }

        public decimal? Recommended2 { get; set; }

        public decimal? Recommended3 { get; set; }
    }

    public async Task HandleAsync(Guid applicationId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor) || actor.UserId is null) throw new AccessDeniedException("Only a grant officer scores applications.");
        var application = await store.FindApplicationAsync(applicationId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such application.");
        var year = application.ProgrammeYear!;
        GrantRounds.RefuseIfClosed(year);
        var rule = GrantsStore.ToRule(year);
        var source = $"application {application.DisplayNumber(year.Year)}";
        var problems = new List<InputProblem>();
        if (application.Status != GrantApplicationStatus.Submitted) problems.Add(new(source, null, "Status", "only a submitted application that is not yet decided is scored"));
        var conflicts = await db.GrantConflicts.Where(c => c.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var ruleConflicts = conflicts.Select(c => new ConflictOfInterest(application.Id.ToString(), c.OfficerId, c.Declared, c.Reason)).ToList();
        var scores = new List<CriterionScore>();
        foreach (var c in rule.Criteria)
        {
            var comment = input.Comments.GetValueOrDefault(c.Key)?.Trim() ?? "";
            if (comment.Length > 2000) problems.Add(new(source, null, $"Comments[{c.Key}]", "must be at most 2000 characters"));
            if (input.Scores.GetValueOrDefault(c.Key) is not { } s) { problems.Add(new(source, null, $"Scores[{c.Key}]", "is required")); continue; }
            var score = new CriterionScore(application.Id.ToString(), actor.UserId, c.Key, s, comment);
            foreach (var p in Scoring.CheckScore(rule, score, ruleConflicts))
                problems.Add(p with { Source = source, Field = p.Field == "officer_id" ? "Scores" : $"Scores[{c.Key}]",
                    Message = p.Field == "officer_id" ? $"you ({actor.UserName}) declared a conflict of interest and cannot score this application" : p.Message });
            scores.Add(score);
        }
        var recommended = new List<YearAmount>();
        foreach (var (amount, offset) in new[] { (input.Recommended1, 0), (input.Recommended2, 1), (input.Recommended3, 2) })
            if (amount is { } a) recommended.Add(new YearAmount(year.Year + offset, a));
        if (recommended.Count > 0)
            foreach (var p in ApplicationRules.AmountProblems(rule, recommended, source, "amounts"))
                problems.Add(p with { Field = p.Field.StartsWith("amounts[", StringComparison.Ordinal) ? "Recommended" + (int.Parse(p.Field[8..^1], System.Globalization.CultureInfo.InvariantCulture) - year.Year + 1) : "Recommended1" });
        problems = problems.DistinctBy(p => (p.Field, p.Message)).ToList();
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        db.GrantScores.RemoveRange(await db.GrantScores.Where(s => s.ApplicationId == application.Id && s.OfficerId == actor.UserId).ToListAsync(cancellationToken));
        foreach (var s in scores)
            db.GrantScores.Add(new GrantScore
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, OfficerId = actor.UserId, OfficerName = actor.UserName, CriterionKey = s.CriterionKey,
                Score = s.Score, Comment = s.Comment, ScoredAt = now,
            });
        if (recommended.Count > 0)
        {
            application.Amounts.RemoveAll(a => a.Kind == GrantAmountKind.Recommended);
            foreach (var a in recommended) application.Amounts.Add(new GrantApplicationAmount { ApplicationId = application.Id, Kind = GrantAmountKind.Recommended, Year = a.Year, Amount = a.Amount });
        }
        audit.Add(actor, AuditActions.Update, nameof(GrantScore), application.Id.ToString(),
            $"{source}: scored {string.Join(", ", scores.Select(s => $"{s.CriterionKey} {s.Score}"))}{(recommended.Count > 0 ? "; recommended " + GrantsStore.Years(recommended) : "")}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
