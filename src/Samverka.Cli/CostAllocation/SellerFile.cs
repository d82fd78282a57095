using System.Text.Json;
using Samverka.Kernel;
using Samverka.Modules.Invoicing;

namespace Samverka.Cli.CostAllocation;

/// <summary>The <c>seller.json</c> of <c>samverka allocate --invoice-seller</c>: <c>name, organisation_number,
/// vat_number</c> (optional)<c>, street, city, postal_code, bankgiro, contact_email, reference</c>; optionally
/// <c>vat_category</c> (<c>O</c>, the default, or <c>E</c>) and <c>f_skatt</c> (true when approved for F-tax).</summary>
internal static class SellerFile
{
    public static CostShareSeller? Parse(string path, List<InputProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new InputProblem(path, null, "(file)", "the file does not exist"));
            return null;
        }
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            problems.Add(new InputProblem(path, (int?)(e.LineNumber + 1), "(file)", $"not valid JSON: {e.Message}"));
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputProblem(path, 1, "(file)", "a JSON object is expected"));
            return null;
        }

        var before = problems.Count;
        string? Text(string field, bool required = true)
        {
            if (root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { } s && s.Trim().Length > 0)
                return s.Trim();
            if (required || (root.TryGetProperty(field, out var w) && w.ValueKind is not (JsonValueKind.Null or JsonValueKind.String)))
                problems.Add(new InputProblem(path, null, field, required ? "a non-empty text is required" : "must be a text"));
            return null;
        }

        var name = Text("name");
        var orgText = Text("organisation_number");
        var vat = Text("vat_number", required: false);
        var street = Text("street");
        var city = Text("city");
        var postal = Text("postal_code");
        var bankgiroText = Text("bankgiro");
        var email = Text("contact_email");
        var reference = Text("reference");
        var category = Text("vat_category", required: false) ?? "O";
        var fTax = root.TryGetProperty("f_skatt", out var f) && f.ValueKind == JsonValueKind.True;

        Organisationsnummer? org = null;
        if (orgText is not null && !Organisationsnummer.TryParse(orgText, out org, out var orgError))
            problems.Add(new InputProblem(path, null, "organisation_number", $"'{orgText}': {orgError}"));
        if (vat is not null && org is not null && !PeppolUblWriter.IsSwedishVatNumberOf(vat, org))
            problems.Add(new InputProblem(path, null, "vat_number", $"'{vat}' is not SE{org.Digits}01, the VAT number of the organisation number"));
        Bankgiro? bankgiro = null;
        if (bankgiroText is not null && !Bankgiro.TryParse(bankgiroText, out bankgiro, out var bgError))
            problems.Add(new InputProblem(path, null, "bankgiro", bgError));
        if (email is not null && !PeppolUblWriter.IsEmailAddress(email))
            problems.Add(new InputProblem(path, null, "contact_email", $"'{email}' is not an e-mail address"));
        var treatment = category switch { "O" => VatTreatment.NotSubjectToVat, "E" => VatTreatment.Exempt, _ => (VatTreatment?)null };
        if (treatment is null)
            problems.Add(new InputProblem(path, null, "vat_category", $"'{category}' is not O (not subject to VAT) or E (exempt)"));
        if (treatment == VatTreatment.Exempt && vat is null)
            problems.Add(new InputProblem(path, null, "vat_number", "an exempt (E) invoice needs the seller's VAT number (BR-E-02)"));

        if (problems.Count > before || name is null || org is null || street is null || city is null || postal is null
            || bankgiro is null || email is null || reference is null || treatment is null)
            return null;
        var party = new InvoiceParty(name, org, new InvoiceAddress(street, city, postal))
        {
            VatNumber = vat,
            ApprovedForFTax = fTax,
            ContactName = reference,
            Email = email,
        };
        return new CostShareSeller(party, bankgiro, reference, treatment.Value);
    }
}
