using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>Records a follow-up meeting of a partnership: date, attendees, minutes and decisions (grant officers of the
/// owning municipality).</summary>
public sealed class RecordPartnershipMeeting(SamverkaDbContext db, OrganisationScope scope, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public DateOnly? Date { get; set; }

        public string? Attendees { get; set; }

        public string? Minutes { get; set; }

        public string? Decisions { get; set; }
    }

    public async Task<Guid> HandleAsync(Guid partnershipId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer records partnership meetings.");
        var p = await PartnershipAccess.FindAsync(db, scope, partnershipId, actor, cancellationToken);
        var source = $"partnership {p.Reference}";
        var problems = new List<InputProblem>();
        if (input.Date is null) problems.Add(new(source, null, "Date", "is required"));
        if (string.IsNullOrWhiteSpace(input.Attendees)) problems.Add(new(source, null, "Attendees", "is required"));
        else if (input.Attendees.Length > 1000) problems.Add(new(source, null, "Attendees", "must be at most 1000 characters"));
        if (string.IsNullOrWhiteSpace(input.Minutes)) problems.Add(new(source, null, "Minutes", "is required"));
        else if (input.Minutes.Length > 8000) problems.Add(new(source, null, "Minutes", "must be at most 8000 characters"));
        if (input.Decisions?.Length > 4000) problems.Add(new(source, null, "Decisions", "must be at most 4000 characters"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var meeting = new PartnershipMeeting
        {
            Id = Guid.NewGuid(), PartnershipId = p.Id, Date = input.Date!.Value, Attendees = input.Attendees!.Trim(), Minutes = input.Minutes!.Trim(),
            Decisions = input.Decisions?.Trim() ?? "", RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = actor.UserName,
        };
        db.Add(meeting);
        audit.Add(actor, AuditActions.Create, nameof(PartnershipMeeting), p.Reference, $"{meeting.Date:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
