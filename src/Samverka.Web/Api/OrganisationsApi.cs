using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Organisations;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>The organisations registry over HTTP: <c>/api/organisations</c>.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations").WithProblemResponses().RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync).WithName("ListOrganisations");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetOrganisation");
        api.MapPost("/", CreateAsync).WithName("CreateOrganisation").RequireAuthorization(Policies.ManageOrganisations);
        api.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateOrganisation").RequireAuthorization(Policies.ManageOrganisations);
        api.MapPost("/import", ImportAsync).WithName("ImportOrganisations").RequireAuthorization(Policies.ManageOrganisations)
            .Accepts<string>("text/csv").DisableAntiforgery();
        return app;
    }

    /// <summary>The organisations the user may see; <c>search</c> matches name or number, <c>sort</c> is name, number, kind or updated.</summary>
    public static async Task<Ok<PagedList<ListOrganisations.Item>>> ListAsync(ListOrganisations list, HttpContext http,
        string? search, OrganisationKind? kind, string? sort, bool? desc, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(
            new ListOrganisations.Request(search, kind, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize, sort, desc ?? false)),
            http.Actor(), cancellationToken));

    public static async Task<Results<Ok<GetOrganisation.Details>, NotFound>> GetAsync(Guid id, GetOrganisation get, HttpContext http, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, http.Actor(), cancellationToken) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<Created<GetOrganisation.Details>> CreateAsync(OrganisationInput input,
        CreateOrganisation create, GetOrganisation get, HttpContext http, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/organisations/{id}", await get.HandleAsync(id, http.Actor(), cancellationToken));
    }

    public static async Task<Results<Ok<GetOrganisation.Details>, NotFound>> UpdateAsync(Guid id, OrganisationInput input,
        UpdateOrganisation update, GetOrganisation get, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await update.HandleAsync(id, input, http.Actor(), cancellationToken)) return TypedResults.NotFound();
        return TypedResults.Ok((await get.HandleAsync(id, http.Actor(), cancellationToken))!);
    }

    /// <summary>Registers the organisations of a CSV body (<c>text/csv</c>), all or nothing; a 400 lists every bad row.</summary>
    public static async Task<Results<Ok<ImportOrganisations.Result>, StatusCodeHttpResult>> ImportAsync(HttpRequest request,
        ImportOrganisations import, [FromQuery] string? fileName, CancellationToken cancellationToken)
    {
        // Only text/csv: a cross-site form cannot send it without a CORS preflight, which this API never grants.
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return TypedResults.Ok(await import.HandleAsync(new ImportOrganisations.Request(text, fileName ?? "upload.csv"), request.HttpContext.Actor(), cancellationToken));
    }
}
