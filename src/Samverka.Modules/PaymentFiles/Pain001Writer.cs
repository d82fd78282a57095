using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>Writes a <see cref="PaymentBatch"/> as an ISO 20022 <c>pain.001.001.03</c> customer credit transfer
/// initiation, the payment file Swedish banks take for domestic SEK payments to bankgiro, plusgiro and
/// accounts.</summary>
/// <remarks>
/// <para>One <c>PmtInf</c> per file (one debtor account, one execution date); one <c>CdtTrfTxInf</c> per
/// payment. Elements follow the schema's sequence. <c>NbOfTxs</c> and <c>CtrlSum</c> in the group header and in
/// the payment information are computed from the transactions. Amounts are written with exactly two decimals.</para>
/// <para>The batch is checked completely before anything is written; every problem found is reported at once
/// in an <see cref="InputProblemsException"/>. The rules and their sources: <c>docs/rules/payment-files.md</c>.</para>
/// </remarks>
public static class Pain001Writer
{
    /// <summary>The message's XML namespace.</summary>
    public const string NamespaceUri = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private static readonly XNamespace Ns = NamespaceUri;

    /// <summary>Clearing system member ids (Swedish clearing numbers) of the giro systems, under <c>SESBA</c>.</summary>
    private const string BankgiroClearing = "9900", PlusgiroClearing = "9960";

    /// <summary>The batch as an XML document.</summary>
    /// <exception cref="InputProblemsException">The batch breaks a rule; nothing is built.</exception>
    public static XDocument Build(PaymentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var checkedBatch = Check(batch);
        return Compose(batch, checkedBatch);
    }

    /// <summary>Writes the file as UTF-8 (no byte-order mark) to <paramref name="output"/>.</summary>
    /// <exception cref="InputProblemsException">The batch breaks a rule; nothing is written.</exception>
    public static void Write(PaymentBatch batch, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = Build(batch);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(output, settings);
        document.Save(writer);
    }

    /// <summary>The file's bytes (UTF-8, no byte-order mark).</summary>
    /// <exception cref="InputProblemsException">The batch breaks a rule.</exception>
    public static byte[] ToBytes(PaymentBatch batch)
    {
        using var buffer = new MemoryStream();
        Write(batch, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the file at <paramref name="path"/>: to a temporary file beside it first, then moved into
    /// place, so that a half-written payment file never exists under its name.</summary>
    /// <exception cref="InputProblemsException">The batch breaks a rule; no file is created.</exception>
    public static void WriteFile(PaymentBatch batch, string path)
    {
        var bytes = ToBytes(batch);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record CheckedBatch(string DebtorAccount, string? DebtorBic, IReadOnlyList<CheckedTransfer> Transfers)
    {
        public decimal ControlSum => Transfers.Sum(t => t.Amount);
    }

    private sealed record CheckedTransfer(CreditTransfer Source, string PayeeName, PaymentAccountKind Kind, string Account, decimal Amount, string? Ocr, string? Text);

    private static CheckedBatch Check(PaymentBatch batch)
    {
        var problems = new List<InputProblem>();
        var source = $"pain.001 {batch.MessageId}";
        void Problem(string field, string message) => problems.Add(new InputProblem(source, null, field, message));

        if (PaymentText.CheckId(batch.MessageId) is { } idProblem) Problem("MessageId", idProblem);

        var debtor = batch.Debtor;
        string? debtorAccount = null, debtorBic = null;
        if (debtor is null)
        {
            Problem("Debtor", "is missing");
        }
        else
        {
            if (PaymentText.CheckText(debtor.Name?.Trim(), PaymentText.MaxNameLength) is { } p) Problem("Debtor.Name", p);
            if (debtor.OrganisationNumber is null) Problem("Debtor.OrganisationNumber", "is missing");
            if (debtor.Account is null)
            {
                Problem("Debtor.Account", "is missing");
            }
            else if (debtor.Account.Kind == PaymentAccountKind.Plusgiro)
            {
                Problem("Debtor.Account", "a plusgiro account cannot be debited by a pain.001 file; give the bankgiro number or the IBAN");
            }
            else
            {
                debtorAccount = PaymentAccounts.Normalise(debtor.Account, out var why);
                if (debtorAccount is null) Problem("Debtor.Account", why);
            }
            if (debtor.Bic is { } bic)
            {
                debtorBic = bic.Trim().ToUpperInvariant();
                if (!PaymentAccounts.IsValidBic(debtorBic)) Problem("Debtor.Bic", $"'{bic}' is not a BIC (8 or 11 letters and digits)");
            }
        }

        var payments = batch.Payments ?? [];
        if (payments.Count == 0) Problem("Payments", "the batch has no payments");
        var transfers = new List<CheckedTransfer>(payments.Count);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < payments.Count; i++)
        {
            var payment = payments[i];
            var at = $"Payments[{i + 1}]";
            if (payment is null)
            {
                Problem(at, "is missing");
                continue;
            }
            var name = payment.PayeeName?.Trim();
            var who = string.IsNullOrEmpty(name) ? at : $"{at} ({name})";
            if (PaymentText.CheckText(name, PaymentText.MaxNameLength) is { } nameProblem) Problem($"{who}.PayeeName", nameProblem);

            if (PaymentText.CheckId(payment.EndToEndId) is { } e2eProblem)
                Problem($"{who}.EndToEndId", e2eProblem);
            else if (seenIds.TryGetValue(payment.EndToEndId, out var first))
                Problem($"{who}.EndToEndId", $"'{payment.EndToEndId}' is already used by payment {first}; end-to-end ids must be unique in a batch");
            else
                seenIds.Add(payment.EndToEndId, i + 1);

            var amount = payment.Amount.Amount;
            if (amount <= 0m) Problem($"{who}.Amount", $"{payment.Amount.ToInvariantString()} is not more than zero; a payment file only pays out");
            if (!payment.Amount.IsWholeOre) Problem($"{who}.Amount", $"{amount.ToString(CultureInfo.InvariantCulture)} has more than two decimals; SEK is paid in whole öre");

            string? account = null;
            if (payment.Account is null)
            {
                Problem($"{who}.Account", "is missing: the payee has no bankgiro, plusgiro or IBAN on record");
            }
            else
            {
                account = PaymentAccounts.Normalise(payment.Account, out var why);
                if (account is null) Problem($"{who}.Account", why);
            }

            string? ocr = null, text = null;
            switch (payment.Remittance)
            {
                case OcrRemittance o:
                    ocr = (o.Reference ?? "").Replace(" ", "", StringComparison.Ordinal);
                    if (ocr.Length is < 2 or > 25 || !ocr.All(char.IsAsciiDigit))
                        Problem($"{who}.Remittance", $"OCR reference '{o.Reference}' must have 2 to 25 digits");
                    else if (!Luhn.IsValid(ocr))
                        Problem($"{who}.Remittance", $"OCR reference '{o.Reference}' has a wrong check digit");
                    break;
                case UnstructuredRemittance u:
                    text = u.Value?.Trim();
                    if (PaymentText.CheckText(text, PaymentText.MaxRemittanceLength) is { } textProblem) Problem($"{who}.Remittance", textProblem);
                    break;
                default:
                    Problem($"{who}.Remittance", "is missing: give a text or an OCR reference");
                    break;
            }

            if (name is not null && account is not null && payment.Account is not null)
                transfers.Add(new CheckedTransfer(payment, name, payment.Account.Kind, account, amount, ocr, text));
        }

        if (problems.Count > 0) throw new InputProblemsException(problems);
        return new CheckedBatch(debtorAccount!, debtorBic, transfers);
    }

    private static XDocument Compose(PaymentBatch batch, CheckedBatch checkedBatch)
    {
        var debtor = batch.Debtor;
        var count = checkedBatch.Transfers.Count.ToString(CultureInfo.InvariantCulture);
        var controlSum = Amount(checkedBatch.ControlSum);

        var groupHeader = new XElement(Ns + "GrpHdr",
            new XElement(Ns + "MsgId", batch.MessageId),
            new XElement(Ns + "CreDtTm", batch.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
            new XElement(Ns + "NbOfTxs", count),
            new XElement(Ns + "CtrlSum", controlSum),
            Party("InitgPty", debtor.Name.Trim(), debtor.OrganisationNumber));

        var paymentInformation = new XElement(Ns + "PmtInf",
            new XElement(Ns + "PmtInfId", batch.MessageId),
            new XElement(Ns + "PmtMtd", "TRF"),
            new XElement(Ns + "BtchBookg", "false"),
            new XElement(Ns + "NbOfTxs", count),
            new XElement(Ns + "CtrlSum", controlSum),
            new XElement(Ns + "PmtTpInf",
                new XElement(Ns + "SvcLvl", new XElement(Ns + "Cd", "NURG")),
                new XElement(Ns + "CtgyPurp", new XElement(Ns + "Cd", "SUPP"))),
            new XElement(Ns + "ReqdExctnDt", batch.RequestedExecutionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Party("Dbtr", debtor.Name.Trim(), debtor.OrganisationNumber),
            new XElement(Ns + "DbtrAcct",
                AccountId(debtor.Account.Kind, checkedBatch.DebtorAccount),
                new XElement(Ns + "Ccy", "SEK")),
            new XElement(Ns + "DbtrAgt", new XElement(Ns + "FinInstnId",
                checkedBatch.DebtorBic is { } bic
                    ? new XElement(Ns + "BIC", bic)
                    : new XElement(Ns + "Othr", new XElement(Ns + "Id", "NOTPROVIDED")))),
            checkedBatch.Transfers.Select(Transaction));

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Ns + "Document",
                new XElement(Ns + "CstmrCdtTrfInitn", groupHeader, paymentInformation)));
    }

    private static XElement Transaction(CheckedTransfer t) =>
        new(Ns + "CdtTrfTxInf",
            new XElement(Ns + "PmtId",
                new XElement(Ns + "InstrId", t.Source.EndToEndId),
                new XElement(Ns + "EndToEndId", t.Source.EndToEndId)),
            new XElement(Ns + "Amt", new XElement(Ns + "InstdAmt", new XAttribute("Ccy", "SEK"), Amount(t.Amount))),
            CreditorAgent(t.Kind),
            Party("Cdtr", t.PayeeName, t.Source.PayeeOrganisationNumber),
            new XElement(Ns + "CdtrAcct", AccountId(t.Kind, t.Account)),
            new XElement(Ns + "RmtInf",
                t.Ocr is { } ocr
                    ? new XElement(Ns + "Strd", new XElement(Ns + "CdtrRefInf",
                        new XElement(Ns + "Tp", new XElement(Ns + "CdOrPrtry", new XElement(Ns + "Cd", "SCOR"))),
                        new XElement(Ns + "Ref", ocr)))
                    : new XElement(Ns + "Ustrd", t.Text)));

    // Giro payments name their clearing (Bankgirot 9900, PlusGirot 9960) under the Swedish code SESBA;
    // for an IBAN the bank finds the payee's bank from the IBAN itself.
    private static XElement? CreditorAgent(PaymentAccountKind kind) => kind switch
    {
        PaymentAccountKind.Bankgiro => ClearingAgent(BankgiroClearing),
        PaymentAccountKind.Plusgiro => ClearingAgent(PlusgiroClearing),
        _ => null,
    };

    private static XElement ClearingAgent(string memberId) =>
        new(Ns + "CdtrAgt", new XElement(Ns + "FinInstnId", new XElement(Ns + "ClrSysMmbId",
            new XElement(Ns + "ClrSysId", new XElement(Ns + "Cd", "SESBA")),
            new XElement(Ns + "MmbId", memberId))));

    private static XElement AccountId(PaymentAccountKind kind, string number) => kind switch
    {
        PaymentAccountKind.Iban => new XElement(Ns + "Id", new XElement(Ns + "IBAN", number)),
        PaymentAccountKind.Bankgiro => GiroId(number, "BGNR"),
        PaymentAccountKind.Plusgiro => GiroId(number, "PGNR"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static XElement GiroId(string number, string scheme) =>
        new(Ns + "Id", new XElement(Ns + "Othr",
            new XElement(Ns + "Id", number),
            new XElement(Ns + "SchmeNm", new XElement(Ns + "Prtry", scheme))));

    private static XElement Party(string element, string name, Organisationsnummer? organisationNumber) =>
        new(Ns + element,
            new XElement(Ns + "Nm", name),
            organisationNumber is null
                ? null
                : new XElement(Ns + "Id", new XElement(Ns + "OrgId", new XElement(Ns + "Othr",
                    new XElement(Ns + "Id", organisationNumber.Digits)))));

    /// <summary>Exactly two decimals with a point: 1000 → <c>1000.00</c>, 0.1 → <c>0.10</c>.</summary>
    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
