using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Samverka.Modules;

/// <summary>Which page of a list, sorted how. Pages are 1-based; the sort key is one the use case names.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize, string? Sort = null, bool Descending = false)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 500;

    /// <summary>Everything on one page, for exports.</summary>
    public static PageRequest All(string? sort = null, bool descending = false) => new(1, int.MaxValue, sort, descending);

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => PageSize == int.MaxValue ? int.MaxValue : Math.Clamp(PageSize, 1, MaxPageSize);
}

/// <summary>One page of a list and how many items there are in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

public static class PagingExtensions
{
    /// <summary>One page of a list already read and ordered; a page past the end gives the last page.</summary>
    public static PagedList<T> ToPage<T>(this IReadOnlyList<T> sorted, PageRequest request)
    {
        var size = request.SafePageSize;
        var page = (int)Math.Min(request.SafePage, Math.Max(1, ((long)sorted.Count + size - 1) / size));
        return new PagedList<T>(sorted.Skip((page - 1) * size).Take(size).ToList(), sorted.Count, page, size);
    }

    /// <summary>Orders by the named key (falling back to <paramref name="defaultSort"/> for unknown names) and then
    /// by <paramref name="tieBreaker"/> so that pages are stable, and reads one page.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, PageRequest request,
        IReadOnlyDictionary<string, Expression<Func<T, object?>>> sortKeys, string defaultSort,
        Expression<Func<T, object?>> tieBreaker, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var key = request.Sort is not null && sortKeys.TryGetValue(request.Sort, out var k) ? k : sortKeys[defaultSort];
        var ordered = request.Descending ? query.OrderByDescending(key).ThenByDescending(tieBreaker) : query.OrderBy(key).ThenBy(tieBreaker);
        var size = request.SafePageSize;
        var page = request.SafePage;
        IQueryable<T> paged = ordered;
        if (size != int.MaxValue) paged = paged.Skip((page - 1) * size).Take(size);
        var items = await paged.ToListAsync(cancellationToken);
        return new PagedList<T>(items, total, page, size == int.MaxValue ? Math.Max(total, 1) : size);
    }
}
