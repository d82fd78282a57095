using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Modules.Identity;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Per-child grants over HTTP: <c>/api/compensation</c>. Bad input is a 400 listing every problem, a refused
/// action a 403; a provider's users reach only their own approved payments.</summary>
public static class CompensationApi
{
    public static IEndpointRouteBuilder MapCompensationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/compensation").WithTags("Compensation").WithProblemResponses().RequireAuthorization(Policies.ReadCompensation);
        var municipality = Policies.CompensationMunicipality;
        var manage = Policies.ManageCompensation;
        api.MapGet("/providers", ProvidersAsync).WithName("ListCompensationProviders").RequireAuthorization(municipality);
        api.MapPut("/providers/{id:guid}/approval", SaveApprovalAsync).WithName("SaveProviderApproval").RequireAuthorization(manage);
        api.MapGet("/children", ChildrenAsync).WithName("ListCompensationChildren").RequireAuthorization(municipality);
        api.MapGet("/children/{id:guid}", ChildAsync).WithName("GetCompensationChild").RequireAuthorization(municipality);
        api.MapPost("/enrollments", SaveEnrollmentAsync).WithName("SaveEnrollment").RequireAuthorization(manage);
        api.MapPost("/enrollments/import", ImportAsync).WithName("ImportEnrollments").RequireAuthorization(manage)
            .Accepts<string>("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").DisableAntiforgery();
        api.MapGet("/rule-sets", RuleSetsAsync).WithName("ListCompensationRuleSets").RequireAuthorization(municipality);
        api.MapGet("/rule-sets/{id:guid}/rules.json", ExportRulesAsync).WithName("ExportCompensationRules").RequireAuthorization(municipality);
        api.MapPost("/rule-sets", CreateRuleSetAsync).WithName("CreateCompensationRuleSet").RequireAuthorization(manage);
        api.MapPut("/rule-sets/{id:guid}", SaveRuleSetAsync).WithName("SaveCompensationRuleSet").RequireAuthorization(manage);
        api.MapPost("/rule-sets/{id:guid}/versions", AddRateVersionAsync).WithName("AddCompensationRateVersion").RequireAuthorization(manage);
        api.MapPut("/rule-sets/{id:guid}/versions/{versionId:guid}", SaveRateVersionAsync).WithName("SaveCompensationRateVersion").RequireAuthorization(manage);
        api.MapPut("/children/{id:guid}/birth-date", CorrectBirthDateAsync).WithName("CorrectCompensationChildBirthDate").RequireAuthorization(manage);
        api.MapPost("/rule-sets/import", ImportRulesAsync).WithName("ImportCompensationRules").RequireAuthorization(manage)
            .Accepts<string>("application/json").DisableAntiforgery();
        api.MapGet("/what-if", WhatIfAsync).WithName("CompareCompensationRuleSets").RequireAuthorization(municipality);
        api.MapGet("/cost-coverage", CostCoverageAsync).WithName("CompensationCostCoverage");
        api.MapPut("/annual-accounts", SaveAnnualAccountAsync).WithName("SaveProviderAnnualAccount").RequireAuthorization(Policies.ReportCompensationAccounts);
        api.MapPost("/annual-accounts/import", ImportAnnualAccountsAsync).WithName("ImportProviderAnnualAccounts").RequireAuthorization(Policies.ReportCompensationAccounts)
            .Accepts<string>("text/csv").DisableAntiforgery();
        api.MapGet("/months", MonthsAsync).WithName("ListPaymentMonths");
        api.MapGet("/months/{month}", MonthAsync).WithName("GetPaymentMonth");
        api.MapPost("/months/{month}/approve", ApproveAsync).WithName("ApprovePaymentMonth").RequireAuthorization(manage);
        api.MapGet("/months/{month}/pain001", Pain001Async).WithName("PaymentMonthPain001").RequireAuthorization(municipality);
        api.MapGet("/months/{month}/sie", SieAsync).WithName("PaymentMonthSie").RequireAuthorization(municipality);
        return app;
    }

    public static async Task<Ok<List<CompensationProviders.Provider>>> ProvidersAsync(Samverka.Modules.SamverkaDbContext db, CompensationAccess access,
        HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = await access.MunicipalityUserAsync(http.Actor(), cancellationToken);
        return TypedResults.Ok(await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken));
    }

    public static async Task<Results<NoContent, NotFound>> SaveApprovalAsync(Guid id, SaveProviderApproval.Request request, SaveProviderApproval save,
        HttpContext http, CancellationToken cancellationToken) =>
        await save.HandleAsync(id, request, http.Actor(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<Ok<IReadOnlyList<ListChildren.Item>>> ChildrenAsync(ListChildren list, HttpContext http, string? search, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(search, http.Actor(), cancellationToken));

    public static async Task<Results<Ok<GetChild.Details>, NotFound>> ChildAsync(Guid id, GetChild get, HttpContext http, CancellationToken cancellationToken) =>
        await get.HandleAsync(id, http.Actor(), cancellationToken) is { } child ? TypedResults.Ok(child) : TypedResults.NotFound();

    public static async Task<NoContent> SaveEnrollmentAsync(SaveEnrollment.Request request, SaveEnrollment save, HttpContext http, CancellationToken cancellationToken)
    {
        await save.HandleAsync(request, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Imports a CSV (<c>text/csv</c>) or xlsx body, all or nothing; a 400 lists every bad row.</summary>
    public static async Task<Results<Ok<ImportEnrollments.Result>, StatusCodeHttpResult>> ImportAsync(HttpRequest request, ImportEnrollments import,
        [FromQuery] string? fileName, CancellationToken cancellationToken)
    {
        // Only these types: a cross-site form cannot send them without a CORS preflight, which this API never grants.
        var type = request.ContentType ?? "";
        if (!type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/vnd.openxmlformats", StringComparison.OrdinalIgnoreCase))
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return TypedResults.Ok(await import.HandleAsync(new ImportEnrollments.Request(buffer.ToArray(), fileName ?? "upload.csv"), request.HttpContext.Actor(), cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<ListRuleSets.RuleSetView>>> RuleSetsAsync(ListRuleSets list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(http.Actor(), cancellationToken));

    /// <summary>A rate version as JSON: <c>from</c> (YYYY-MM), <c>decision</c>, and bands with <c>minAge</c>, <c>maxAge</c>
    /// (empty or null: no upper limit) and <c>monthly</c> (kronor), all as written in the form.</summary>
    public sealed record RateVersionBody(string? From, string? Decision, IReadOnlyList<RateBandBody>? Bands)
    {
        public SaveRateVersion.Request ToRequest() => new(From, Decision, (Bands ?? []).Select(b => (b.MinAge, b.MaxAge, b.Monthly)).ToList());
    }

    public sealed record RateBandBody(string? MinAge, string? MaxAge, string? Monthly);

    public sealed record BirthDateBody(string? BirthDate);

    /// <summary>A new rule set (name, age rule, age change month, proration, transition months), with the page's checks.</summary>
    public static async Task<Created> CreateRuleSetAsync(SaveRuleSet.Request request, SaveRuleSet save, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/compensation/rule-sets/{await save.HandleAsync(null, request, http.Actor(), cancellationToken)}/rules.json");

    /// <summary>Changes a rule set's name, age rule, proration and transition months (refused once it has paid money) or
    /// chooses it for payments.</summary>
    public static async Task<Results<NoContent, NotFound>> SaveRuleSetAsync(Guid id, SaveRuleSet.Request request, SaveRuleSet save, ListRuleSets list,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (await list.GetAsync(id, http.Actor(), cancellationToken) is null) return TypedResults.NotFound();
        await save.HandleAsync(id, request, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Adds a rate version (a decision from a month) to a rule set.</summary>
    public static async Task<Results<NoContent, NotFound>> AddRateVersionAsync(Guid id, RateVersionBody body, SaveRateVersion save, ListRuleSets list,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (await list.GetAsync(id, http.Actor(), cancellationToken) is null) return TypedResults.NotFound();
        await save.HandleAsync(id, null, body.ToRequest(), http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Changes a rate version that has not paid money (one that has is refused: add a later version).</summary>
    public static async Task<Results<NoContent, NotFound>> SaveRateVersionAsync(Guid id, Guid versionId, RateVersionBody body, SaveRateVersion save, ListRuleSets list,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (await list.GetAsync(id, http.Actor(), cancellationToken) is not { } set || set.Versions.All(v => v.Id != versionId)) return TypedResults.NotFound();
        await save.HandleAsync(id, versionId, body.ToRequest(), http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Corrects a child's birth date; closed months are paid or reclaimed as corrections in the next open month.</summary>
    public static async Task<Results<NoContent, NotFound>> CorrectBirthDateAsync(Guid id, BirthDateBody body, CorrectChild correct, HttpContext http,
        CancellationToken cancellationToken) =>
        await correct.HandleAsync(id, body.BirthDate, http.Actor(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>The rule set as the command line's rules file.</summary>
    public static async Task<Results<ContentHttpResult, NotFound>> ExportRulesAsync(Guid id, RuleSetFiles files, HttpContext http, CancellationToken cancellationToken) =>
        await files.ExportAsync(id, http.Actor(), cancellationToken) is { } file ? TypedResults.Text(file.Json, "application/json; charset=utf-8") : TypedResults.NotFound();

    /// <summary>Imports a rules file (the command line's format) as a new rule set called <c>name</c>.</summary>
    public static async Task<Results<Created, StatusCodeHttpResult>> ImportRulesAsync(HttpRequest request, RuleSetFiles files, [FromQuery] string? name,
        CancellationToken cancellationToken)
    {
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        using var reader = new StreamReader(request.Body);
        var id = await files.ImportAsync(name ?? "", await reader.ReadToEndAsync(cancellationToken), "rules.json", request.HttpContext.Actor(), cancellationToken);
        return TypedResults.Created($"/api/compensation/rule-sets/{id}/rules.json");
    }

    /// <summary>What-if: rule sets <c>a</c> and <c>b</c> over the months <c>from</c> to <c>to</c> (YYYY-MM), past or projected:
    /// totals, the difference per provider, what paying two providers during transition windows costs, and the monthly series.</summary>
    public static async Task<Ok<CompareRuleSets.Result>> WhatIfAsync(Guid? a, Guid? b, string? from, string? to, CompareRuleSets compare, HttpContext http,
        CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        if (a is null) problems.Add(new InputProblem("what-if", null, "a", "choose a rule set (its id)"));
        if (b is null) problems.Add(new InputProblem("what-if", null, "b", "choose a rule set (its id)"));
        if (!CalendarMonth.TryParse(from ?? "", out var first)) problems.Add(new InputProblem("what-if", null, "from", $"'{from}' is not a month of the form YYYY-MM"));
        if (!CalendarMonth.TryParse(to ?? "", out var last)) problems.Add(new InputProblem("what-if", null, "to", $"'{to}' is not a month of the form YYYY-MM"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return TypedResults.Ok(await compare.HandleAsync(a!.Value, b!.Value, first, last, http.Actor(), cancellationToken));
    }

    /// <summary>Cost per child-month against grant per child-month per provider and age band for <c>year</c>; a provider's
    /// users get their own provider only.</summary>
    public static async Task<Ok<GetCostCoverage.Result>> CostCoverageAsync(int? year, GetCostCoverage get, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await get.HandleAsync(year ?? throw new InputProblemsException(new InputProblem("cost-coverage", null, "year", "is missing: a year, e.g. 2026")),
            http.Actor(), cancellationToken));

    /// <summary>Reports one provider's annual accounts (replacing an earlier report of the same year).</summary>
    public static async Task<NoContent> SaveAnnualAccountAsync(SaveAnnualAccount.Request request, SaveAnnualAccount save, HttpContext http, CancellationToken cancellationToken)
    {
        await save.HandleAsync(request, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Imports annual accounts from a CSV body (<c>text/csv</c>), all or nothing; a 400 lists every bad cell.</summary>
    public static async Task<Results<Ok<ImportAnnualAccounts.Result>, StatusCodeHttpResult>> ImportAnnualAccountsAsync(HttpRequest request, ImportAnnualAccounts import,
        [FromQuery] string? fileName, CancellationToken cancellationToken)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
            return TypedResults.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return TypedResults.Ok(await import.HandleAsync(buffer.ToArray(), fileName ?? "bokslut.csv", request.HttpContext.Actor(), cancellationToken));
    }

    public static async Task<Ok<ListPaymentMonths.Result>> MonthsAsync(ListPaymentMonths list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(http.Actor(), cancellationToken));

    /// <summary>An approved month as paid, or the preview of an open one (the municipality's users only).</summary>
    public static async Task<Results<Ok<PaymentMonthView>, NotFound>> MonthAsync(string month, GetPaymentMonth get, HttpContext http, CancellationToken cancellationToken) =>
        await get.HandleAsync(Month(month), http.Actor(), cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Ok<PaymentMonthView>> ApproveAsync(string month, ApprovePaymentMonth approve, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await approve.HandleAsync(Month(month), http.Actor(), cancellationToken));

    public static async Task<Results<FileContentHttpResult, NotFound>> Pain001Async(string month, ExportPaymentMonth export, HttpContext http, CancellationToken cancellationToken) =>
        await export.Pain001Async(Month(month), http.Actor(), cancellationToken) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> SieAsync(string month, ExportPaymentMonth export, HttpContext http, CancellationToken cancellationToken) =>
        await export.SieAsync(Month(month), http.Actor(), cancellationToken) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : TypedResults.NotFound();

    private static CalendarMonth Month(string text) =>
        CalendarMonth.TryParse(text, out var month) ? month
        : throw new InputProblemsException(new InputProblem("month", null, "month", $"'{text}' is not a month of the form YYYY-MM"));
}
