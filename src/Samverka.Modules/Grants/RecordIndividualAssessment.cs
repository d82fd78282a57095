using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>An officer records the individual assessment of an applicant whose form is eligible only after one
/// (a foundation, a looser group): eligible or not, and why. Refused once the round is closed or the application decided.</summary>
public sealed class RecordIndividualAssessment(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public bool? Eligible { get; set; }

        public string? Reasoning { get; set; }
    }

    public async Task HandleAsync(Guid applicationId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer records an individual assessment.");
        var application = await store.FindApplicationAsync(applicationId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such application.");
        var year = application.ProgrammeYear!;
        GrantRounds.RefuseIfClosed(year);
        var source = $"application {application.DisplayNumber(year.Year)}";
        var problems = new List<InputProblem>();
        if (application.Status != GrantApplicationStatus.Submitted) problems.Add(new(source, null, "Eligible", "only a submitted application that is not yet decided is assessed"));
        if (input.Eligible is null) problems.Add(new(source, null, "Eligible", "is required"));
        if (string.IsNullOrWhiteSpace(input.Reasoning)) problems.Add(new(source, null, "Reasoning", "is required"));
        else if (input.Reasoning.Length > 4000) problems.Add(new(source, null, "Reasoning", "must be at most 4000 characters"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        application.AssessmentEligible = input.Eligible;
        application.AssessmentReasoning = input.Reasoning!.Trim();
        application.AssessmentOfficerId = actor.UserId;
        application.AssessmentOfficerName = actor.UserName;
        application.AssessmentDate = DateOnly.FromDateTime(Platform.SwedishTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        audit.Add(actor, AuditActions.Update, nameof(GrantApplicationRecord), application.Id.ToString(),
            $"{source}: individual assessment {(input.Eligible == true ? "eligible" : "not eligible")}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
