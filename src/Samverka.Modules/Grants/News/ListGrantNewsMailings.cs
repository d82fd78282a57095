using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants.News;

/// <summary>For officers: the news items of the municipalities they may see, each with how its mailing went
/// (sent and failed per subscriber, or not mailed for want of an SMTP server).</summary>
public sealed class ListGrantNewsMailings(SamverkaDbContext db, OrganisationScope scope)
{
    public sealed record Delivery(string Email, GrantNewsDeliveryStatus Status, string? Error, DateTime At);

    public sealed record Item(Guid Id, string Title, DateTime PublishedAt, string PublishedBy, GrantNewsMailStatus MailStatus, IReadOnlyList<Delivery> Deliveries)
    {
        public int Sent => Deliveries.Count(d => d.Status == GrantNewsDeliveryStatus.Sent);

        public int Failed => Deliveries.Count(d => d.Status == GrantNewsDeliveryStatus.Failed);
    }

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only grant officers see how news was mailed.");
        var query = db.GrantNewsItems().AsNoTracking();
        if (await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible) query = query.Where(i => visible.Contains(i.MunicipalityId));
        var items = await query.OrderByDescending(i => i.PublishedAt).Take(100).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var deliveries = await db.GrantNewsDeliveries().AsNoTracking().Where(d => ids.Contains(d.ItemId)).ToListAsync(cancellationToken);
        return items.Select(i => new Item(i.Id, i.Title, i.PublishedAt, i.PublishedBy, i.MailStatus,
            deliveries.Where(d => d.ItemId == i.Id).OrderBy(d => d.Email).Select(d => new Delivery(d.Email, d.Status, d.Error, d.At)).ToList())).ToList();
    }
}
