using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samverka.Kernel;
using Samverka.Modules.FosterCare;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>The joint foster-home unit over HTTP: <c>/api/foster-care</c>. The same use cases as the pages; what a
/// caller sees is the unit's tenancy rule (staff, the member itself, nobody else).</summary>
public static class FosterCareApi
{
    public static IEndpointRouteBuilder MapFosterCareApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/foster-care").WithTags("FosterCare").WithProblemResponses().RequireAuthorization(Policies.FosterCare);
        api.MapGet("/agreements", async (ListAgreements list, HttpContext http, DateOnly? noticeDate, CancellationToken ct) =>
            TypedResults.Ok((await list.HandleAsync(http.Actor(), noticeDate, ct)).Items)).WithName("ListFosterCareAgreements");
        api.MapPost("/agreements", async (SaveAgreement.Request request, SaveAgreement save, HttpContext http, CancellationToken ct) =>
            TypedResults.Created($"/api/foster-care/agreements/{await save.HandleAsync(null, request, http.Actor(), ct)}"))
            .WithName("CreateFosterCareAgreement").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPut("/agreements/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, SaveAgreement.Request request, SaveAgreement save, HttpContext http, CancellationToken ct) =>
            await save.HandleAsync(id, request, http.Actor(), ct) is not null ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("ChangeFosterCareAgreement").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/agreements/{id:guid}/notice", async Task<Results<Ok<DateOnly>, NotFound>> (Guid id, RecordNotice.Request request, RecordNotice record, HttpContext http, CancellationToken ct) =>
            await record.HandleAsync(id, request, http.Actor(), ct) is { } end ? (Results<Ok<DateOnly>, NotFound>)TypedResults.Ok(end) : TypedResults.NotFound())
            .WithName("RecordFosterCareNotice").RequireAuthorization(Policies.ManageFosterCare);

        api.MapGet("/cost-split", async (GetCostSplit get, HttpContext http, string? period, CostBasis? basis, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(http.Actor(), period ?? DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), basis ?? CostBasis.Budget, ct)))
            .WithName("GetFosterCareCostSplit");
        api.MapPost("/cost-split/weights", async (SetCostWeights.Request request, SetCostWeights set, HttpContext http, CancellationToken ct) =>
            { await set.HandleAsync(request, http.Actor(), ct); return TypedResults.NoContent(); })
            .WithName("SetFosterCareCostWeights").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/cost-split/costs", async (SetUnitCost.Request request, SetUnitCost set, HttpContext http, CancellationToken ct) =>
            { await set.HandleAsync(request, http.Actor(), ct); return TypedResults.NoContent(); })
            .WithName("SetFosterCareUnitCost").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/cost-split/keys", async (SetMemberKeys.Request request, SetMemberKeys set, HttpContext http, CancellationToken ct) =>
            { await set.HandleAsync(request, http.Actor(), ct); return TypedResults.NoContent(); })
            .WithName("SetFosterCareMemberKeys").RequireAuthorization(Policies.ManageFosterCare);

        api.MapGet("/invoices", async (ListCostInvoices list, HttpContext http, string? period, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(http.Actor(), period, ct))).WithName("ListFosterCareInvoices");
        api.MapPost("/invoices", async (IssueCostInvoices.Request request, IssueCostInvoices issue, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await issue.HandleAsync(request, http.Actor(), ct)))
            .WithName("IssueFosterCareInvoices").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/invoices/{id:guid}/xml", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, GetCostInvoice get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, http.Actor(), export: true, ct) is { } invoice
                ? TypedResults.File(Encoding.UTF8.GetBytes(invoice.Xml), "application/xml", invoice.Number + ".xml")
                : TypedResults.NotFound()).WithName("GetFosterCareInvoiceXml");
        api.MapPost("/invoices/{id:guid}/credit", async Task<Results<Ok<Guid>, NotFound>> (Guid id, IssueCreditNote.Request request, IssueCreditNote credit, HttpContext http, CancellationToken ct) =>
            await credit.HandleAsync(id, request, http.Actor(), ct) is { } note ? (Results<Ok<Guid>, NotFound>)TypedResults.Ok(note) : TypedResults.NotFound())
            .WithName("CreditFosterCareInvoice").RequireAuthorization(Policies.ManageFosterCare);

        api.MapGet("/homes", async (ListHomes list, HttpContext http, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(http.Actor(), ct)))
            .WithName("ListFosterHomes").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/homes/{id:guid}", async Task<Results<Ok<HomeDto>, NotFound>> (Guid id, GetHome get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, http.Actor(), ct) is { } d ? TypedResults.Ok(HomeDto.From(d)) : TypedResults.NotFound())
            .WithName("GetFosterHome").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/homes", async (RegisterHome.Request request, RegisterHome register, HttpContext http, CancellationToken ct) =>
            TypedResults.Created($"/api/foster-care/homes/{await register.HandleAsync(request, http.Actor(), ct)}"))
            .WithName("RegisterFosterHome").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPut("/homes/{id:guid}", async Task<Results<NoContent, NotFound>> (Guid id, ChangeHome.Request request, ChangeHome change, HttpContext http, CancellationToken ct) =>
            await change.HandleAsync(id, request, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("ChangeFosterHome").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/homes/{id:guid}/transitions", async Task<Results<NoContent, NotFound>> (Guid id, TransitionHome.Request request, TransitionHome transition, HttpContext http, CancellationToken ct) =>
            await transition.HandleAsync(id, request, http.Actor(), ct) ? (Results<NoContent, NotFound>)TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("TransitionFosterHome").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/homes/{id:guid}/support-log", async Task<Results<Ok<IReadOnlyList<GetSupportLog.Entry>>, NotFound>> (Guid id, GetSupportLog get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, http.Actor(), ct) is { } log ? TypedResults.Ok(log) : TypedResults.NotFound())
            .WithName("GetFosterHomeSupportLog").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/homes/{id:guid}/support-log", async Task<Results<Created, NotFound>> (Guid id, LogSupport.Request request, LogSupport log, HttpContext http, CancellationToken ct) =>
            await log.HandleAsync(id, request, http.Actor(), ct) is { } entry ? TypedResults.Created($"/api/foster-care/support-log/{entry}") : TypedResults.NotFound())
            .WithName("LogFosterHomeSupport").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/support-log/{id:guid}/follow-up-done", async Task<Results<NoContent, NotFound>> (Guid id, CompleteFollowUp.Request request, CompleteFollowUp complete, HttpContext http, CancellationToken ct) =>
            await complete.HandleAsync(id, request, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("CompleteFosterCareFollowUp").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/follow-ups", async (ListFollowUps list, HttpContext http, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(http.Actor(), ct)))
            .WithName("ListFosterCareFollowUps").RequireAuthorization(Policies.ManageFosterCare);
        api.MapStepDocumentsApi();
        api.MapGet("/recruitment", async (GetRecruitmentBoard board, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await board.HandleAsync(http.Actor(), ct))).WithName("GetFosterCareRecruitmentBoard").RequireAuthorization(Policies.ManageFosterCare);

        api.MapGet("/requests", async (ListPlacementRequests list, HttpContext http, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(http.Actor(), ct)))
            .WithName("ListFosterCareRequests");
        api.MapPost("/requests", async (CreatePlacementRequest.Request request, CreatePlacementRequest create, HttpContext http, CancellationToken ct) =>
            TypedResults.Created($"/api/foster-care/requests/{await create.HandleAsync(request, http.Actor(), ct)}"))
            .WithName("CreateFosterCareRequest").RequireAuthorization(Policies.PlaceFosterChildren);
        api.MapGet("/requests/{id:guid}", async Task<Results<Ok<GetPlacementRequest.Result>, NotFound>> (Guid id, GetPlacementRequest get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, http.Actor(), ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound()).WithName("GetFosterCareRequest");
        api.MapPost("/requests/{id:guid}/proposal", async Task<Results<NoContent, NotFound>> (Guid id, ProposalDto body, ProposeHome propose, HttpContext http, CancellationToken ct) =>
            await propose.HandleAsync(id, body.HomeId, http.Actor(), ct) ? (Results<NoContent, NotFound>)TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("ProposeFosterHome").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/requests/{id:guid}/withdrawal", async Task<Results<NoContent, NotFound>> (Guid id, WithdrawPlacementRequest.Request request, WithdrawPlacementRequest withdraw, HttpContext http, CancellationToken ct) =>
            await withdraw.HandleAsync(id, request, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("WithdrawFosterCareRequest").RequireAuthorization(Policies.PlaceFosterChildren);
        api.MapPost("/placements/{id:guid}/end", async Task<Results<NoContent, NotFound>> (Guid id, EndPlacement.Request request, EndPlacement end, HttpContext http, CancellationToken ct) =>
            await end.HandleAsync(id, request, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("EndFosterPlacement").RequireAuthorization(Policies.PlaceFosterChildren);
        api.MapGet("/placements", async (ListPlacements list, HttpContext http, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(http.Actor(), ct)))
            .WithName("ListFosterPlacements");
        api.MapPost("/placements", async (RegisterPlacement.Request request, RegisterPlacement register, HttpContext http, CancellationToken ct) =>
            TypedResults.Created($"/api/foster-care/placements/{await register.HandleAsync(request, http.Actor(), ct)}"))
            .WithName("RegisterFosterPlacement").RequireAuthorization(Policies.PlaceFosterChildren);
        api.MapGet("/fees", async (GetFosterFees get, HttpContext http, string? month, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(http.Actor(), month ?? DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), ct)))
            .WithName("GetFosterCareFees");
        api.MapPost("/fees/tables", async (SetFeeTable.Request request, SetFeeTable set, HttpContext http, CancellationToken ct) =>
            TypedResults.Created($"/api/foster-care/fees/tables/{await set.HandleAsync(request, http.Actor(), ct)}"))
            .WithName("SetFosterCareFeeTable").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/comparison", async (GetConsultantComparison get, HttpContext http, int? fromYear, int? toYear, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(http.Actor(), fromYear, toYear, ct))).WithName("GetFosterCareConsultantComparison");
        api.MapPost("/comparison/prices", async (SetConsultantPrice.Request request, SetConsultantPrice set, HttpContext http, CancellationToken ct) =>
            { await set.HandleAsync(request, http.Actor(), ct); return TypedResults.NoContent(); })
            .WithName("SetFosterCareConsultantPrice").RequireAuthorization(Policies.ManageFosterCare);
        api.MapFosterFeePayments();
        return app;
    }

    /// <summary>Documents on a home's recruitment steps, for the unit's staff: list (of the home, or of one step), upload
    /// (multipart: <c>stepId</c>, <c>file</c>), download (audited) and delete (audited with the file name and who).</summary>
    private static void MapStepDocumentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/homes/{id:guid}/documents", async Task<Results<Ok<IReadOnlyList<ListStepDocuments.Item>>, NotFound>> (Guid id, Guid? stepId, ListStepDocuments list, HttpContext http, CancellationToken ct) =>
            await list.FindAsync(id, http.Actor(), ct) is { } all ? TypedResults.Ok<IReadOnlyList<ListStepDocuments.Item>>(all.Where(d => stepId is null || d.StepId == stepId).ToList()) : TypedResults.NotFound())
            .WithName("ListFosterHomeStepDocuments").RequireAuthorization(Policies.ManageFosterCare);
        api.MapPost("/homes/{id:guid}/documents", async Task<Results<Created, NotFound>> (Guid id, [FromForm] Guid? stepId, IFormFile? file, AddStepDocument add, HttpContext http, CancellationToken ct) =>
            {
                await using var stream = file?.OpenReadStream() ?? Stream.Null;
                return await add.HandleAsync(id, stepId, file?.FileName, stream, file?.Length ?? 0, http.Actor(), ct) is { } document
                    ? TypedResults.Created($"/api/foster-care/homes/{id}/documents/{document}") : TypedResults.NotFound();
            })
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
            .WithName("AddFosterHomeStepDocument").RequireAuthorization(Policies.ManageFosterCare);
        api.MapGet("/homes/{id:guid}/documents/{documentId:guid}", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, Guid documentId, GetStepDocument get, HttpContext http, CancellationToken ct) =>
            await get.HandleAsync(id, documentId, http.Actor(), ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : TypedResults.NotFound())
            .WithName("GetFosterHomeStepDocument").RequireAuthorization(Policies.ManageFosterCare);
        api.MapDelete("/homes/{id:guid}/documents/{documentId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid documentId, DeleteStepDocument delete, HttpContext http, CancellationToken ct) =>
            await delete.HandleAsync(id, documentId, http.Actor(), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteFosterHomeStepDocument").RequireAuthorization(Policies.ManageFosterCare);
    }

    public sealed record ProposalDto(Guid? HomeId);

    /// <summary>A home as the API shows it to the unit's staff (the household's adults are personal data; the read is audited).</summary>
    public sealed record HomeDto(Guid Id, string Code, string Type, string Municipality, string Address, int Places, int MinAge, int MaxAge, int MaxSiblingGroup,
        string Languages, string Competences, string State, IReadOnlyList<object> Steps, IReadOnlyList<object> Adults, IReadOnlyList<string> AllowedNext)
    {
        public static HomeDto From(GetHome.Details d) => new(d.Home.Id, d.Home.Code, d.Home.Type.ToString(), d.Municipality, d.Home.Address, d.Home.Places,
            d.Home.MinAge, d.Home.MaxAge, d.Home.MaxSiblingGroup, d.Home.Languages, d.Home.Competences, d.Rule.Recruitment.Current.State.ToString(),
            d.Home.Steps.Select(s => (object)new { state = s.State.ToString(), date = s.Date, note = s.Note }).ToList(),
            d.Home.Adults.Select(a => (object)new { name = a.Name, personnummer = a.Personnummer }).ToList(),
            d.AllowedNext.Select(s => s.ToString()).ToList());
    }
}
