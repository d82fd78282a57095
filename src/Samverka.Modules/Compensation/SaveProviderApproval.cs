using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>Approves a provider to receive grants (from a date, by a decision) and records where the money goes
/// (bankgiro, plusgiro or IBAN, checked).</summary>
public sealed class SaveProviderApproval(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? ApprovedFrom, string? Decision, PaymentAccountKind? AccountKind, string? AccountNumber);

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
        if (request.AccountKind is null) problems.Add(P("AccountKind", "choose bankgiro, plusgiro or IBAN"));
        else if (string.IsNullOrWhiteSpace(request.AccountNumber)) problems.Add(P("AccountNumber", "is missing"));
        else if (PaymentAccounts.Normalise(new PaymentAccount(request.AccountKind.Value, request.AccountNumber), out var why) is null)
            problems.Add(P("AccountNumber", why));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var approval = await db.Set<ProviderApproval>().SingleOrDefaultAsync(a => a.ProviderId == providerId, cancellationToken);
        if (approval is null) db.Add(approval = new ProviderApproval { ProviderId = providerId, MunicipalityId = tenant.MunicipalityId });
        approval.ApprovedFrom = from!.Value;
        approval.Decision = request.Decision!.Trim();
        approval.AccountKind = request.AccountKind!.Value;
        approval.AccountNumber = request.AccountNumber!.Trim();
        approval.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(ProviderApproval), providerId.ToString(),
            FormattableString.Invariant($"approved from {approval.ApprovedFrom:yyyy-MM-dd} ({approval.Decision}), {approval.AccountKind} {approval.AccountNumber}"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
