using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Grants over HTTP: <c>/api/grants</c>. The same use cases as the pages; bad input is a 400 naming the
/// fields, a change to a closed round a 409.</summary>
public static class GrantsApi
{
    public static IEndpointRouteBuilder MapGrantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants").WithTags("Grants").WithProblemResponses().RequireAuthorization(Policies.SignedIn);
        api.MapGet("/programmes", ListProgrammesAsync).WithName("ListGrantProgrammes");
        api.MapPost("/programmes", CreateProgrammeAsync).WithName("CreateGrantProgramme").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/programmes/{id:guid}/years", AddYearAsync).WithName("AddGrantProgrammeYear").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/programmes/{id:guid}/ledger", RecordBudgetChangeAsync).WithName("RecordGrantBudgetChange").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/years/{id:guid}/ledger", LedgerAsync).WithName("GetGrantBudgetLedger").RequireAuthorization(Policies.GrantsRead);
        api.MapGet("/years/{id:guid}/proposal", ProposalAsync).WithName("GetGrantRoundProposal").RequireAuthorization(Policies.GrantsRead);
        api.MapPost("/years/{id:guid}/decisions", DecideAsync).WithName("DecideGrantRound").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/years/{id:guid}/close", CloseAsync).WithName("CloseGrantRound").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/applications", ListApplicationsAsync).WithName("ListGrantApplications");
        api.MapPost("/years/{id:guid}/applications", ApplyAsync).WithName("SaveGrantApplication").RequireAuthorization(Policies.GrantsApply);
        return app;
    }

    public sealed record LedgerYearDto(int Year, bool HasPot, decimal Pot, decimal Changes, decimal Commitments, decimal DecidedThisRound, decimal Paid, decimal Remaining, string Explanation);

    public sealed record LedgerDto(Guid ProgrammeYearId, string Programme, int Year, string RoundId, IReadOnlyList<LedgerYearDto> Years, IReadOnlyList<GetBudgetLedger.Entry> Entries);

    public sealed record ProposalLineDto(int Rank, Guid ApplicationId, string Number, string Organisation, decimal Score, IReadOnlyList<YearAmount> Recommended,
        IReadOnlyList<YearAmount> Proposed, ProposalOutcome Outcome, string Explanation);

    public sealed record ProposalDto(string RoundId, ProposalMode Mode, bool Closed, decimal? Factor, IReadOnlyList<ProposalLineDto> Lines,
        IReadOnlyList<YearAmount> RemainingBefore, IReadOnlyList<YearAmount> RemainingAfter, string Explanation);

    public static async Task<Ok<IReadOnlyList<ListGrantProgrammes.Item>>> ListProgrammesAsync(ListGrantProgrammes list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(http.Actor(), cancellationToken));

    public static async Task<Created<Guid>> CreateProgrammeAsync(ProgrammeInput input, CreateGrantProgramme create, HttpContext http, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/grants/programmes/{id}", id);
    }

    public static async Task<Created<Guid>> AddYearAsync(Guid id, ProgrammeYearInput input, AddProgrammeYear add, HttpContext http, CancellationToken cancellationToken)
    {
        var yearId = await add.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/grants/years/{yearId}/ledger", yearId);
    }

    public static async Task<NoContent> RecordBudgetChangeAsync(Guid id, RecordBudgetChange.Input input, RecordBudgetChange record, HttpContext http, CancellationToken cancellationToken)
    {
        await record.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<LedgerDto>, NotFound>> LedgerAsync(Guid id, GetBudgetLedger get, HttpContext http, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, http.Actor(), cancellationToken) is { } r
            ? TypedResults.Ok(new LedgerDto(r.ProgrammeYearId, r.ProgrammeName, r.Year, r.RoundId,
                r.Outlook.Select(y => new LedgerYearDto(y.Year, y.HasPot, y.Pot, y.Changes, y.Commitments, y.DecidedThisRound, y.Paid, y.Remaining, y.Explanation)).ToList(), r.Entries))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<ProposalDto>, NotFound>> ProposalAsync(Guid id, ProposeGrantRound propose, HttpContext http, CancellationToken cancellationToken) =>
        await propose.HandleAsync(id, http.Actor(), cancellationToken) is { } r
            ? TypedResults.Ok(new ProposalDto(r.RoundId, r.Mode, r.Closed, r.Proposal.Factor,
                r.Lines.Select(l => new ProposalLineDto(l.Rank.Rank, l.ApplicationId, l.Number, l.Organisation, l.Rank.Score.Score, l.Proposal.Recommended, l.Proposal.Funded,
                    l.Proposal.Outcome, l.Proposal.Explanation)).ToList(),
                r.Proposal.RemainingBefore, r.Proposal.RemainingAfter, r.Proposal.Explanation))
            : TypedResults.NotFound();

    public static async Task<Ok<int>> DecideAsync(Guid id, DecideGrantRound.Input input, DecideGrantRound decide, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await decide.HandleAsync(id, input, http.Actor(), cancellationToken));

    public static async Task<NoContent> CloseAsync(Guid id, DecisionInput input, CloseGrantRound close, HttpContext http, CancellationToken cancellationToken)
    {
        await close.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<IReadOnlyList<ListGrantApplications.Item>>> ListApplicationsAsync(ListGrantApplications list, HttpContext http, Guid? year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(year, http.Actor(), cancellationToken));

    public static async Task<Created<Guid>> ApplyAsync(Guid id, SaveGrantApplication.Input input, bool? submit, Guid? applicationId,
        SaveGrantApplication save, HttpContext http, CancellationToken cancellationToken)
    {
        var saved = await save.HandleAsync(id, applicationId, input, submit ?? false, http.Actor(), cancellationToken);
        return TypedResults.Created($"/grants/applications/{saved}", saved);
    }
}
