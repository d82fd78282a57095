using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>One application with everything the actor may see of it: the applicant sees its application and the
/// decision; officers and the committee also see the assessment, the scores with the engine's explanation and the
/// declared conflicts of interest. Reads by others than the applicant are audited.</summary>
public sealed class GetGrantApplication(SamverkaDbContext db, GrantsStore store, AuditLog audit)
{
    public sealed record Attachment(Guid Id, GrantAttachmentKind Kind, string FileName, long Size, DateTime UploadedAt);

    public sealed record ScoreRow(string Officer, string CriterionKey, string Criterion, int Score, string Comment);

    public sealed record Details(
        GrantApplicationRecord Application, GrantProgrammeYear Year, ProgrammeYear Rule, OrganisationInfo Organisation, OrganisationForm Form,
        FormEligibility Eligibility, IReadOnlyList<YearAmount> Applied, IReadOnlyList<YearAmount> Recommended, IReadOnlyList<YearAmount> Granted,
        IReadOnlyList<Attachment> Attachments, IReadOnlyList<ScoreRow> Scores, IReadOnlyList<GrantConflict> Conflicts, ApplicationScore? Score,
        string? ScoreProblem, bool IsOwn, bool ActorHasConflict, string Owner);

    public async Task<Details?> HandleAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await store.FindApplicationAsync(applicationId, actor, cancellationToken) is not { } a) return null;
        var isOwn = GrantsStore.IsApplicant(actor) && a.OrganisationId == actor.OrganisationId;
        if (!isOwn && a.Status == GrantApplicationStatus.Draft) return null; // a draft is the applicant's own
        var year = a.ProgrammeYear!;
        var rule = GrantsStore.ToRule(year);
        var organisation = await db.OrganisationInfos().SingleAsync(o => o.Id == a.OrganisationId, cancellationToken);
        var form = GrantsStore.FormOf(organisation.Kind);
        var attachments = await db.GrantAttachments.Where(x => x.ApplicationId == a.Id).OrderBy(x => x.UploadedAt)
            .Select(x => new Attachment(x.Id, x.Kind, x.FileName, x.Size, x.UploadedAt)).ToListAsync(cancellationToken);
        IReadOnlyList<ScoreRow> scoreRows = [];
        IReadOnlyList<GrantConflict> conflicts = [];
        ApplicationScore? score = null;
        string? scoreProblem = null;
        if (!isOwn)
        {
            var scores = await db.GrantScores.Where(s => s.ApplicationId == a.Id).ToListAsync(cancellationToken);
            conflicts = await db.GrantConflicts.Where(c => c.ApplicationId == a.Id).OrderBy(c => c.Declared).ToListAsync(cancellationToken);
            scoreRows = scores.OrderBy(s => s.OfficerName, StringComparer.Ordinal).ThenBy(s => rule.Criteria.ToList().FindIndex(c => c.Key == s.CriterionKey))
                .Select(s => new ScoreRow(s.OfficerName, s.CriterionKey, rule.Criteria.FirstOrDefault(c => c.Key == s.CriterionKey)?.Name ?? s.CriterionKey, s.Score, s.Comment)).ToList();
            (score, scoreProblem) = GrantScores.Score(rule, GrantsStore.ToRule(a, organisation.Kind), scores, conflicts);
            await audit.WriteAsync(actor, AuditActions.Read, nameof(GrantApplicationRecord), a.Id.ToString(), $"{a.DisplayNumber(year.Year)} {organisation.Name}", cancellationToken);
        }
        return new Details(a, year, rule, organisation, form, rule.EligibilityOf(form),
            GrantsStore.AmountsOf(a, GrantAmountKind.Applied), GrantsStore.AmountsOf(a, GrantAmountKind.Recommended), GrantsStore.AmountsOf(a, GrantAmountKind.Granted),
            attachments, scoreRows, conflicts, score, scoreProblem, isOwn, conflicts.Any(c => c.OfficerId == actor.UserId),
            await db.OrganisationInfos().Where(o => o.Id == year.Programme!.OwnerOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken));
    }
}

/// <summary>Scores stored rows with the rule engine.</summary>
public static class GrantScores
{
    /// <summary>The application's score, or why it has none yet (not every criterion scored).</summary>
    public static (ApplicationScore? Score, string? Problem) Score(ProgrammeYear rule, GrantApplication application, IReadOnlyList<GrantScore> scores, IReadOnlyList<GrantConflict> conflicts)
    {
        if (scores.Count == 0) return (null, "not scored yet");
        try
        {
            return (Scoring.Score(rule, application,
                scores.Select(s => new CriterionScore(application.Id, s.OfficerId, s.CriterionKey, s.Score, s.Comment)).ToList(),
                conflicts.Select(c => new ConflictOfInterest(application.Id, c.OfficerId, c.Declared, c.Reason)).ToList()), null);
        }
        catch (InputProblemsException e)
        {
            return (null, string.Join("; ", e.Problems.Select(p => p.Message)));
        }
    }
}
