using Microsoft.EntityFrameworkCore;
using Samverka.Modules;

namespace Samverka.Data;

/// <summary>Brings a database up to date: used at web start and by <c>samverka db migrate</c>.</summary>
public static class SamverkaDatabase
{
    /// <summary>Applies pending migrations; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SamverkaDbContext db, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
