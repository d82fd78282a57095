using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Samverka.Modules.Invoicing;

/// <summary>Writes PEPPOL BIS Billing 3.0 documents as UBL 2.1 <c>Invoice</c> (type 380) and <c>CreditNote</c>
/// (type 381) in SEK.</summary>
/// <remarks>
/// <para>Elements follow the UBL 2.1 schema sequences (UBL-Invoice-2.1.xsd, UBL-CreditNote-2.1.xsd and the common
/// aggregate components). Rules the content is built to meet, beyond the schema: PEPPOL-EN16931-R001/R004/R007
/// (profile and customization), R002 (at most one note), R003 (buyer reference), R008 (no empty element), R010/R020
/// (endpoint of both parties, scheme 0007), R051 (one currency), R053 (one tax total with subtotals), R120 (line net =
/// quantity x price); PEPPOL-COMMON-R049 (0007 numbers: 10 digits, Luhn); BR-06/07/08/10/11/16/21-27; BR-CO-10,
/// 13, 14, 15, 16 (totals), BR-CO-18 (a VAT breakdown), BR-CO-25 (payment terms); BR-O-01..14 or BR-E-01..10;
/// BR-48 (no rate for O); SE-R-001/002 (VAT number SE + 12 digits), SE-R-003/004/013 (seller organisationsnummer),
/// SE-R-005 ("Godkänd för F-skatt" as tax registration), SE-R-008/009/011 (bankgiro, code 30).</para>
/// <para>With category O the seller's VAT number is left out even when known: BR-O-02 forbids it.</para>
/// </remarks>
public static partial class PeppolUblWriter
{
    /// <summary>BT-24.</summary>
    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    /// <summary>BT-23.</summary>
    public const string ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    /// <summary>The UBL 2.1 Invoice namespace.</summary>
    public static readonly XNamespace InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    /// <summary>The UBL 2.1 CreditNote namespace.</summary>
    public static readonly XNamespace CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    /// <summary>Common aggregate components.</summary>
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    /// <summary>Common basic components.</summary>
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private const string Currency = "SEK";

    /// <summary>The invoice as UBL 2.1.</summary>
    /// <exception cref="ArgumentException">The content breaks a rule listed in the remarks.</exception>
    public static XDocument WriteInvoice(InvoiceDocument invoice)
    {
        Check(invoice);
        var root = new XElement(InvoiceNs + "Invoice",
            new XAttribute(XNamespace.Xmlns + "cac", Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            Header(invoice, invoice.DueDate, "InvoiceTypeCode", "380", credited: null),
            Parties(invoice),
            PaymentMeans(invoice),
            Terms(invoice.PaymentTerms),
            TaxTotal(invoice),
            MonetaryTotal(invoice),
            invoice.Lines.Select((l, i) => Line(invoice, l, i, "InvoiceLine", "InvoicedQuantity")));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>A credit note for (part of) <paramref name="credited"/>: issued invoices are immutable and corrected
    /// by credit notes. Amounts are positive: they are what is credited. No payment means: the buyer is not asked
    /// to pay.</summary>
    /// <exception cref="ArgumentException">The content breaks a rule listed in the remarks.</exception>
    public static XDocument WriteCreditNote(InvoiceDocument creditNote, InvoiceReference credited)
    {
        Check(creditNote);
        if (string.IsNullOrWhiteSpace(credited.Number)) throw new ArgumentException("The credited invoice needs a number.", nameof(credited));
        var root = new XElement(CreditNoteNs + "CreditNote",
            new XAttribute(XNamespace.Xmlns + "cac", Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            Header(creditNote, dueDate: null, "CreditNoteTypeCode", "381", credited),
            Parties(creditNote),
            Terms(creditNote.PaymentTerms ?? $"Kreditering av faktura {credited.Number}"),
            TaxTotal(creditNote),
            MonetaryTotal(creditNote),
            creditNote.Lines.Select((l, i) => Line(creditNote, l, i, "CreditNoteLine", "CreditedQuantity")));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>Whether <paramref name="vatNumber"/> is the Swedish VAT number of <paramref name="organisationNumber"/>:
    /// <c>SE</c> + its 10 digits + <c>01</c> (SE-R-001, SE-R-002).</summary>
    public static bool IsSwedishVatNumberOf(string vatNumber, Kernel.Organisationsnummer organisationNumber) =>
        vatNumber == "SE" + organisationNumber.Digits + "01";

    /// <summary>Whether <paramref name="email"/> looks like one e-mail address (something@domain.tld, no spaces).</summary>
    public static bool IsEmailAddress(string? email) => email is not null && EmailPattern().IsMatch(email);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    private static void Check(InvoiceDocument d)
    {
        void Require(bool ok, string message) { if (!ok) throw new ArgumentException(message, nameof(d)); }
        Require(!string.IsNullOrWhiteSpace(d.Number), "The document needs a number (BR-02).");
        Require(!string.IsNullOrWhiteSpace(d.BuyerReference), "PEPPOL requires a buyer reference (PEPPOL-EN16931-R003).");
        Require(!string.IsNullOrWhiteSpace(d.Seller.Name), "The seller needs a name (BR-06).");
        Require(!string.IsNullOrWhiteSpace(d.Buyer.Name), "The buyer needs a name (BR-07).");
        Require(d.Lines.Count > 0, "A document needs at least one line (BR-16).");
        foreach (var line in d.Lines)
        {
            Require(!string.IsNullOrWhiteSpace(line.Name), "Every line needs an item name (BR-25).");
            Require(line.Amount >= 0, $"A line amount must not be negative (BR-27): {line.Amount}.");
            Require(line.Amount == Math.Round(line.Amount, 2), $"A line amount has at most two decimals (BR-DEC-23): {line.Amount}.");
        }
        Require(!string.IsNullOrWhiteSpace(d.ExemptionReason), "A VAT breakdown without VAT needs an exemption reason (BR-O-10, BR-E-10).");
        foreach (var party in new[] { d.Seller, d.Buyer })
            Require(party.VatNumber is null || IsSwedishVatNumberOf(party.VatNumber, party.OrganisationNumber),
                $"The VAT number '{party.VatNumber}' of {party.Name} is not SE + {party.OrganisationNumber.Digits} + 01 (SE-R-001, SE-R-002).");
        Require(d.Vat != VatTreatment.Exempt || d.Seller.VatNumber is not null, "An exempt (E) invoice needs the seller's VAT number (BR-E-02).");
        Require(d.Seller.Email is null || IsEmailAddress(d.Seller.Email), $"'{d.Seller.Email}' is not an e-mail address.");
        Require(d.Buyer.Email is null || IsEmailAddress(d.Buyer.Email), $"'{d.Buyer.Email}' is not an e-mail address.");
    }

    private static IEnumerable<XElement> Header(InvoiceDocument d, DateOnly? dueDate, string typeCodeName, string typeCode, InvoiceReference? credited)
    {
        yield return Basic("CustomizationID", CustomizationId);
        yield return Basic("ProfileID", ProfileId);
        yield return Basic("ID", d.Number);
        yield return Basic("IssueDate", Iso(d.IssueDate));
        if (dueDate is { } due) yield return Basic("DueDate", Iso(due));
        yield return Basic(typeCodeName, typeCode);
        if (!string.IsNullOrWhiteSpace(d.Note)) yield return Basic("Note", d.Note);
        yield return Basic("DocumentCurrencyCode", Currency);
        yield return Basic("BuyerReference", d.BuyerReference);
        if (d.Period is { } period)
            yield return new XElement(Cac + "InvoicePeriod", Basic("StartDate", Iso(period.Start)), Basic("EndDate", Iso(period.End)));
        if (credited is not null)
            yield return new XElement(Cac + "BillingReference",
                new XElement(Cac + "InvoiceDocumentReference", Basic("ID", credited.Number), Basic("IssueDate", Iso(credited.IssueDate))));
    }

    private static IEnumerable<XElement> Parties(InvoiceDocument d)
    {
        yield return new XElement(Cac + "AccountingSupplierParty", Party(d.Seller, isSeller: true, d.Vat));
        yield return new XElement(Cac + "AccountingCustomerParty", Party(d.Buyer, isSeller: false, d.Vat));
    }

    private static XElement Party(InvoiceParty p, bool isSeller, VatTreatment vat)
    {
        var digits = p.OrganisationNumber.Digits;
        var party = new XElement(Cac + "Party",
            new XElement(Cbc + "EndpointID", new XAttribute("schemeID", "0007"), digits),
            new XElement(Cac + "PartyName", Basic("Name", p.Name)),
            new XElement(Cac + "PostalAddress",
                Optional("StreetName", p.Address.Street),
                Optional("CityName", p.Address.City),
                Optional("PostalZone", p.Address.PostalCode),
                new XElement(Cac + "Country", Basic("IdentificationCode", p.Address.CountryCode))));
        // BR-O-02: no VAT identifier of seller or buyer on a "not subject to VAT" invoice.
        if (p.VatNumber is not null && vat == VatTreatment.Exempt)
            party.Add(TaxScheme(p.VatNumber, "VAT"));
        if (isSeller && p.ApprovedForFTax)
            party.Add(TaxScheme("Godkänd för F-skatt", "TAX"));
        party.Add(new XElement(Cac + "PartyLegalEntity",
            Basic("RegistrationName", p.Name),
            new XElement(Cbc + "CompanyID", new XAttribute("schemeID", "0007"), digits)));
        if (!string.IsNullOrWhiteSpace(p.ContactName) || !string.IsNullOrWhiteSpace(p.Email))
            party.Add(new XElement(Cac + "Contact", Optional("Name", p.ContactName), Optional("ElectronicMail", p.Email)));
        return party;
    }

    private static XElement TaxScheme(string companyId, string scheme) =>
        new(Cac + "PartyTaxScheme", Basic("CompanyID", companyId), new XElement(Cac + "TaxScheme", Basic("ID", scheme)));

    private static XElement PaymentMeans(InvoiceDocument d) =>
        new(Cac + "PaymentMeans",
            new XElement(Cbc + "PaymentMeansCode", new XAttribute("name", "Credit transfer"), "30"),
            Basic("PaymentID", d.Number),
            new XElement(Cac + "PayeeFinancialAccount",
                Basic("ID", d.Bankgiro.Digits),
                new XElement(Cac + "FinancialInstitutionBranch", Basic("ID", "SE:BANKGIRO"))));

    private static XElement? Terms(string? terms) =>
        string.IsNullOrWhiteSpace(terms) ? null : new XElement(Cac + "PaymentTerms", Basic("Note", terms));

    private static XElement TaxTotal(InvoiceDocument d) =>
        new(Cac + "TaxTotal",
            Amount("TaxAmount", 0m),
            new XElement(Cac + "TaxSubtotal",
                Amount("TaxableAmount", d.Total),
                Amount("TaxAmount", 0m),
                TaxCategory("TaxCategory", d.Vat, withReason: d)));

    private static XElement TaxCategory(string name, VatTreatment vat, InvoiceDocument? withReason)
    {
        var category = new XElement(Cac + name, Basic("ID", vat == VatTreatment.Exempt ? "E" : "O"));
        if (vat == VatTreatment.Exempt) category.Add(Basic("Percent", "0")); // BR-E-05, BR-E-06; O has no rate (BR-O-05, BR-48)
        if (withReason is not null)
        {
            if (vat == VatTreatment.NotSubjectToVat) category.Add(Basic("TaxExemptionReasonCode", "VATEX-EU-O"));
            category.Add(Basic("TaxExemptionReason", withReason.ExemptionReason));
        }
        category.Add(new XElement(Cac + "TaxScheme", Basic("ID", "VAT")));
        return category;
    }

    private static XElement MonetaryTotal(InvoiceDocument d) =>
        new(Cac + "LegalMonetaryTotal",
            Amount("LineExtensionAmount", d.Total),
            Amount("TaxExclusiveAmount", d.Total),
            Amount("TaxInclusiveAmount", d.Total),
            Amount("PayableAmount", d.Total));

    private static XElement Line(InvoiceDocument d, InvoiceLine line, int index, string lineName, string quantityName) =>
        new(Cac + lineName,
            Basic("ID", (index + 1).ToString(CultureInfo.InvariantCulture)),
            new XElement(Cbc + quantityName, new XAttribute("unitCode", "C62"), "1"),
            Amount("LineExtensionAmount", line.Amount),
            new XElement(Cac + "Item",
                Optional("Description", line.Description),
                Basic("Name", line.Name),
                TaxCategory("ClassifiedTaxCategory", d.Vat, withReason: null)),
            new XElement(Cac + "Price", Amount("PriceAmount", line.Amount)));

    private static XElement Basic(string name, string value) => new(Cbc + name, value);

    private static XElement? Optional(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new XElement(Cbc + name, value.Trim());

    private static XElement Amount(string name, decimal amount) =>
        new(Cbc + name, new XAttribute("currencyID", Currency), amount.ToString("0.00", CultureInfo.InvariantCulture));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
