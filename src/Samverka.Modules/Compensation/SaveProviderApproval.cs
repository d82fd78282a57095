using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>Approves a provider to receive grants (from a date, by a decision). Where the money goes is the provider's
/// payee account in the organisations registry, recorded on the organisation.</summary>
public sealed class SaveProviderApproval(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? ApprovedFrom, string? Decision);

    public async Task<bool> HandleAsync(Guid providerId, Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var providers = await CompensationProviders.OfMunicipalityAsync(db, tenant.MunicipalityId, cancellationToken);
        if (providers.All(p => p.Id != providerId)) return false;

        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        var from = EnrollmentRegister.Date(request.ApprovedFrom, required: true, m => P("ApprovedFrom", m), problems);
        if (string.IsNullOrWhiteSpace(request.Decision)) problems.Add(P("Decision", "is missing: name the decision, e.g. BUN 2006-03-01 § 12"));
        else if (request.Decision.Trim().Length > 200) problems.Add(P("Decision", "is longer than 200 characters"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var approval = await db.Set<ProviderApproval>().SingleOrDefaultAsync(a => a.ProviderId == providerId, cancellationToken);
        if (approval is null) db.Add(approval = new ProviderApproval { ProviderId = providerId, MunicipalityId = tenant.MunicipalityId });
        approval.ApprovedFrom = from!.Value;
        approval.Decision = request.Decision!.Trim();
        approval.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(ProviderApproval), providerId.ToString(),
            FormattableString.Invariant($"approved from {approval.ApprovedFrom:yyyy-MM-dd} ({approval.Decision})"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
