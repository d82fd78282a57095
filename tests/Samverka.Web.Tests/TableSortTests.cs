using Samverka.Modules;
using Samverka.Web.Tables;

namespace Samverka.Web.Tests;

/// <summary>The in-memory sort every table page uses: by the column the request names, else the default, stable.</summary>
public sealed class TableSortTests
{
    private sealed record Row(string Number, int Year, decimal Amount, DateOnly? Submitted, int Arrived);

    private static readonly IReadOnlyList<TableColumn<Row>> Columns =
    [
        new("Number", r => r.Number, "number", OrderBy: r => int.Parse(r.Number.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture)),
        new("Year", r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "year"), // by text
        new("Amount", r => r.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), "amount", Value: r => r.Amount),
        new("Submitted", r => r.Submitted?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", "submitted", OrderBy: r => r.Submitted),
        new("Note", r => "", null),
    ];

    private static readonly Row[] Rows =
    [
        new("2026-10", 2026, 900m, new(2026, 3, 1), 1),
        new("2026-9", 2026, 80m, null, 2),
        new("2025-11", 2025, 1_000m, new(2026, 1, 5), 3),
        new("2026-100", 2026, 80m, new(2025, 12, 31), 4),
    ];

    [Theory]
    [InlineData("number", false, null, new[] { 2, 1, 3, 4 })] // 9 < 10 < 11 < 100 as numbers, not as text ("10" < "100" < "11" < "9")
    [InlineData("number", true, null, new[] { 4, 3, 1, 2 })]
    [InlineData("year", false, null, new[] { 3, 1, 2, 4 })] // 2025 first; the three 2026 rows keep their order (stable)
    [InlineData("amount", false, null, new[] { 2, 4, 1, 3 })] // 80 = 80 (stable), 900, 1 000 as decimals, not as text
    [InlineData("submitted", false, null, new[] { 2, 4, 3, 1 })] // not submitted first, then by date
    [InlineData("submitted", true, null, new[] { 1, 3, 4, 2 })]
    [InlineData(null, false, "amount", new[] { 2, 4, 1, 3 })] // no sort asked: the page's default
    [InlineData("nonsense", false, "number", new[] { 2, 1, 3, 4 })] // an unknown key: the default
    [InlineData(null, false, null, new[] { 1, 2, 3, 4 })] // neither: as given
    [InlineData("nonsense", false, null, new[] { 1, 2, 3, 4 })]
    public void Sort_OrdersByTheColumnAsked_ElseTheDefault_Stably(string? sort, bool descending, string? defaultSort, int[] expected)
    {
        var sorted = TableQuery.Sort(Rows, Columns, new PageRequest(1, 50, sort, descending), defaultSort);
        Assert.Equal(expected, sorted.Select(r => r.Arrived));
    }
}
