using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>One payment file's worth of credit transfers from one debtor account on one day, in SEK.</summary>
/// <param name="MessageId">Unique per file and debtor (the bank refuses a repeated id): 1-35 characters of
/// <c>A-Z a-z 0-9 -</c>.</param>
/// <param name="CreatedAt">When the file was made; a parameter so that the same batch gives the same bytes.</param>
/// <param name="Debtor">The paying organisation (the municipality) and the account the money leaves.</param>
/// <param name="RequestedExecutionDate">The day the bank is asked to pay.</param>
/// <param name="Payments">One transfer per payee, at least one.</param>
public sealed record PaymentBatch(
    string MessageId,
    DateTimeOffset CreatedAt,
    PaymentDebtor Debtor,
    DateOnly RequestedExecutionDate,
    IReadOnlyList<CreditTransfer> Payments);

/// <summary>The paying organisation.</summary>
/// <param name="Name">The name the bank shows, 1-70 characters.</param>
/// <param name="OrganisationNumber">The organisation's number; written as its 10 digits.</param>
/// <param name="Account">The account the money leaves: a bankgiro number or an IBAN.</param>
/// <param name="Bic">The debtor bank's BIC; when null the file says <c>NOTPROVIDED</c> and the bank
/// identifies itself from the account.</param>
public sealed record PaymentDebtor(string Name, Organisationsnummer OrganisationNumber, PaymentAccount Account, string? Bic = null);

/// <summary>One transfer to one payee.</summary>
/// <param name="PayeeName">The payee's name, 1-70 characters.</param>
/// <param name="PayeeOrganisationNumber">The payee's organisation number, or null when it has none on record.</param>
/// <param name="Account">Where the money goes; null is refused (a payee without an account cannot be paid).</param>
/// <param name="Amount">More than zero, whole öre.</param>
/// <param name="EndToEndId">Follows the money to the payee and back in the bank's reports: 1-35 characters of
/// <c>A-Z a-z 0-9 -</c>, unique in the batch.</param>
/// <param name="Remittance">What the payee sees: a text or an OCR reference.</param>
public sealed record CreditTransfer(
    string PayeeName,
    Organisationsnummer? PayeeOrganisationNumber,
    PaymentAccount? Account,
    Money Amount,
    string EndToEndId,
    Remittance Remittance);

/// <summary>What the payee is told about a payment.</summary>
public abstract record Remittance
{
    private protected Remittance() { }

    /// <summary>Free text, at most 140 characters, e.g. <c>Barnomsorgsbidrag 2026-11</c>.</summary>
    public static Remittance Text(string text) => new UnstructuredRemittance(text);

    /// <summary>An OCR reference the payee asked for (2-25 digits, the last a Luhn check digit).</summary>
    public static Remittance Ocr(string reference) => new OcrRemittance(reference);
}

/// <summary>Free text for the payee (<c>RmtInf/Ustrd</c>).</summary>
/// <param name="Value">At most 140 characters.</param>
public sealed record UnstructuredRemittance(string Value) : Remittance;

/// <summary>An OCR reference (<c>RmtInf/Strd/CdtrRefInf</c> with type <c>SCOR</c>).</summary>
/// <param name="Reference">2-25 digits, the last a Luhn check digit; spaces are removed.</param>
public sealed record OcrRemittance(string Reference) : Remittance;
