using System.Globalization;
using System.Text.RegularExpressions;
using Samverka.Kernel;
using Samverka.Modules.Invoicing;
using Samverka.Rules.CostAllocation;

namespace Samverka.Cli.CostAllocation;

/// <summary>The keys file of <c>samverka allocate</c>: <c>member_id,name,population,usage</c> (comma or semicolon),
/// plus <c>organisation_number,email</c> (and optionally <c>reference</c>) when invoices are written.</summary>
/// <remarks>A weight named <c>size</c> reads the column <c>population</c>, <c>usage</c> reads <c>usage</c>,
/// <c>base</c> gives every member 1 (an equal base fee) and any other name reads the column of that name.
/// In a semicolon-separated file a decimal comma is accepted, as Swedish Excel writes it.</remarks>
internal static partial class MembersFile
{
    public sealed record Read(IReadOnlyList<AllocationMember> Members, IReadOnlyList<CostShareBuyer> Buyers);

    /// <summary>Reads the members; adds every problem found to <paramref name="problems"/>.</summary>
    public static Read? Parse(string path, IReadOnlyList<AllocationKey> keys, bool forInvoices, List<InputProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new InputProblem(path, null, "(file)", "the file does not exist"));
            return null;
        }
        var text = File.ReadAllText(path);
        if (text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            problems.Add(new InputProblem(path, 1, "member_id", "the file is empty: a header (member_id,name,population,usage) and at least one member are needed"));
            return null;
        }
        CsvTable table;
        try { table = CsvTable.Parse(text, path); }
        catch (InputProblemsException e) { problems.AddRange(e.Problems); return null; }

        var required = new List<string> { "member_id" };
        required.AddRange(keys.Where(k => k.Name != "base").Select(k => k.Field));
        if (forInvoices) required.AddRange(["name", "organisation_number", "email"]);
        var missing = table.MissingColumns(required.Distinct().ToArray());
        if (missing.Count > 0) { problems.AddRange(missing); return null; }
        if (table.Rows.Count == 0)
        {
            problems.Add(new InputProblem(path, 2, "member_id", "the file has a header but no members"));
            return null;
        }

        var before = problems.Count;
        var members = new List<AllocationMember>(table.Rows.Count);
        var buyers = new List<CostShareBuyer>();
        foreach (var row in table.Rows)
        {
            var id = row.Get("member_id") ?? "";
            var values = new decimal[keys.Count];
            for (var k = 0; k < keys.Count; k++)
            {
                if (keys[k].Name == "base") { values[k] = 1m; continue; }
                var field = keys[k].Field;
                var raw = row.Get(field);
                if (raw is null) problems.Add(row.Problem(field, "the value is missing"));
                else if (!TryNumber(raw, table.Separator, out values[k])) problems.Add(row.Problem(field, $"'{raw}' is not a number"));
            }
            members.Add(new AllocationMember(id, values) { Line = row.Line });

            if (!forInvoices) continue;
            if (id.Length > 0 && !FileSafeId().IsMatch(id))
                problems.Add(row.Problem("member_id", $"'{id}' cannot name an invoice file: use letters, digits, '.', '_' or '-'"));
            var name = row.Get("name");
            if (name is null) problems.Add(row.Problem("name", "the member's name is missing (it is the buyer's name on the invoice)"));
            var orgText = row.Get("organisation_number");
            Organisationsnummer? org = null;
            if (orgText is null) problems.Add(row.Problem("organisation_number", "the organisation number is missing"));
            else if (!Organisationsnummer.TryParse(orgText, out org, out var error)) problems.Add(row.Problem("organisation_number", $"'{orgText}': {error}"));
            var email = row.Get("email");
            if (!PeppolUblWriter.IsEmailAddress(email)) problems.Add(row.Problem("email", email is null ? "the e-mail address is missing" : $"'{email}' is not an e-mail address"));
            if (name is not null && org is not null && email is not null)
                buyers.Add(new CostShareBuyer(id, name, org, email, row.Get("reference")));
        }
        return problems.Count > before ? null : new Read(members, buyers);
    }

    private static bool TryNumber(string raw, char separator, out decimal value)
    {
        var text = separator == ';' ? raw.Replace(',', '.') : raw;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex FileSafeId();
}
