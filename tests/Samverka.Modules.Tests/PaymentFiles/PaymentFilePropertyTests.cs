using System.Globalization;
using System.Xml.Linq;
using CsCheck;
using Samverka.Kernel;
using Samverka.Modules.PaymentFiles;
using static Samverka.Modules.Tests.PaymentFiles.PaymentFileExamples;

namespace Samverka.Modules.Tests.PaymentFiles;

public class PaymentFilePropertyTests
{
    private static readonly XNamespace Ns = Pain001Writer.NamespaceUri;

    // Amounts in öre from 1 öre to 10 million kronor, 1 to 60 payments, each to a bankgiro, plusgiro or IBAN.
    private static readonly Gen<PaymentBatch> Batches =
        Gen.Select(Gen.Long[1, 1_000_000_000L], Gen.Int[0, 2], (ore, kind) => (ore, kind))
            .Array[1, 60]
            .Select(rows => SeveralProviders() with
            {
                Payments = [.. rows.Select((row, i) => Payment(i + 1, row.ore / 100m, row.kind switch
                {
                    0 => null, // bankgiro
                    1 => Plusgiro((i + 10).ToString(CultureInfo.InvariantCulture)),
                    _ => PaymentAccount.Iban(SwedishIban),
                }))],
            });

    [Fact]
    public void Pain001_RandomBatches_ControlSumIsTheSumAndCountIsTheCount()
    {
        Batches.Sample(batch =>
        {
            var document = Pain001Writer.Build(batch);
            var sum = batch.Payments.Sum(p => p.Amount.Amount).ToString("0.00", CultureInfo.InvariantCulture);
            var count = batch.Payments.Count.ToString(CultureInfo.InvariantCulture);
            var amounts = document.Descendants(Ns + "InstdAmt").Select(a => a.Value).ToList();

            Assert.All(document.Descendants(Ns + "CtrlSum"), c => Assert.Equal(sum, c.Value));
            Assert.All(document.Descendants(Ns + "NbOfTxs"), n => Assert.Equal(count, n.Value));
            Assert.Equal(batch.Payments.Count, amounts.Count);
            Assert.All(amounts, a => Assert.Matches(@"^[0-9]+\.[0-9]{2}$", a));
            Assert.Equal(batch.Payments.Sum(p => p.Amount.Amount), amounts.Sum(a => decimal.Parse(a, CultureInfo.InvariantCulture)));
        }, iter: 200);
    }

    [Fact]
    public void Sie_RandomBatches_EveryVoucherBalancesAfterReadingBack()
    {
        Batches.Sample(batch =>
        {
            var voucher = PaymentVoucher.ForBatch(batch, "B", ExecutionDate, "Barnomsorgsbidrag 2026-11", PaymentVoucherAccounts.Default);
            var export = new SieExport("0.1.0", ExecutionDate, Municipality.OrganisationNumber, "Exempelby kommun",
                new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
                PaymentVoucher.AccountsUsed(PaymentVoucherAccounts.Default), [], [], [voucher]);

            var read = Assert.Single(SieReader.Read(SieWriter.ToBytes(export), "random.si").Vouchers);

            Assert.True(read.IsBalanced);
            Assert.Equal(batch.Payments.Count + 1, read.Transactions.Count);
            Assert.Equal(Money.Sum(batch.Payments.Select(p => p.Amount)), -read.Transactions[^1].Amount);
        }, iter: 200);
    }
}
