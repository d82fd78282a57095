namespace Samverka.Web.Tables;

/// <summary>A column of a table: its header (English, translated when shown), how a row shows in it, and
/// optionally its sort key (the <c>sort</c> parameter that orders by it), a link, a typed value for the spreadsheet
/// export, and the value to order by when neither the typed value nor the text orders right (e.g. an application
/// number "2026-12" ordered by year and then as a number).</summary>
public sealed record TableColumn<T>(string Header, Func<T, string> Text, string? SortKey = null, Func<T, string?>? Href = null,
    Func<T, object?>? Value = null, Func<T, object?>? OrderBy = null);
