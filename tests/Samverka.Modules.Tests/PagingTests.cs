using Samverka.Modules;

namespace Samverka.Modules.Tests;

/// <summary>Paging a list already in memory (the in-memory tables of the pages).</summary>
public sealed class PagingTests
{
    private static readonly IReadOnlyList<int> Items = Enumerable.Range(1, 7).ToList();

    [Theory]
    [InlineData(1, 3, new[] { 1, 2, 3 }, 1)]
    [InlineData(3, 3, new[] { 7 }, 3)]        // 7 items, 3 a page: pages 3 + 3 + 1
    [InlineData(9, 3, new[] { 7 }, 3)]        // past the end: the last page
    [InlineData(0, 3, new[] { 1, 2, 3 }, 1)]  // below 1: the first page
    [InlineData(1, int.MaxValue, new[] { 1, 2, 3, 4, 5, 6, 7 }, 1)] // "everything" does not overflow
    public void ToPage_GivesThePageAskedFor_WithinTheList(int page, int size, int[] expected, int expectedPage)
    {
        var result = Items.ToPage(new PageRequest(page, size));
        Assert.Equal(expected, result.Items);
        Assert.Equal((7, expectedPage), (result.TotalCount, result.Page));
    }

    [Fact]
    public void ToPage_OfAnEmptyList_IsTheFirstPage_Empty()
    {
        var result = Array.Empty<int>().ToPage(new PageRequest(4, 25));
        Assert.Empty(result.Items);
        Assert.Equal(1, result.Page);
    }
}
