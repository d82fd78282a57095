using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>Registers an enrollment from the form (a new child, or a known one by its id), or changes one: its end and
/// its notice (a late notice after a month is closed is paid as a correction in the next open month).</summary>
public sealed class SaveEnrollment(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public const string Source = "form";

    // ChildKey: The child's id, or its personnummer.
    // BirthDate: YYYY-MM-DD; may be empty for a known child or when the id is a personnummer.
    // ProviderNumber: The provider's organisation number.
    // EnrollmentId: The enrollment to change, or null for a new one.
    public sealed record Request(string? ChildKey, string? BirthDate, string? ProviderNumber, string? Start, string? End, string? Notice, Guid? EnrollmentId = null);

    public async Task HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(Source, null, field, message);
        if (string.IsNullOrWhiteSpace(request.ChildKey)) problems.Add(P("child_id", "is missing"));
        if (string.IsNullOrWhiteSpace(request.ProviderNumber)) problems.Add(P("provider_id", "choose a provider"));
        var birth = EnrollmentRegister.Date(request.BirthDate, required: false, m => P("birth_date", m), problems);
        var start = EnrollmentRegister.Date(request.Start, required: true, m => P("start_date", m), problems);
        var end = EnrollmentRegister.Date(request.End, required: false, m => P("end_date", m), problems);
        var notice = EnrollmentRegister.Date(request.Notice, required: false, m => P("notice_date", m), problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var proposal = new ProposedEnrollment(null, request.ChildKey!, birth, request.ProviderNumber!, start!.Value, end, notice, request.EnrollmentId);
        await EnrollmentRegister.CheckAndSaveAsync(db, tenant.MunicipalityId, [proposal], Source, problems, clock.GetUtcNow().UtcDateTime,
            () =>
            {
                audit.Add(actor, request.EnrollmentId is null ? AuditActions.Create : AuditActions.Update, nameof(CompensationEnrollment),
                    request.EnrollmentId?.ToString(), FormattableString.Invariant($"child {request.ChildKey} at {request.ProviderNumber}: {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, notice {notice:yyyy-MM-dd}"));
                return Task.CompletedTask;
            }, cancellationToken);
    }
}
