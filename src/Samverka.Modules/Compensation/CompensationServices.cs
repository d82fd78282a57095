using Microsoft.Extensions.DependencyInjection;

namespace Samverka.Modules.Compensation;

public static class CompensationServices
{
    /// <summary>Registers the compensation module's use cases.</summary>
    public static IServiceCollection AddCompensation(IServiceCollection services)
    {
        services.AddScoped<CompensationAccess>();
        services.AddScoped<ImportEnrollments>();
        services.AddScoped<SaveEnrollment>();
        services.AddScoped<CorrectChild>();
        services.AddScoped<GetChild>();
        services.AddScoped<ListChildren>();
        services.AddScoped<SaveProviderApproval>();
        services.AddScoped<SaveCompensationSettings>();
        services.AddScoped<ListRuleSets>();
        services.AddScoped<SaveRuleSet>();
        services.AddScoped<SaveRateVersion>();
        services.AddScoped<RuleSetFiles>();
        services.AddScoped<ListPaymentMonths>();
        services.AddScoped<GetPaymentMonth>();
        services.AddScoped<ApprovePaymentMonth>();
        services.AddScoped<ExportPaymentMonth>();
        services.AddScoped<CompareRuleSets>();
        services.AddScoped<SaveAnnualAccount>();
        services.AddScoped<ImportAnnualAccounts>();
        services.AddScoped<GetCostCoverage>();
        return services;
    }
}
