using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Fees to the homes paid by the placing member, under <c>/api/foster-care</c>: the home's payee account (the
/// unit's staff), the member's fee month (preview or as approved), its approval and its kept pain.001 and SIE 4 files.
/// The month is a query parameter (<c>?month=2026-03</c>).</summary>
public static class FosterFeePaymentsApi
{
    public static RouteGroupBuilder MapFosterFeePayments(this RouteGroupBuilder api)
    {
        api.MapGet("/homes/{id:guid}/payee-account", async Task<Results<Ok<GetHomePayeeAccount.Result>, NotFound>> (Guid id, GetHomePayeeAccount get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, http.Actor(), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithName("GetFosterHomePayeeAccount").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPut("/homes/{id:guid}/payee-account", async Task<Results<NoContent, NotFound>> (Guid id, SetHomePayeeAccount.Request request, SetHomePayeeAccount set, HttpContext http, CancellationToken ct) =>
            await set.HandleAsync(id, request, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("SetFosterHomePayeeAccount").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/fee-payments", async (ListFeeMonths list, HttpContext http, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(http.Actor(), ct)))
            .WithName("ListFosterFeeMonths");
        api.MapGet("/fee-payments/month", async Task<Results<Ok<FeeMonthView>, NotFound>> (string? month, GetFeeMonth get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(month, http.Actor(), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetFosterFeeMonth");
        api.MapPost("/fee-payments/approval", async (string? month, ApproveFeeMonth approve, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await approve.HandleAsync(month, http.Actor(), ct)))
            .WithName("ApproveFosterFeeMonth").RequireAuthorization(Policies.PlaceFosterChildren);
        api.MapGet("/fee-payments/pain001", async Task<Results<FileContentHttpResult, NotFound>> (string? month, ExportFeeMonth export, HttpContext http, CancellationToken ct) =>
            await export.Pain001Async(month, http.Actor(), ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithName("GetFosterFeeMonthPain001");
        api.MapGet("/fee-payments/sie", async Task<Results<FileContentHttpResult, NotFound>> (string? month, ExportFeeMonth export, HttpContext http, CancellationToken ct) =>
            await export.SieAsync(month, http.Actor(), ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound())
            .WithName("GetFosterFeeMonthSie");
        return api;
    }
}
