using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules.Organisations;

/// <summary>Lists the organisations the actor may see, filtered, sorted and paged.</summary>
public sealed class ListOrganisations(SamverkaDbContext db, OrganisationScope scope)
{
    /// <param name="Search">Part of the name or organisation number (case-insensitive for a–z).</param>
    /// <param name="Kind">Only this kind.</param>
    /// <param name="Page">Which page, sorted how.</param>
    public sealed record Request(string? Search, OrganisationKind? Kind, PageRequest Page);

    public sealed record Item(Guid Id, string OrganisationNumber, string Name, OrganisationKind Kind, string? Email, string? Phone,
        string? HostName, int MemberCount, DateTime UpdatedAt);

    /// <summary>The sort keys: <c>name</c> (default), <c>number</c>, <c>kind</c>, <c>updated</c>.</summary>
    public static IReadOnlyDictionary<string, Expression<Func<Organisation, object?>>> SortKeys { get; } =
        new Dictionary<string, Expression<Func<Organisation, object?>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = o => o.Name,
            ["number"] = o => o.OrganisationNumber,
            ["kind"] = o => o.Kind,
            ["updated"] = o => o.UpdatedAt,
        };

    public async Task<PagedList<Item>> HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var query = db.Organisations.AsQueryable();
        if (await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible)
            query = query.Where(o => visible.Contains(o.Id));
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim().ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(search) || o.OrganisationNumber.Contains(search));
        }
        if (request.Kind is { } kind) query = query.Where(o => o.Kind == kind);

        var page = await query.ToPagedListAsync(request.Page, SortKeys, "name", o => o.Id, cancellationToken);
        var hostIds = page.Items.Where(o => o.HostId is not null).Select(o => o.HostId!.Value).Distinct().ToList();
        var ids = page.Items.Select(o => o.Id).ToList();
        var hosts = await db.Organisations.Where(o => hostIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var memberCounts = await db.OrganisationMemberships.Where(m => ids.Contains(m.JointOrganisationId))
            .GroupBy(m => m.JointOrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new PagedList<Item>(
            page.Items.Select(o => new Item(o.Id, o.OrganisationNumber, o.Name, o.Kind, o.Email, o.Phone,
                o.HostId is { } h ? hosts.GetValueOrDefault(h) : null, memberCounts.GetValueOrDefault(o.Id), o.UpdatedAt)).ToList(),
            page.TotalCount, page.Page, page.PageSize);
    }
}
