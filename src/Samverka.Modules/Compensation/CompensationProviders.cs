using Microsoft.EntityFrameworkCore;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>The providers a municipality can pay: organisations of kind Provider that it registered, with their approval
/// and the payee account the registry has for them (where the money goes).</summary>
public static class CompensationProviders
{
    /// <param name="Id">The organisation.</param>
    /// <param name="OrganisationNumber"><c>NNNNNN-NNNN</c>.</param>
    /// <param name="Name">As in the registry.</param>
    /// <param name="Approval">The approval to receive grants, or null when not approved.</param>
    /// <param name="Account">The organisation's payee account in the registry (normalised), or null when it has none.</param>
    public sealed record Provider(Guid Id, string OrganisationNumber, string Name, ProviderApproval? Approval, PaymentAccount? Account);

    public static async Task<List<Provider>> OfMunicipalityAsync(SamverkaDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var organisations = await db.OrganisationInfos()
            .Where(o => o.Kind == OrganisationKind.Provider && o.RegisteredById == municipalityId).ToListAsync(cancellationToken);
        var approvals = await db.Set<ProviderApproval>().AsNoTracking().Where(a => a.MunicipalityId == municipalityId)
            .ToDictionaryAsync(a => a.ProviderId, cancellationToken);
        return organisations
            .Select(o => new Provider(o.Id, o.OrganisationNumber, o.Name, approvals.GetValueOrDefault(o.Id), o.PayeeAccount()))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
    }

    /// <summary>The municipality as the registry has it; its payee account there is the account grants are paid from.</summary>
    public static Task<OrganisationInfo> MunicipalityAsync(SamverkaDbContext db, Guid municipalityId, CancellationToken cancellationToken) =>
        db.OrganisationInfos().SingleAsync(o => o.Id == municipalityId, cancellationToken);
}
