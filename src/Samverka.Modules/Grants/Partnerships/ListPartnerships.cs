using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>The partnerships the actor may see, and for grant readers the IOP commitments per year in the budget ledger
/// of each programme that carries any, beside what is left in that year.</summary>
public sealed class ListPartnerships(SamverkaDbContext db, OrganisationScope scope, GrantsStore store)
{
    public sealed record Item(Guid Id, string Reference, string Partner, string Programme, string Purpose, DateOnly From, DateOnly To, decimal MunicipalMoney);

    public sealed record LedgerLine(string Programme, int Year, decimal Partnerships, decimal Remaining, string Explanation);

    public sealed record Result(IReadOnlyList<Item> Items, IReadOnlyList<LedgerLine> Ledger);

    public async Task<Result> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var partnerships = await (await PartnershipAccess.VisibleAsync(db, scope, actor, cancellationToken)).Include(p => p.Contributions)
            .OrderByDescending(p => p.From).ThenBy(p => p.Reference).ToListAsync(cancellationToken);
        var partnerIds = partnerships.Select(p => p.PartnerOrganisationId).Distinct().ToList();
        var names = await db.OrganisationInfos().Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var programmeIds = partnerships.Select(p => p.ProgrammeId).Distinct().ToList();
        var programmes = await db.GrantProgrammes.Where(p => programmeIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var items = partnerships.Select(p => new Item(p.Id, p.Reference, names.GetValueOrDefault(p.PartnerOrganisationId, ""),
            programmes.Single(g => g.Id == p.ProgrammeId).Name, p.Purpose, p.From, p.To, PartnershipRules.MunicipalMoney(p.ToRule()).Sum(m => m.Amount))).ToList();

        var lines = new List<LedgerLine>();
        if (GrantsStore.IsReader(actor))
        {
            foreach (var programme in programmes.OrderBy(p => p.Name))
            {
                var ledger = await store.LedgerAsync(programme, cancellationToken);
                var years = partnerships.Where(p => p.ProgrammeId == programme.Id).SelectMany(p => p.Contributions).Select(c => c.Year).Distinct().Order();
                foreach (var year in years)
                {
                    var view = ledger.Year(year);
                    lines.Add(new LedgerLine(programme.Name, year, PartnershipRules.Commitments(ledger, year), view.Remaining, view.Explanation));
                }
            }
        }
        return new Result(items, lines);
    }
}
