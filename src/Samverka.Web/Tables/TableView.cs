using Microsoft.AspNetCore.WebUtilities;
using Samverka.Modules;
using Samverka.Web.Localization;

namespace Samverka.Web.Tables;

/// <summary>What the shared table partial (<c>_Table.cshtml</c>) shows: sortable headers, rows, a pager and export links,
/// all as links that keep the rest of the query string.</summary>
public sealed class TableView
{
    public required string Caption { get; init; }

    public required IReadOnlyList<(string Header, string? SortKey)> Columns { get; init; }

    public required IReadOnlyList<IReadOnlyList<(string Text, string? Href)>> Rows { get; init; }

    public required int Page { get; init; }

    public required int PageCount { get; init; }

    public required int TotalCount { get; init; }

    public string? Sort { get; init; }

    public bool Descending { get; init; }

    public required string Path { get; init; }

    public required IReadOnlyDictionary<string, string?> Query { get; init; }

    public static TableView From<T>(PagedList<T> page, IReadOnlyList<TableColumn<T>> columns, HttpRequest request, string caption)
    {
        var query = TableQuery.PageRequest(request);
        return new TableView
        {
            Caption = caption,
            Columns = columns.Select(c => (Text.Translate(c.Header), c.SortKey)).ToList(),
            Rows = page.Items.Select(item => (IReadOnlyList<(string, string?)>)columns.Select(c => (c.Text(item), c.Href?.Invoke(item))).ToList()).ToList(),
            Page = page.Page,
            PageCount = page.PageCount,
            TotalCount = page.TotalCount,
            Sort = query.Sort,
            Descending = query.Descending,
            Path = request.PathBase + request.Path,
            Query = request.Query.Where(q => q.Key != "export").ToDictionary(q => q.Key, q => (string?)q.Value.ToString()),
        };
    }

    /// <summary>This page's address with some parameters changed (null removes one).</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var q = new Dictionary<string, string?>(Query);
        foreach (var (key, value) in changes)
        {
            if (value is null) q.Remove(key);
            else q[key] = value;
        }
        return QueryHelpers.AddQueryString(Path, q.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public string SortLink(string sortKey) =>
        Link(("sort", sortKey), ("desc", Sort == sortKey && !Descending ? "1" : null), ("page", null));

    /// <summary><c>ascending</c>, <c>descending</c> or <c>none</c>, for <c>aria-sort</c>.</summary>
    public string AriaSort(string? sortKey) =>
        sortKey is null || Sort != sortKey ? "none" : Descending ? "descending" : "ascending";
}
