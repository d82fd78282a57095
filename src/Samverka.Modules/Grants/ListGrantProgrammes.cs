using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The programmes the actor may see, each with its years (window, decision date, pot, whether the round is closed).</summary>
public sealed class ListGrantProgrammes(GrantsStore store, TimeProvider clock)
{
    public sealed record YearItem(Guid Id, int Year, decimal Pot, DateTimeOffset Opens, DateTimeOffset Closes, DateOnly DecisionDate,
        WindowPosition Window, bool Closed, string WindowText);

    public sealed record Item(Guid Id, string Key, string Name, GrantKind Kind, IReadOnlyList<YearItem> Years);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var programmes = await (await store.VisibleProgrammesAsync(actor, cancellationToken)).Include(p => p.Years)
            .OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return programmes.Select(p => new Item(p.Id, p.Key, p.Name, p.Kind, p.Years.OrderByDescending(y => y.Year).Select(y =>
        {
            var window = new ApplicationWindow(new DateTimeOffset(y.OpensAtUtc, TimeSpan.Zero), new DateTimeOffset(y.ClosesAtUtc, TimeSpan.Zero));
            return new YearItem(y.Id, y.Year, y.Pot, window.Opens, window.Closes, y.DecisionDate, window.PositionOf(now), y.ClosedAt is not null, window.ToString());
        }).ToList())).ToList();
    }
}
