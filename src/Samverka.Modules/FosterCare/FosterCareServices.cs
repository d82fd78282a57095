using Microsoft.Extensions.DependencyInjection;

namespace Samverka.Modules.FosterCare;

public static class FosterCareServices
{
    /// <summary>The foster-care module's use cases.</summary>
    public static IServiceCollection AddFosterCare(this IServiceCollection services)
    {
        services.AddScoped<FosterCareAccess>();
        services.AddScoped<ListAgreements>();
        services.AddScoped<RecordNotice>();
        services.AddScoped<SaveAgreement>();
        services.AddScoped<GetCostSplit>();
        services.AddScoped<SetCostWeights>();
        services.AddScoped<SetUnitCost>();
        services.AddScoped<SetMemberKeys>();
        services.AddScoped<IssueCostInvoices>();
        services.AddScoped<IssueCreditNote>();
        services.AddScoped<ListCostInvoices>();
        services.AddScoped<GetCostInvoice>();
        services.AddScoped<ListHomes>();
        services.AddScoped<GetHome>();
        services.AddScoped<RegisterHome>();
        services.AddScoped<ChangeHome>();
        services.AddScoped<TransitionHome>();
        services.AddScoped<AddStepDocument>();
        services.AddScoped<ListStepDocuments>();
        services.AddScoped<GetStepDocument>();
        services.AddScoped<DeleteStepDocument>();
        services.AddScoped<GetRecruitmentBoard>();
        services.AddScoped<CreatePlacementRequest>();
        services.AddScoped<ListPlacementRequests>();
        services.AddScoped<GetPlacementRequest>();
        services.AddScoped<ProposeHome>();
        services.AddScoped<RegisterPlacement>();
        services.AddScoped<ListPlacements>();
        services.AddScoped<EndPlacement>();
        services.AddScoped<WithdrawPlacementRequest>();
        services.AddScoped<GetConsultantComparison>();
        services.AddScoped<SetConsultantPrice>();
        services.AddScoped<LogSupport>();
        services.AddScoped<CompleteFollowUp>();
        services.AddScoped<GetSupportLog>();
        services.AddScoped<ListFollowUps>();
        services.AddScoped<SetFeeTable>();
        services.AddScoped<GetFosterFees>();
        services.AddScoped<SetHomePayeeAccount>();
        services.AddScoped<GetHomePayeeAccount>();
        services.AddScoped<GetFeeMonth>();
        services.AddScoped<ApproveFeeMonth>();
        services.AddScoped<ListFeeMonths>();
        services.AddScoped<ExportFeeMonth>();
        return services;
    }
}
