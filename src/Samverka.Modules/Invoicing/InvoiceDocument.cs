using System.Diagnostics.CodeAnalysis;
using Samverka.Kernel;

namespace Samverka.Modules.Invoicing;

/// <summary>How VAT applies to an invoice between organisations.</summary>
public enum VatTreatment
{
    /// <summary>Category <c>O</c>, "not subject to VAT": outside the scope of VAT, as cost shares between
    /// municipalities in a joint organisation usually are. The invoice must then carry no VAT identifier (BR-O-02).</summary>
    NotSubjectToVat,

    /// <summary>Category <c>E</c>, "exempt from VAT", rate 0: the seller's VAT identifier is required (BR-E-02).</summary>
    Exempt,
}

/// <summary>A postal address; only the country is required by PEPPOL for a buyer (BR-10, BR-11).</summary>
public sealed record InvoiceAddress(string? Street, string? City, string? PostalCode, string CountryCode = "SE");

/// <summary>A seller or buyer on an invoice: a Swedish legal entity identified by its organisationsnummer, which is
/// also its PEPPOL electronic address (scheme 0007).</summary>
public sealed record InvoiceParty(string Name, Organisationsnummer OrganisationNumber, InvoiceAddress Address)
{
    /// <summary>The VAT number <c>SE</c> + the 10 digits + <c>01</c>, when the party has one.</summary>
    public string? VatNumber { get; init; }

    /// <summary>Whether the seller is approved for F-tax; written as "Godkänd för F-skatt" (SE-R-005).</summary>
    public bool ApprovedForFTax { get; init; }

    /// <summary>The contact person or reference ("Vår referens" for a seller).</summary>
    public string? ContactName { get; init; }

    /// <summary>The contact e-mail address.</summary>
    public string? Email { get; init; }
}

/// <summary>A Swedish bankgiro number: 7 or 8 digits, the last a Luhn check digit.</summary>
public sealed record Bankgiro
{
    private Bankgiro(string digits) => Digits = digits;

    /// <summary>The digits without dash, as PEPPOL wants them (SE-R-008, SE-R-009).</summary>
    public string Digits { get; }

    /// <summary>Parses <c>5050-1055</c>, <c>505-1055</c> or the digits alone.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Bankgiro? value, out string error)
    {
        value = null;
        var digits = (text ?? "").Trim().Replace("-", "", StringComparison.Ordinal);
        if (digits.Length is not (7 or 8) || !digits.All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not a bankgiro number (7 or 8 digits)";
            return false;
        }
        if (!Luhn.IsValid(digits))
        {
            error = $"the check digit of bankgiro number '{text}' does not match the other digits";
            return false;
        }
        value = new Bankgiro(digits);
        error = "";
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Bankgiro Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>The form <c>NNNN-NNNN</c> (or <c>NNN-NNNN</c>).</summary>
    public override string ToString() => $"{Digits[..^4]}-{Digits[^4..]}";
}

/// <summary>One line: an amount for a service, quantity one.</summary>
/// <param name="Name">The item name (BT-153).</param>
/// <param name="Description">What the amount is based on (BT-154).</param>
/// <param name="Amount">The net amount in SEK, whole öre, not negative.</param>
public sealed record InvoiceLine(string Name, string Description, decimal Amount);

/// <summary>The content of a PEPPOL BIS Billing 3.0 invoice or credit note in SEK.</summary>
/// <param name="Number">The document number, unique per seller (BT-1).</param>
/// <param name="IssueDate">The issue date (BT-2).</param>
/// <param name="BuyerReference">The buyer's reference for routing, mandatory in PEPPOL (BT-10, PEPPOL-EN16931-R003).</param>
/// <param name="Seller">The seller (the joint organisation or its host).</param>
/// <param name="Buyer">The buyer (the member).</param>
/// <param name="Bankgiro">Where to pay (PaymentMeans code 30, SE:BANKGIRO, SE-R-011).</param>
/// <param name="Lines">At least one line (BR-16).</param>
public sealed record InvoiceDocument(
    string Number,
    DateOnly IssueDate,
    string BuyerReference,
    InvoiceParty Seller,
    InvoiceParty Buyer,
    Bankgiro Bankgiro,
    IReadOnlyList<InvoiceLine> Lines)
{
    /// <summary>The payment due date (BT-9); invoices only.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The payment terms in words (BT-20).</summary>
    public string? PaymentTerms { get; init; }

    /// <summary>The period invoiced (BG-14).</summary>
    public DateRange? Period { get; init; }

    /// <summary>The one document-level note (BT-22; PEPPOL allows one).</summary>
    public string? Note { get; init; }

    /// <summary>The VAT category of every line.</summary>
    public VatTreatment Vat { get; init; } = VatTreatment.NotSubjectToVat;

    /// <summary>The reason the amounts carry no VAT (BT-120), in words.</summary>
    public string ExemptionReason { get; init; } = "Ej föremål för mervärdesskatt";

    /// <summary>The sum of the lines: the amount payable (there is no VAT, allowance or charge).</summary>
    public decimal Total => Lines.Sum(l => l.Amount);
}

/// <summary>The invoice a credit note corrects (BG-3).</summary>
public sealed record InvoiceReference(string Number, DateOnly IssueDate);
