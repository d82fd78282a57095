using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>The municipality's payment settings: the debtor account of the payment file, and the voucher's accounts.</summary>
public sealed class SaveCompensationSettings(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(PaymentAccountKind? DebtorAccountKind, string? DebtorAccountNumber, string? DebtorBic, string? CostAccount, string? CreditAccount);

    public async Task<CompensationSettings?> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        return await db.Set<CompensationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.MunicipalityId == tenant.MunicipalityId, cancellationToken);
    }

    public async Task HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        if (request.DebtorAccountKind is not (PaymentAccountKind.Bankgiro or PaymentAccountKind.Iban))
            problems.Add(P("DebtorAccountKind", "the money leaves a bankgiro or an IBAN account"));
        else if (string.IsNullOrWhiteSpace(request.DebtorAccountNumber)) problems.Add(P("DebtorAccountNumber", "is missing"));
        else if (PaymentAccounts.Normalise(new PaymentAccount(request.DebtorAccountKind.Value, request.DebtorAccountNumber), out var why) is null)
            problems.Add(P("DebtorAccountNumber", why));
        var bic = string.IsNullOrWhiteSpace(request.DebtorBic) ? null : request.DebtorBic.Trim().ToUpperInvariant();
        if (bic is not null && !PaymentAccounts.IsValidBic(bic)) problems.Add(P("DebtorBic", $"'{bic}' is not a BIC (8 or 11 letters and digits)"));
        foreach (var (field, value) in new[] { ("CostAccount", request.CostAccount), ("CreditAccount", request.CreditAccount) })
            if (value is null || value.Trim().Length != 4 || !value.Trim().All(char.IsAsciiDigit)) problems.Add(P(field, "an account is four digits"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var settings = await db.Set<CompensationSettings>().SingleOrDefaultAsync(s => s.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        if (settings is null) db.Add(settings = new CompensationSettings { MunicipalityId = tenant.MunicipalityId });
        settings.DebtorAccountKind = request.DebtorAccountKind!.Value;
        settings.DebtorAccountNumber = request.DebtorAccountNumber!.Trim();
        settings.DebtorBic = bic;
        settings.CostAccount = request.CostAccount!.Trim();
        settings.CreditAccount = request.CreditAccount!.Trim();
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(CompensationSettings), tenant.MunicipalityId.ToString(), $"debtor {settings.DebtorAccountKind} {settings.DebtorAccountNumber}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
