using Microsoft.EntityFrameworkCore;

namespace Samverka.Modules.Grants.News;

/// <summary>The published grant news of every municipality, newest first: public (the news page and the Atom feed).</summary>
public sealed class ListGrantNews(SamverkaDbContext db)
{
    public sealed record Item(Guid Id, Guid MunicipalityId, string Municipality, string Title, string Body, DateTime PublishedAt, GrantNewsMailStatus MailStatus);

    public async Task<IReadOnlyList<Item>> HandleAsync(Guid? id = null, int max = 50, CancellationToken cancellationToken = default)
    {
        var items = await db.GrantNewsItems().AsNoTracking().Where(i => id == null || i.Id == id)
            .OrderByDescending(i => i.PublishedAt).Take(max).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.MunicipalityId).Distinct().ToList();
        var names = await db.OrganisationInfos().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return items.Select(i => new Item(i.Id, i.MunicipalityId, names.GetValueOrDefault(i.MunicipalityId, ""), i.Title, i.Body, i.PublishedAt, i.MailStatus)).ToList();
    }
}
