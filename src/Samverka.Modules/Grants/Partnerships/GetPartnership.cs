using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>One partnership with its contributions per year (each party's sum explained), meetings, indicators with
/// their reported values, and what the actor may do with it.</summary>
public sealed class GetPartnership(SamverkaDbContext db, OrganisationScope scope, AuditLog audit)
{
    public sealed record YearSummary(int Year, decimal Municipality, string MunicipalityExplanation, decimal Partner, string PartnerExplanation);

    public sealed record IndicatorItem(Guid Id, string Name, string Unit, decimal Target, IReadOnlyList<(int Year, decimal Value, string? Comment)> Values);

    public sealed record Result(Guid Id, string Reference, string Owner, string Partner, string Programme, string Purpose, DateOnly From, DateOnly To, string Decision,
        IReadOnlyList<Contribution> Contributions, IReadOnlyList<YearSummary> Years, IReadOnlyList<PartnershipMeeting> Meetings, IReadOnlyList<IndicatorItem> Indicators,
        bool CanManage, bool CanReport);

    public async Task<Result> HandleAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        var p = await PartnershipAccess.FindAsync(db, scope, id, actor, cancellationToken);
        var organisations = await db.OrganisationInfos().Where(o => o.Id == p.OwnerOrganisationId || o.Id == p.PartnerOrganisationId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var programme = await db.GrantProgrammes.Where(g => g.Id == p.ProgrammeId).Select(g => g.Name).SingleAsync(cancellationToken);
        var contributions = p.ToRule();
        var years = Enumerable.Range(p.From.Year, p.To.Year - p.From.Year + 1).Select(y => new YearSummary(y,
            contributions.Where(c => c.Year == y && c.Party == PartnershipParty.Municipality).Sum(c => c.Value), PartnershipRules.Explain(contributions, y, PartnershipParty.Municipality),
            contributions.Where(c => c.Year == y && c.Party == PartnershipParty.Partner).Sum(c => c.Value), PartnershipRules.Explain(contributions, y, PartnershipParty.Partner))).ToList();
        var partner = PartnershipAccess.IsPartnerOf(actor, p);
        if (!partner) audit.Add(actor, AuditActions.Read, nameof(Partnership), p.Reference);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(p.Id, p.Reference, organisations.GetValueOrDefault(p.OwnerOrganisationId, ""), organisations.GetValueOrDefault(p.PartnerOrganisationId, ""), programme,
            p.Purpose, p.From, p.To, $"{p.DecisionBody} {p.DecisionDate:yyyy-MM-dd} {p.DecisionReference} {p.DecisionTitle}".Trim(), contributions, years,
            p.Meetings.OrderBy(m => m.Date).ThenBy(m => m.RecordedAt).ToList(),
            p.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorItem(i.Id, i.Name, i.Unit, i.Target,
                i.Values.OrderBy(v => v.Year).Select(v => (v.Year, v.Value, v.Comment)).ToList())).ToList(),
            GrantsStore.IsOfficer(actor), partner || GrantsStore.IsOfficer(actor));
    }
}
