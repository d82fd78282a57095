using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Modules.Grants.Partnerships;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Partnerships (IOP) over HTTP: <c>/api/partnerships</c>. The same use cases as the pages; bad input is a 400
/// naming the fields, a partnership the user may not see a 404.</summary>
public static class PartnershipsApi
{
    public static IEndpointRouteBuilder MapPartnershipsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/partnerships").WithTags("Partnerships").WithProblemResponses().RequireAuthorization(Policies.SignedIn);
        api.MapGet("/", ListAsync).WithName("ListPartnerships");
        api.MapPost("/", CreateAsync).WithName("CreatePartnership").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetPartnership");
        api.MapPost("/{id:guid}/meetings", RecordMeetingAsync).WithName("RecordPartnershipMeeting").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/{id:guid}/indicator-values", ReportAsync).WithName("ReportPartnershipIndicatorValue");
        return app;
    }

    public sealed record IndicatorDto(Guid Id, string Name, string Unit, decimal Target, IReadOnlyDictionary<int, decimal> Values);

    public sealed record MeetingDto(DateOnly Date, string Attendees, string Minutes, string Decisions);

    public sealed record PartnershipDto(Guid Id, string Reference, string Owner, string Partner, string Programme, string Purpose, DateOnly From, DateOnly To, string Decision,
        IReadOnlyList<Rules.Grants.Contribution> Contributions, IReadOnlyList<GetPartnership.YearSummary> Years, IReadOnlyList<MeetingDto> Meetings, IReadOnlyList<IndicatorDto> Indicators);

    public static async Task<Ok<ListPartnerships.Result>> ListAsync(ListPartnerships list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(http.Actor(), cancellationToken));

    public static async Task<Created<Guid>> CreateAsync(CreatePartnership.Input input, CreatePartnership create, HttpContext http, CancellationToken cancellationToken)
    {
        var id = await create.HandleAsync(input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/api/partnerships/{id}", id);
    }

    public static async Task<Ok<PartnershipDto>> GetAsync(Guid id, GetPartnership get, HttpContext http, CancellationToken cancellationToken)
    {
        var r = await get.HandleAsync(id, http.Actor(), cancellationToken);
        return TypedResults.Ok(new PartnershipDto(r.Id, r.Reference, r.Owner, r.Partner, r.Programme, r.Purpose, r.From, r.To, r.Decision, r.Contributions, r.Years,
            r.Meetings.Select(m => new MeetingDto(m.Date, m.Attendees, m.Minutes, m.Decisions)).ToList(),
            r.Indicators.Select(i => new IndicatorDto(i.Id, i.Name, i.Unit, i.Target, i.Values.ToDictionary(v => v.Year, v => v.Value))).ToList()));
    }

    public static async Task<Created<Guid>> RecordMeetingAsync(Guid id, RecordPartnershipMeeting.Input input, RecordPartnershipMeeting record, HttpContext http, CancellationToken cancellationToken)
    {
        var meeting = await record.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.Created($"/partnerships/{id}", meeting);
    }

    public static async Task<NoContent> ReportAsync(Guid id, ReportIndicatorValue.Input input, ReportIndicatorValue report, HttpContext http, CancellationToken cancellationToken)
    {
        await report.HandleAsync(id, input, http.Actor(), cancellationToken);
        return TypedResults.NoContent();
    }
}
