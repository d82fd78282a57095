using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samverka.Modules.Grants;

public static class GrantsServices
{
    /// <summary>Registers the Grants module's use cases (scoped) and, unless one is registered, the system clock.</summary>
    public static IServiceCollection AddGrants(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<GrantsStore>();
        services.AddScoped<CreateGrantProgramme>();
        services.AddScoped<AddProgrammeYear>();
        services.AddScoped<RecordBudgetChange>();
        services.AddScoped<ListGrantProgrammes>();
        services.AddScoped<GetProgrammeYear>();
        services.AddScoped<GetBudgetLedger>();
        services.AddScoped<SaveGrantApplication>();
        services.AddScoped<AddGrantAttachment>();
        services.AddScoped<GetGrantAttachment>();
        services.AddScoped<ListGrantApplications>();
        services.AddScoped<GetGrantApplication>();
        services.AddScoped<RecordIndividualAssessment>();
        services.AddScoped<ScoreGrantApplication>();
        services.AddScoped<DeclareConflictOfInterest>();
        services.AddScoped<ProposeGrantRound>();
        services.AddScoped<ChooseProposalMode>();
        services.AddScoped<DecideGrantRound>();
        services.AddScoped<CloseGrantRound>();
        services.AddScoped<Partnerships.CreatePartnership>();
        services.AddScoped<Partnerships.ListPartnerships>();
        services.AddScoped<Partnerships.GetPartnership>();
        services.AddScoped<Partnerships.RecordPartnershipMeeting>();
        services.AddScoped<Partnerships.ReportIndicatorValue>();
        services.AddScoped<News.GrantNewsMail>();
        services.AddScoped<News.SubscribeToGrantNews>();
        services.AddScoped<News.UnsubscribeFromGrantNews>();
        services.AddScoped<News.ListGrantNewsSubscribers>();
        services.AddScoped<News.ListGrantNews>();
        services.AddScoped<News.PublishGrantNews>();
        services.AddScoped<News.ListGrantNewsMailings>();
        services.AddScoped<GrantPaymentStore>();
        services.AddScoped<GetGrantPayments>();
        services.AddScoped<CreateGrantPaymentBatch>();
        services.AddScoped<GetGrantPaymentBatch>();
        services.AddScoped<ApproveGrantPaymentBatch>();
        services.AddScoped<DeleteGrantPaymentBatch>();
        services.AddScoped<ExportGrantPaymentBatch>();
        services.AddScoped<ListFollowUpReports>();
        services.AddScoped<GetFollowUpReport>();
        services.AddScoped<SubmitFollowUpReport>();
        services.AddScoped<AcceptFollowUpReport>();
        return services;
    }
}
