using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Grant payments over HTTP: the schedule of a programme, payment batches (create, preview, approve, delete
/// before approval) and their files (pain.001.001.03, SIE 4); follow-up reports (list with the overdue ones, submit,
/// accept). Bad input and refusals are a 400 naming the fields.</summary>
public static class GrantPaymentsApi
{
    public static IEndpointRouteBuilder MapGrantPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/grants").WithTags("Grants").WithProblemResponses().RequireAuthorization(Policies.SignedIn);
        api.MapGet("/programmes/{id:guid}/payments", ScheduleAsync).WithName("GetGrantPayments").RequireAuthorization(Policies.GrantsRead);
        api.MapPost("/programmes/{id:guid}/payment-batches", CreateBatchAsync).WithName("CreateGrantPaymentBatch").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/payment-batches/{id:guid}", BatchAsync).WithName("GetGrantPaymentBatch").RequireAuthorization(Policies.GrantsRead);
        api.MapPost("/payment-batches/{id:guid}/approve", ApproveAsync).WithName("ApproveGrantPaymentBatch").RequireAuthorization(Policies.GrantsManage);
        api.MapDelete("/payment-batches/{id:guid}", DeleteAsync).WithName("DeleteGrantPaymentBatch").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/payment-batches/{id:guid}/pain001", Pain001Async).WithName("ExportGrantPaymentBatchPain001").RequireAuthorization(Policies.GrantsRead);
        api.MapGet("/payment-batches/{id:guid}/sie", SieAsync).WithName("ExportGrantPaymentBatchSie").RequireAuthorization(Policies.GrantsRead);
        api.MapGet("/follow-up-reports", ReportsAsync).WithName("ListGrantFollowUpReports");
        api.MapGet("/applications/{id:guid}/follow-up-reports/{year:int}", ReportAsync).WithName("GetGrantFollowUpReport");
        api.MapPost("/applications/{id:guid}/follow-up-reports/{year:int}", SubmitReportAsync).WithName("SubmitGrantFollowUpReport").RequireAuthorization(Policies.GrantsApply);
        api.MapPost("/applications/{id:guid}/follow-up-reports/{year:int}/accept", AcceptReportAsync).WithName("AcceptGrantFollowUpReport").RequireAuthorization(Policies.GrantsManage);
        return app;
    }

    /// <summary>A follow-up report as the API takes it (a file is attached on the page).</summary>
    public sealed record ReportInput(string? Text);

    public static async Task<Ok<ListFollowUpReports.Result>> ReportsAsync(DateOnly? overdueOn, ListFollowUpReports list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(overdueOn, http.Actor(), cancellationToken));

    public static async Task<Ok<GetFollowUpReport.Result>> ReportAsync(Guid id, int year, GetFollowUpReport get, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, year, http.Actor(), cancellationToken));

    public static async Task<Created> SubmitReportAsync(Guid id, int year, ReportInput input, SubmitFollowUpReport submit, HttpContext http, CancellationToken cancellationToken)
    {
        await submit.HandleAsync(id, year, input.Text, null, null, 0, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/grants/applications/{id}/follow-up-reports/{year}");
    }

    public static async Task<NoContent> AcceptReportAsync(Guid id, int year, AcceptFollowUpReport accept, HttpContext http, CancellationToken cancellationToken)
    {
        await accept.HandleAsync(id, year, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<GetGrantPayments.Result>> ScheduleAsync(Guid id, GetGrantPayments get, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, http.Actor(), cancellationToken));

    public static async Task<Created<Guid>> CreateBatchAsync(Guid id, GrantPaymentBatchInput input, CreateGrantPaymentBatch create, HttpContext http, CancellationToken cancellationToken)
    {
        var batchId = await create.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/grants/payment-batches/{batchId}", batchId);
    }

    public static async Task<Ok<GetGrantPaymentBatch.Result>> BatchAsync(Guid id, GetGrantPaymentBatch get, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(id, http.Actor(), cancellationToken));

    public static async Task<NoContent> ApproveAsync(Guid id, ApproveGrantPaymentBatch approve, HttpContext http, CancellationToken cancellationToken)
    {
        await approve.HandleAsync(id, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> DeleteAsync(Guid id, DeleteGrantPaymentBatch delete, HttpContext http, CancellationToken cancellationToken)
    {
        await delete.HandleAsync(id, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<FileContentHttpResult> Pain001Async(Guid id, ExportGrantPaymentBatch export, HttpContext http, CancellationToken cancellationToken) =>
        File(await export.Pain001Async(id, http.Actor(), cancellationToken));

    public static async Task<FileContentHttpResult> SieAsync(Guid id, ExportGrantPaymentBatch export, HttpContext http, CancellationToken cancellationToken) =>
        File(await export.SieAsync(id, http.Actor(), cancellationToken));

    private static FileContentHttpResult File(ExportGrantPaymentBatch.ExportFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
