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

    private static int? Int(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
