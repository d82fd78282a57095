using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Grants;

/// <summary>A payment batch as previewed before approval and kept after it: each payment with its payee, account and
/// explanation, and the total.</summary>
public sealed class GetGrantPaymentBatch(GrantPaymentStore payments)
{
    public sealed record Payment(Guid ApplicationId, int Year, decimal Amount, string Payee, string PayeeOrganisationNumber, PaymentAccountKind AccountKind,
        string AccountNumber, string Explanation);

    public sealed record Result(Guid Id, Guid ProgrammeId, string ProgrammeName, int Number, DateOnly PaymentDate, DateTime CreatedAt, string CreatedBy,
        DateTime? ApprovedAt, string? ApprovedBy, IReadOnlyList<Payment> Payments, decimal Total, bool CanManage);

    public async Task<Result> HandleAsync(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (batch, programme) = await payments.BatchAsync(batchId, actor, cancellationToken);
        var lines = batch.Payments.OrderBy(p => p.PayeeName, StringComparer.Ordinal).ThenBy(p => p.Year)
            .Select(p => new Payment(p.ApplicationId, p.Year, p.Amount, p.PayeeName, p.PayeeOrganisationNumber, p.AccountKind, p.AccountNumber, p.Explanation)).ToList();
        return new Result(batch.Id, programme.Id, programme.Name, batch.Number, batch.PaymentDate, batch.CreatedAt, batch.CreatedBy, batch.ApprovedAt, batch.ApprovedBy,
            lines, lines.Sum(l => l.Amount), GrantsStore.IsOfficer(actor));
    }
}
