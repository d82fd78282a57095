using Microsoft.EntityFrameworkCore;

namespace Samverka.Modules.Compensation;

/// <summary>The providers a municipality can pay: organisations of kind Provider that it registered, with their approval.</summary>
public static class CompensationProviders
{
    public sealed record Provider(Guid Id, string OrganisationNumber, string Name, ProviderApproval? Approval);

    public static async Task<List<Provider>> OfMunicipalityAsync(SamverkaDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var organisations = await db.OrganisationInfos().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Provider && o.RegisteredById == municipalityId)
            .Select(o => new { o.Id, o.OrganisationNumber, o.Name }).ToListAsync(cancellationToken);
        var approvals = await db.Set<ProviderApproval>().AsNoTracking().Where(a => a.MunicipalityId == municipalityId)
            .ToDictionaryAsync(a => a.ProviderId, cancellationToken);
        return organisations
            .Select(o => new Provider(o.Id, o.OrganisationNumber, o.Name, approvals.GetValueOrDefault(o.Id)))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
    }
}
