using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>The accounts a payment batch is booked on.</summary>
/// <param name="Cost">Debited per payment unless a payment's coding names another account.</param>
/// <param name="Credit">Credited with the batch total: the supplier liability (paid out of the bank when the bank
/// reports the payment) or the bank account itself.</param>
/// <remarks>The defaults are placeholders a municipality replaces with its own chart (Kommun-Bas 13 leaves the
/// detail accounts to each municipality): see <c>docs/rules/payment-files.md</c>.</remarks>
public sealed record PaymentVoucherAccounts(SieAccount Cost, SieAccount Credit)
{
    /// <summary>Debit 4590 "Övriga bidrag", credit 2440 "Leverantörsskulder".</summary>
    public static PaymentVoucherAccounts Default { get; } =
        new(new SieAccount("4590", "Övriga bidrag"), new SieAccount("2440", "Leverantörsskulder"));
}

/// <summary>How one payment is coded in the books: another cost account than the default, and objects.</summary>
/// <param name="CostAccount">The cost account for this payment, or null for the batch's default.</param>
/// <param name="Objects">Objects the cost row carries, e.g. dimension 1 (ansvar) "4100", dimension 6 (projekt) "P12".</param>
public sealed record PaymentCoding(SieAccount? CostAccount, IReadOnlyList<SieObjectRef> Objects)
{
    /// <summary>The default cost account, no objects.</summary>
    public static PaymentCoding None { get; } = new(null, []);
}

/// <summary>Builds the voucher that books a payment batch: one <c>#VER</c> per batch.</summary>
public static class PaymentVoucher
{
    /// <summary>One voucher for the batch: a debit row per payment on its cost account (text: payee name and
    /// end-to-end id, so each row can be found in the bank's report), and one credit row with the batch total.
    /// Every row carries the voucher date: some importers want a date on each row.</summary>
    /// <param name="batch">The batch as sent to the bank.</param>
    /// <param name="series">The voucher series in the accounting system.</param>
    /// <param name="date">The voucher date (commonly the execution date, or the last day of the payment month).</param>
    /// <param name="text">The voucher text, e.g. <c>Barnomsorgsbidrag 2026-11</c>.</param>
    /// <param name="accounts">The default cost account and the credit account.</param>
    /// <param name="coding">Per payment: another cost account and objects; null for the defaults throughout.</param>
    /// <returns>A balanced voucher (the credit row is minus the sum of the debit rows).</returns>
    /// <exception cref="InputProblemsException">The batch is not one <see cref="Pain001Writer"/> would write: the
    /// books record only what the bank is asked to pay.</exception>
    public static SieVoucher ForBatch(
        PaymentBatch batch,
        string series,
        DateOnly date,
        string text,
        PaymentVoucherAccounts accounts,
        Func<CreditTransfer, PaymentCoding>? coding = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(accounts);
        Pain001Writer.Build(batch);
        var rows = new List<SieTransaction>(batch.Payments.Count + 1);
        foreach (var payment in batch.Payments)
        {
            var code = coding?.Invoke(payment) ?? PaymentCoding.None;
            rows.Add(new SieTransaction(
                (code.CostAccount ?? accounts.Cost).Number,
                code.Objects,
                payment.Amount,
                date,
                $"{payment.PayeeName.Trim()} {payment.EndToEndId}"));
        }
        var total = Money.Sum(batch.Payments.Select(p => p.Amount));
        rows.Add(new SieTransaction(accounts.Credit.Number, [], -total, date, text));
        return new SieVoucher(series, null, date, text, rows);
    }

    /// <summary>The accounts a voucher from <see cref="ForBatch"/> uses, named, for <see cref="SieExport.Accounts"/>.</summary>
    /// <param name="accounts">The batch's default accounts.</param>
    /// <param name="codings">The codings used, whose own cost accounts are added.</param>
    public static IReadOnlyList<SieAccount> AccountsUsed(PaymentVoucherAccounts accounts, IEnumerable<PaymentCoding>? codings = null) =>
        [.. new[] { accounts.Cost, accounts.Credit }
            .Concat((codings ?? []).Select(c => c.CostAccount).OfType<SieAccount>())
            .DistinctBy(a => a.Number)];
}
