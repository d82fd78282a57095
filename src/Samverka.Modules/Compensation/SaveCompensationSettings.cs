using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Compensation;

/// <summary>The municipality's payment settings: the voucher's accounts and the BIC of its bank. The account the money
/// leaves is the municipality's payee account in the organisations registry, shown with the settings, changed there.</summary>
public sealed class SaveCompensationSettings(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? DebtorBic, string? CostAccount, string? CreditAccount);

    /// <param name="MunicipalityId">The municipality (an organisation in the registry).</param>
    /// <param name="MunicipalityName">Its name in the registry.</param>
    /// <param name="DebtorAccount">Its payee account in the registry, which grants are paid from, or null when it has none.</param>
    /// <param name="Settings">The settings saved, or null (the voucher then books on 4590 and 2440).</param>
    public sealed record View(Guid MunicipalityId, string MunicipalityName, PaymentAccount? DebtorAccount, CompensationSettings? Settings);

    public async Task<View> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var municipality = await CompensationProviders.MunicipalityAsync(db, tenant.MunicipalityId, cancellationToken);
        var settings = await db.Set<CompensationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        return new View(municipality.Id, municipality.Name, municipality.PayeeAccount(), settings);
    }

    public async Task HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var problems = new List<InputProblem>();
        InputProblem P(string field, string message) => new(SaveEnrollment.Source, null, field, message);
        var bic = string.IsNullOrWhiteSpace(request.DebtorBic) ? null : request.DebtorBic.Trim().ToUpperInvariant();
        if (bic is not null && !PaymentAccounts.IsValidBic(bic)) problems.Add(P("DebtorBic", $"'{bic}' is not a BIC (8 or 11 letters and digits)"));
        foreach (var (field, value) in new[] { ("CostAccount", request.CostAccount), ("CreditAccount", request.CreditAccount) })
            if (value is null || value.Trim().Length != 4 || !value.Trim().All(char.IsAsciiDigit)) problems.Add(P(field, "an account is four digits"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var settings = await db.Set<CompensationSettings>().SingleOrDefaultAsync(s => s.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        if (settings is null) db.Add(settings = new CompensationSettings { MunicipalityId = tenant.MunicipalityId });
        settings.DebtorBic = bic;
        settings.CostAccount = request.CostAccount!.Trim();
        settings.CreditAccount = request.CreditAccount!.Trim();
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(CompensationSettings), tenant.MunicipalityId.ToString(),
            $"cost account {settings.CostAccount}, credit account {settings.CreditAccount}, BIC {settings.DebtorBic ?? "-"}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
