using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants.News;

/// <summary>The subscribers of the municipalities the officer may see (not the tokens).</summary>
public sealed class ListGrantNewsSubscribers(SamverkaDbContext db, OrganisationScope scope)
{
    public sealed record Item(Guid Id, string Municipality, string Email, string? Organisation, DateTime SubscribedAt, DateTime? UnsubscribedAt);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only grant officers see the subscribers.");
        var query = db.GrantNewsSubscribers().AsNoTracking();
        if (await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible) query = query.Where(s => visible.Contains(s.MunicipalityId));
        var subscribers = await query.OrderBy(s => s.Email).ToListAsync(cancellationToken);
        var ids = subscribers.SelectMany(s => new[] { (Guid?)s.MunicipalityId, s.OrganisationId }).OfType<Guid>().Distinct().ToList();
        var names = await db.OrganisationInfos().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return subscribers.Select(s => new Item(s.Id, names.GetValueOrDefault(s.MunicipalityId, ""), s.Email,
            s.OrganisationId is { } o ? names.GetValueOrDefault(o) : null, s.SubscribedAt, s.UnsubscribedAt)).ToList();
    }
}
