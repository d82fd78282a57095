using System.Globalization;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Modules.PaymentFiles;
using Microsoft.EntityFrameworkCore;

namespace Samverka.Modules.Grants;

/// <summary>The files of an approved payment batch: the ISO 20022 pain.001.001.03 payment file (one payment per payee,
/// the sum of its grant years in the batch) paid from the programme owner's account in the registry, and the SIE 4
/// voucher that books it (debit 4590 Övriga bidrag per payment, credit 2440 with the total). Only approved batches are
/// exported; the same batch gives the same bytes, since the payees' accounts are kept with its payments and the paying
/// organisation with the batch at approval.</summary>
public sealed class ExportGrantPaymentBatch(SamverkaDbContext db, GrantPaymentStore payments, AuditLog audit)
{
    public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

    public async Task<ExportFile> Pain001Async(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (batch, programme, _) = await BuildAsync(batchId, actor, cancellationToken);
        await audit.WriteAsync(actor, AuditActions.Export, nameof(GrantPaymentBatch), batchId.ToString(), $"pain.001: {batch.Payments.Count} payments", cancellationToken);
        return new ExportFile($"{programme.Key}-utbetalning-{Number(batch)}.pain001.xml", "application/xml", Pain001Writer.ToBytes(batch));
    }

    public async Task<ExportFile> SieAsync(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (batch, programme, owner) = await BuildAsync(batchId, actor, cancellationToken);
        var accounts = PaymentVoucherAccounts.Default;
        var date = batch.RequestedExecutionDate;
        var voucher = PaymentVoucher.ForBatch(batch, "B", date, $"{programme.Name} utbetalning {Number(batch)}", accounts);
        var export = new SieExport("1.0", date, batch.Debtor.OrganisationNumber, owner, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31),
            PaymentVoucher.AccountsUsed(accounts), [], [], [voucher]);
        await audit.WriteAsync(actor, AuditActions.Export, nameof(GrantPaymentBatch), batchId.ToString(), $"SIE 4: {batch.Payments.Count} payments", cancellationToken);
        return new ExportFile($"{programme.Key}-utbetalning-{Number(batch)}.se", "text/plain; charset=ibm437", SieWriter.ToBytes(export));
    }

    private static string Number(PaymentBatch batch) => batch.MessageId[(batch.MessageId.LastIndexOf('-') + 1)..];

    private async Task<(PaymentBatch Batch, GrantProgramme Programme, string Owner)> BuildAsync(Guid batchId, Actor actor, CancellationToken cancellationToken)
    {
        var (stored, programme) = await payments.BatchAsync(batchId, actor, cancellationToken);
        var source = $"programme {programme.Key} batch {stored.Number}";
        if (stored.ApprovedAt is not { } approved)
            throw new InputProblemsException(new InputProblem(source, null, "Batch", "the batch is not approved; only an approved batch is exported"));
        var debtor = await DebtorAsync(stored, programme, source, cancellationToken);
        var transfers = stored.Payments.GroupBy(p => p.PayeeId).OrderBy(g => g.First().PayeeName, StringComparer.Ordinal).Select(g =>
        {
            var first = g.First();
            var years = string.Join(", ", g.Select(p => p.Year).Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
            Organisationsnummer.TryParse(first.PayeeOrganisationNumber, out var payee, out _);
            return new CreditTransfer(PaymentText.Shorten(first.PayeeName), payee, new PaymentAccount(first.AccountKind, first.AccountNumber), new Money(g.Sum(p => p.Amount)),
                string.Create(CultureInfo.InvariantCulture, $"BIDR-{stored.Number}-{Digits(first.PayeeOrganisationNumber)}"),
                Remittance.Text(PaymentText.Shorten($"Föreningsbidrag {years} {programme.Name}", PaymentText.MaxRemittanceLength)));
        }).ToList();
        var batch = new PaymentBatch(
            string.Create(CultureInfo.InvariantCulture, $"BIDR-{stored.Id.ToString("N")[..20]}-{stored.Number}"),
            new DateTimeOffset(DateTime.SpecifyKind(approved, DateTimeKind.Utc)),
            debtor, stored.PaymentDate, transfers);
        return (batch, programme, debtor.Name);
    }

    /// <summary>The paying organisation kept with the batch at approval; for a batch approved before it was kept, the
    /// registry as it is now.</summary>
    private async Task<PaymentDebtor> DebtorAsync(GrantPaymentBatch stored, GrantProgramme programme, string source, CancellationToken cancellationToken)
    {
        if (stored is { DebtorName: { } name, DebtorOrganisationNumber: { } number, DebtorAccountKind: { } kind, DebtorAccountNumber: { } account })
            return new PaymentDebtor(PaymentText.Shorten(name), Organisationsnummer.Parse(number), new PaymentAccount(kind, account));
        var owner = await db.OrganisationInfos().SingleAsync(o => o.Id == programme.OwnerOrganisationId, cancellationToken);
        var debtorAccount = owner.PayeeAccount()
            ?? throw new InputProblemsException(new InputProblem(source, null, "DebtorAccount", $"{owner.Name} has no payee account in the registry to pay from: record it on the organisation"));
        return new PaymentDebtor(PaymentText.Shorten(owner.Name), Organisationsnummer.Parse(owner.OrganisationNumber), debtorAccount);
    }

    private static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());
}
