using System.Globalization;
using Samverka.Modules;

namespace Samverka.Web.Tables;

/// <summary>The query-string parameters every table understands: <c>sort</c>, <c>desc</c>, <c>page</c>, <c>size</c> and
/// <c>export</c> (<c>csv</c> or <c>xlsx</c>). Filters are the page's own parameters; links keep them.</summary>
public static class TableQuery
{
    public static PageRequest PageRequest(HttpRequest request) => new(
        Int(request, "page") ?? 1,
        Int(request, "size") ?? Modules.PageRequest.DefaultPageSize,
        request.Query["sort"].FirstOrDefault() is { Length: > 0 } s ? s : null,
        request.Query["desc"].FirstOrDefault() is "1" or "true");

    /// <summary>The export format asked for, or null.</summary>
    public static string? Export(HttpRequest request) =>
        request.Query["export"].FirstOrDefault() is "csv" or "xlsx" ? request.Query["export"].First() : null;

    /// <summary>The rows in the order the request asks for (<c>sort</c>, <c>desc</c>), by the column with that sort key
    /// (its <see cref="TableColumn{T}.OrderBy"/>, else its typed value, else its text), or by <paramref name="defaultSort"/>
    /// when the request names none or an unknown one. The sort is stable: rows that tie keep the order given.</summary>
    public static List<T> Sort<T>(IEnumerable<T> items, IReadOnlyList<TableColumn<T>> columns, PageRequest query, string? defaultSort = null)
    {
        var column = columns.FirstOrDefault(c => c.SortKey is not null && c.SortKey == query.Sort)
            ?? columns.FirstOrDefault(c => c.SortKey is not null && c.SortKey == defaultSort);
        if (column is null) return items.ToList();
        Func<T, object?> key = column.OrderBy ?? column.Value ?? (x => column.Text(x));
        return (query.Descending ? items.OrderByDescending(key, MixedComparer) : items.OrderBy(key, MixedComparer)).ToList();
    }

    /// <summary>Values of one type by their own order (empty first), anything else by its text.</summary>
    private static readonly Comparer<object?> MixedComparer = Comparer<object?>.Create((a, b) =>
        a is null ? (b is null ? 0 : -1)
        : b is null ? 1
        : a is IComparable ca && a.GetType() == b.GetType() ? ca.CompareTo(b)
        : string.CompareOrdinal(a.ToString(), b.ToString()));

    private static int? Int(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
