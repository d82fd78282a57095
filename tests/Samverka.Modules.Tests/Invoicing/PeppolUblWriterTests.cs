using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using Samverka.Kernel;
using Samverka.Modules.Invoicing;
using Samverka.Rules.CostAllocation;

namespace Samverka.Modules.Tests.Invoicing;

public class PeppolUblWriterTests
{
    private static readonly XNamespace Cac = PeppolUblWriter.Cac;
    private static readonly XNamespace Cbc = PeppolUblWriter.Cbc;

    internal static InvoiceParty Seller(string? vat = null) =>
        new("Familjehemsenheten Norr", Organisationsnummer.Parse("2120001355"), new InvoiceAddress("Storgatan 1", "Umeå", "90184"))
        {
            VatNumber = vat, ContactName = "Anna Andersson", Email = "fhe@norr.se",
        };

    private static InvoiceDocument Invoice(VatTreatment vat = VatTreatment.NotSubjectToVat, string? sellerVat = null) =>
        new("2025-K01", new DateOnly(2025, 2, 1), "Anna Andersson", Seller(sellerVat),
            new InvoiceParty("Alfa kommun", Organisationsnummer.Parse("2120000142"), new InvoiceAddress(null, null, null)) { Email = "ekonomi@alfa.se" },
            Bankgiro.Parse("5050-1055"),
            [new InvoiceLine("Andel av gemensam kostnad 2025", "Storlek 50 % …", 1_890_000.00m)])
        {
            DueDate = new DateOnly(2025, 3, 3),
            PaymentTerms = "Betalning inom 30 dagar",
            Period = new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
            Note = "Kostnadsfördelning 2025",
            Vat = vat,
        };

    [Fact]
    public void Invoice_NotSubjectToVat_PassesTheUblSchemaAndTheRulesWeBuildFor()
    {
        var xml = PeppolUblWriter.WriteInvoice(Invoice(sellerVat: "SE212000135501"));
        Ubl.AssertValid(xml, "UBL-Invoice-2.1.xsd");
        Ubl.AssertBusinessRules(xml, expectedPayable: 1_890_000.00m);
        var root = xml.Root!;
        Assert.Equal("380", root.Element(Cbc + "InvoiceTypeCode")?.Value);
        Assert.Equal("2025-03-03", root.Element(Cbc + "DueDate")?.Value);
        // BR-O-02: no VAT identifier anywhere on an O invoice, even though the seller has one.
        Assert.DoesNotContain(root.Descendants(Cac + "PartyTaxScheme"), _ => true);
        var category = root.Element(Cac + "TaxTotal")!.Element(Cac + "TaxSubtotal")!.Element(Cac + "TaxCategory")!;
        Assert.Equal("O", category.Element(Cbc + "ID")?.Value);
        Assert.Null(category.Element(Cbc + "Percent")); // BR-O-05, BR-48
        Assert.Equal("VATEX-EU-O", category.Element(Cbc + "TaxExemptionReasonCode")?.Value); // BR-O-10
        var account = root.Element(Cac + "PaymentMeans")!;
        Assert.Equal("30", account.Element(Cbc + "PaymentMeansCode")?.Value); // SE-R-011, SE-R-012
        Assert.Equal("50501055", account.Descendants(Cac + "PayeeFinancialAccount").Single().Element(Cbc + "ID")?.Value); // SE-R-008/009
        Assert.Equal("SE:BANKGIRO", account.Descendants(Cac + "FinancialInstitutionBranch").Single().Element(Cbc + "ID")?.Value);
    }

    [Fact]
    public void Invoice_Exempt_CarriesSellerVatNumberAndFTaxText()
    {
        var invoice = Invoice(VatTreatment.Exempt, "SE212000135501") with { Seller = Seller("SE212000135501") with { ApprovedForFTax = true } };
        var xml = PeppolUblWriter.WriteInvoice(invoice);
        Ubl.AssertValid(xml, "UBL-Invoice-2.1.xsd");
        Ubl.AssertBusinessRules(xml, expectedPayable: 1_890_000.00m);
        var schemes = xml.Root!.Element(Cac + "AccountingSupplierParty")!.Descendants(Cac + "PartyTaxScheme")
            .Select(s => (s.Element(Cbc + "CompanyID")!.Value, s.Element(Cac + "TaxScheme")!.Element(Cbc + "ID")!.Value)).ToList();
        Assert.Equal([("SE212000135501", "VAT"), ("Godkänd för F-skatt", "TAX")], schemes); // SE-R-001/002, SE-R-005
        var category = xml.Root.Element(Cac + "TaxTotal")!.Descendants(Cac + "TaxCategory").Single();
        Assert.Equal(("E", "0"), (category.Element(Cbc + "ID")!.Value, category.Element(Cbc + "Percent")!.Value)); // BR-E-06
    }

    [Fact]
    public void CreditNote_ReferencesTheInvoice_AndPassesTheSchema()
    {
        var credit = Invoice() with { Number = "2025-K01-K1", IssueDate = new DateOnly(2025, 4, 1), DueDate = null, Note = "Rättelse av befolkningstal" };
        var xml = PeppolUblWriter.WriteCreditNote(credit, new InvoiceReference("2025-K01", new DateOnly(2025, 2, 1)));
        Ubl.AssertValid(xml, "UBL-CreditNote-2.1.xsd");
        Ubl.AssertBusinessRules(xml, expectedPayable: 1_890_000.00m);
        var root = xml.Root!;
        Assert.Equal("381", root.Element(Cbc + "CreditNoteTypeCode")?.Value);
        var reference = root.Element(Cac + "BillingReference")!.Element(Cac + "InvoiceDocumentReference")!;
        Assert.Equal(("2025-K01", "2025-02-01"), (reference.Element(Cbc + "ID")!.Value, reference.Element(Cbc + "IssueDate")!.Value));
    }

    [Theory]
    [InlineData("buyer reference")]
    [InlineData("negative")]
    [InlineData("decimals")]
    [InlineData("vat number")]
    [InlineData("exempt without vat")]
    public void Writer_RefusesContentThatBreaksARule(string what)
    {
        var invoice = what switch
        {
            "buyer reference" => Invoice() with { BuyerReference = " " },
            "negative" => Invoice() with { Lines = [new InvoiceLine("x", "y", -1m)] },
            "decimals" => Invoice() with { Lines = [new InvoiceLine("x", "y", 1.001m)] },
            "vat number" => Invoice() with { Seller = Seller("SE999999999901") },
            _ => Invoice(VatTreatment.Exempt),
        };
        Assert.Throws<ArgumentException>(() => PeppolUblWriter.WriteInvoice(invoice));
    }

    [Theory]
    [InlineData("5050-1055", true)]
    [InlineData("50501055", true)]
    [InlineData("5050-1056", false)] // check digit
    [InlineData("505010", false)]     // 6 digits
    public void Bankgiro_IsSevenOrEightDigitsWithLuhnCheck(string text, bool valid) =>
        Assert.Equal(valid, Bankgiro.TryParse(text, out _, out _));

    [Fact]
    public void InvoiceCostShares_OneInvoicePerNonZeroShare_NumberedByPeriodAndMember()
    {
        var allocation = CostAllocator.Allocate(new CostAllocationInput(8_400_000m, [AllocationKey.Size(0.5m), AllocationKey.Usage(0.5m)],
            [new AllocationMember("K01", [24000m, 300m]), new AllocationMember("K02", [96000m, 900m]), new AllocationMember("K03", [0m, 0m])]));
        Assert.True(InvoicingPeriod.TryParse("2025", out var period));
        var buyers = new[] { ("K01", "2120000142"), ("K02", "2120000159"), ("K03", "2120000167") }
            .Select(b => new CostShareBuyer(b.Item1, $"Kommun {b.Item1}", Organisationsnummer.Parse(b.Item2), $"{b.Item1}@example.se", null)).ToList();
        var seller = new CostShareSeller(Seller(), Bankgiro.Parse("5050-1055"), "Anna Andersson");

        var invoices = InvoiceCostShares.Build(allocation, buyers, seller, period, new DateOnly(2025, 2, 1));

        Assert.Equal(["2025-K01", "2025-K02"], invoices.Select(i => i.Document.Number));
        foreach (var (invoice, share) in invoices.Zip(new[] { 1_890_000m, 6_510_000m }))
        {
            var xml = PeppolUblWriter.WriteInvoice(invoice.Document);
            Ubl.AssertValid(xml, "UBL-Invoice-2.1.xsd");
            Ubl.AssertBusinessRules(xml, share);
            Assert.Equal("Anna Andersson", xml.Root!.Element(Cbc + "BuyerReference")!.Value);
            Assert.Contains("size", allocation.Keys[0].Name, StringComparison.Ordinal);
            Assert.Contains("Storlek 50", invoice.Document.Lines[0].Description, StringComparison.Ordinal);
        }
    }
}

/// <summary>Checks of UBL output: the OASIS schema by xmllint, and in code the PEPPOL/EN 16931 rules the writer builds for.</summary>
internal static class Ubl
{
    private static readonly XNamespace Cac = PeppolUblWriter.Cac;
    private static readonly XNamespace Cbc = PeppolUblWriter.Cbc;

    public static string SchemaPath(string file)
    {
        var root = typeof(Ubl).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "schemas", "ubl-2.1", "xsd", "maindoc", file));
    }

    public static void AssertValid(XDocument xml, string schemaFile)
    {
        var xmllint = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "xmllint")).FirstOrDefault(File.Exists);
        if (xmllint is null) Assert.Skip("xmllint is not installed (Debian package libxml2-utils): the UBL schema check cannot run.");
        var schema = SchemaPath(schemaFile);
        Assert.True(File.Exists(schema), $"schema not found: {schema}");
        var file = Path.Combine(Path.GetTempPath(), $"samverka-ubl-{Guid.NewGuid():N}.xml");
        xml.Save(file);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(xmllint, ["--noout", "--schema", schema, file])
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"xmllint: {errors}");
        }
        finally { File.Delete(file); }
    }

    /// <summary>BR-CO-10/13/15/16 totals, payable = expected share, R003 buyer reference, R002 one note, R008 no empty element,
    /// R010/R020 endpoints with scheme 0007, PEPPOL-COMMON-R049 valid 0007 numbers, R051 one currency, BR-DEC 2 decimals.</summary>
    public static void AssertBusinessRules(XDocument xml, decimal expectedPayable)
    {
        var root = xml.Root!;
        decimal Amount(XElement? e) => decimal.Parse(e!.Value, CultureInfo.InvariantCulture);
        var totals = root.Element(Cac + "LegalMonetaryTotal")!;
        var lines = root.Elements().Where(e => e.Name == Cac + "InvoiceLine" || e.Name == Cac + "CreditNoteLine").ToList();
        Assert.NotEmpty(lines); // BR-16
        var lineSum = lines.Sum(l => Amount(l.Element(Cbc + "LineExtensionAmount")));
        var tax = Amount(root.Element(Cac + "TaxTotal")!.Element(Cbc + "TaxAmount"));
        Assert.Equal(lineSum, Amount(totals.Element(Cbc + "LineExtensionAmount")));                          // BR-CO-10
        Assert.Equal(lineSum, Amount(totals.Element(Cbc + "TaxExclusiveAmount")));                           // BR-CO-13
        Assert.Equal(lineSum + tax, Amount(totals.Element(Cbc + "TaxInclusiveAmount")));                     // BR-CO-15
        Assert.Equal(Amount(totals.Element(Cbc + "TaxInclusiveAmount")), Amount(totals.Element(Cbc + "PayableAmount"))); // BR-CO-16
        Assert.Equal(expectedPayable, Amount(totals.Element(Cbc + "PayableAmount")));
        Assert.Equal(tax, root.Element(Cac + "TaxTotal")!.Elements(Cac + "TaxSubtotal").Sum(s => Amount(s.Element(Cbc + "TaxAmount")))); // BR-CO-14
        foreach (var line in lines)                                                                          // PEPPOL-EN16931-R120
            Assert.Equal(Amount(line.Element(Cbc + "LineExtensionAmount")), Amount(line.Element(Cac + "Price")!.Element(Cbc + "PriceAmount")));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Cbc + "BuyerReference")?.Value));               // PEPPOL-EN16931-R003
        Assert.True(root.Elements(Cbc + "Note").Count() <= 1);                                               // PEPPOL-EN16931-R002
        Assert.DoesNotContain(root.Descendants(), e => !e.HasElements && string.IsNullOrWhiteSpace(e.Value)); // PEPPOL-EN16931-R008
        Assert.All(root.Descendants().Where(e => e.Attribute("currencyID") is not null), e =>
        {
            Assert.Equal("SEK", e.Attribute("currencyID")!.Value);                                           // PEPPOL-EN16931-R051
            Assert.Matches(@"^-?\d+\.\d{2}$", e.Value);                                                      // BR-DEC-*
        });
        foreach (var party in new[] { "AccountingSupplierParty", "AccountingCustomerParty" })
        {
            var p = root.Element(Cac + party)!.Element(Cac + "Party")!;
            var endpoint = p.Element(Cbc + "EndpointID")!;                                                   // R010, R020
            var company = p.Element(Cac + "PartyLegalEntity")!.Element(Cbc + "CompanyID")!;
            Assert.Equal("0007", endpoint.Attribute("schemeID")?.Value);
            Assert.Equal("0007", company.Attribute("schemeID")?.Value);
            Assert.Matches("^[0-9]{10}$", endpoint.Value);                                                   // PEPPOL-COMMON-R049, SE-R-003/004
            Assert.True(Luhn.IsValid(endpoint.Value), $"{endpoint.Value} fails Luhn");                       // SE-R-013
            Assert.False(string.IsNullOrWhiteSpace(p.Element(Cac + "PartyLegalEntity")!.Element(Cbc + "RegistrationName")?.Value)); // BR-06, BR-07
            Assert.NotNull(p.Element(Cac + "PostalAddress")?.Element(Cac + "Country")?.Element(Cbc + "IdentificationCode")); // BR-08..11
        }
        Assert.Equal(PeppolUblWriter.CustomizationId, root.Element(Cbc + "CustomizationID")?.Value);          // R004
        Assert.Equal(PeppolUblWriter.ProfileId, root.Element(Cbc + "ProfileID")?.Value);                      // R001, R007
    }
}
