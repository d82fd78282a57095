using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Samverka.Modules.Audit;
using Samverka.Modules.Grants;
using Samverka.Modules.Organisations;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules;

public static class ModulesServiceCollectionExtensions
{
    /// <summary>Registers every module's use cases (scoped, like the DbContext they use). The DbContext itself is
    /// registered by <c>AddSamverkaData</c>.</summary>
    public static IServiceCollection AddSamverkaModules(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<SearchAuditLog>();

        services.AddScoped<OrganisationScope>();
        services.AddScoped<ListOrganisations>();
        services.AddScoped<GetOrganisation>();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<UpdateOrganisation>();
        services.AddScoped<ImportOrganisations>();
        services.AddGrants();
        FosterCare.FosterCareServices.AddFosterCare(services);
        Compensation.CompensationServices.AddCompensation(services);
        return services;
    }
}
