using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Modules.Grants;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Grant payments over HTTP: the schedule of a programme, payment batches (create, preview, approve, delete
/// before approval) and their files (pain.001.001.03, SIE 4). Bad input and refusals are a 400 naming the fields.</summary>
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
        return app;
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
