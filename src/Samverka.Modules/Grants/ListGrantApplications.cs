using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>The applications the actor may see: an applicant its own organisation's (drafts included), an officer or
/// committee member the submitted and decided applications of the programmes it may see. Optionally of one programme year.</summary>
public sealed class ListGrantApplications(SamverkaDbContext db, GrantsStore store)
{
    public sealed record Item(Guid Id, string Number, Guid ProgrammeYearId, string Programme, int Year, Guid OrganisationId, string Organisation,
        string OrganisationKind, GrantApplicationStatus Status, DateTime? SubmittedAt, decimal Applied, decimal Granted, bool NeedsAssessment, bool? AssessmentEligible);

    public async Task<IReadOnlyList<Item>> HandleAsync(Guid? programmeYearId, Actor actor, CancellationToken cancellationToken = default)
    {
        var query = db.GrantApplications.Include(a => a.Amounts).Include(a => a.ProgrammeYear!).ThenInclude(y => y.Programme).AsQueryable();
        if (GrantsStore.IsReader(actor))
        {
            var programmes = (await store.VisibleProgrammesAsync(actor, cancellationToken)).Select(p => p.Id);
            query = query.Where(a => programmes.Contains(a.ProgrammeYear!.ProgrammeId) && a.Status != GrantApplicationStatus.Draft);
        }
        else if (GrantsStore.IsApplicant(actor)) query = query.Where(a => a.OrganisationId == actor.OrganisationId);
        else return [];
        if (programmeYearId is { } y) query = query.Where(a => a.ProgrammeYearId == y);
        var rows = await query.ToListAsync(cancellationToken);
        var orgIds = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var orgs = await db.OrganisationInfos().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return rows.OrderByDescending(r => r.ProgrammeYear!.Year).ThenBy(r => r.ProgrammeYear!.Programme!.Name).ThenBy(r => r.Number).Select(r =>
        {
            var o = orgs[r.OrganisationId];
            var form = GrantsStore.FormOf(o.Kind);
            var needs = GrantsStore.Forms(r.ProgrammeYear!.AfterAssessmentForms).Contains(form);
            return new Item(r.Id, r.DisplayNumber(r.ProgrammeYear.Year), r.ProgrammeYearId, r.ProgrammeYear.Programme!.Name, r.ProgrammeYear.Year, o.Id, o.Name,
                o.Kind.ToString(), r.Status, r.SubmittedAt, r.Amounts.Where(a => a.Kind == GrantAmountKind.Applied).Sum(a => a.Amount),
                r.Amounts.Where(a => a.Kind == GrantAmountKind.Granted).Sum(a => a.Amount), needs, r.AssessmentEligible);
        }).ToList();
    }
}
