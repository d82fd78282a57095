using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>The municipality's children with their current provider: the register, without personal details beyond the id.</summary>
public sealed class ListChildren(SamverkaDbContext db, CompensationAccess access)
{
    public sealed record Item(Guid Id, string Key, int BirthYear, string Providers, int Enrollments, bool HasNotice);

    public async Task<IReadOnlyList<Item>> HandleAsync(string? search, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var query = db.Set<CompensationChild>().AsNoTracking().Include(c => c.Enrollments).Where(c => c.MunicipalityId == tenant.MunicipalityId);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(c => c.Key.Contains(search.Trim()));
        var children = await query.ToListAsync(cancellationToken);
        var names = await db.OrganisationInfos().AsNoTracking().Where(o => o.RegisteredById == tenant.MunicipalityId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return children.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new Item(c.Id, c.Key, c.BirthDate.Year,
                string.Join(", ", c.Enrollments.OrderBy(e => e.Start).Select(e => names.GetValueOrDefault(e.ProviderId) ?? "?").Distinct()),
                c.Enrollments.Count, c.Enrollments.Any(e => e.Notice is not null)))
            .ToList();
    }
}
