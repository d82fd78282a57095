using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;

namespace Samverka.Web.Tests;

/// <summary>The database's own guards under the use cases: a statement that changes or deletes something closed must be
/// refused by the database (the ClosedRecordsAreImmutable triggers), not only by the code that usually asks.</summary>
internal static class DatabaseGuards
{
    /// <summary>Runs <paramref name="statement"/> (an ExecuteUpdate or ExecuteDelete, so it reaches the database as one raw
    /// UPDATE or DELETE) and asserts that the database refuses it with a message containing <paramref name="because"/>.</summary>
    public static async Task AssertRefusedAsync(this SamverkaAppFixture app, Func<SamverkaDbContext, CancellationToken, Task<int>> statement, string because)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SamverkaDbContext>();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => statement(db, TestContext.Current.CancellationToken));
        Assert.Contains(because, refused.ToString(), StringComparison.Ordinal);
    }
}
