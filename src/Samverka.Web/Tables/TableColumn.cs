namespace Samverka.Web.Tables;

/// <summary>A column of a table: its header (English, translated when shown), how a row shows in it, and
/// optionally the sort key the use case knows, a link, and a typed value for the spreadsheet export.</summary>
public sealed record TableColumn<T>(string Header, Func<T, string> Text, string? SortKey = null, Func<T, string?>? Href = null,
    Func<T, object?>? Value = null);
