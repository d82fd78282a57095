using System.Globalization;
using System.Text;
using Samverka.Kernel;
using Samverka.Modules.Invoicing;
using Samverka.Rules.CostAllocation;

namespace Samverka.Cli.CostAllocation;

/// <summary><c>samverka allocate</c>: splits a joint cost between members by weighted keys (../shared/specs/cost-allocation.md),
/// optionally writing one PEPPOL invoice per member. All-or-nothing: every input is checked before anything is written.</summary>
public static class AllocateCommand
{
    public static CliCommand Command { get; } = new(
        "allocate",
        "allocate --total 8400000.00 --keys members.csv --weights size=0.5,usage=0.5 [--out shares.csv] " +
        "[--invoice-seller seller.json --invoice-period 2025 --invoice-dir DIR [--invoice-date YYYY-MM-DD]]",
        "Split a total cost between members by size and usage (exact to the öre); optionally write PEPPOL invoices.",
        Run);

    private static async Task<int> Run(CliArgs args, CliContext context)
    {
        var totalText = args.Required("total");
        var keysPath = args.Required("keys");
        var weightsText = args.Required("weights");
        var outPath = args.Optional("out");
        var sellerPath = args.Optional("invoice-seller");
        var periodText = args.Optional("invoice-period");
        var invoiceDir = args.Optional("invoice-dir");
        var invoiceDate = args.OptionalDate("invoice-date");
        args.RejectUnknown();

        var problems = new List<InputProblem>();
        if (!decimal.TryParse(totalText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var total))
            problems.Add(Option("total", $"'{totalText}' is not an amount such as 8400000.00"));
        var keys = ParseWeights(weightsText, problems);

        var invoicing = sellerPath is not null || periodText is not null || invoiceDir is not null || invoiceDate is not null;
        InvoicingPeriod? period = null;
        if (invoicing)
        {
            if (string.IsNullOrEmpty(sellerPath)) problems.Add(Option("invoice-seller", "is required when invoices are written"));
            if (string.IsNullOrEmpty(invoiceDir)) problems.Add(Option("invoice-dir", "is required when invoices are written"));
            if (string.IsNullOrEmpty(periodText)) problems.Add(Option("invoice-period", "is required when invoices are written"));
            else if (!InvoicingPeriod.TryParse(periodText, out period)) problems.Add(Option("invoice-period", $"'{periodText}' is not a year (2025) or a month (2025-03)"));
        }

        var read = MembersFile.Parse(keysPath, keys, invoicing, problems);
        var seller = invoicing && !string.IsNullOrEmpty(sellerPath) ? SellerFile.Parse(sellerPath, problems) : null;

        CostAllocationResult? allocation = null;
        if (read is not null && keys.Count > 0 && problems.Count == 0)
        {
            var input = new CostAllocationInput(total, keys, read.Members)
            {
                Source = keysPath,
                ParametersSource = "(command line)",
                TotalField = "--total",
                WeightsField = "--weights",
            };
            problems.AddRange(CostAllocator.Validate(input));
            if (problems.Count == 0) allocation = CostAllocator.Allocate(input);
        }
        else if (read is not null && keys.Count == 0 && problems.Count == 0)
        {
            problems.Add(Option("weights", "at least one key is needed, e.g. size=0.5,usage=0.5"));
        }
        if (problems.Count > 0 || allocation is null) throw new InputProblemsException(problems);

        var files = new List<(string Name, string Xml)>();
        if (invoicing)
        {
            var issueDate = invoiceDate ?? DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime);
            var invoices = InvoiceCostShares.Build(allocation, read!.Buyers, seller!, period!, issueDate);
            foreach (var invoice in invoices)
            {
                var name = invoice.MemberId + ".xml";
                if (File.Exists(Path.Combine(invoiceDir!, name)))
                    problems.Add(new InputProblem(Path.Combine(invoiceDir!, name), null, "(file)",
                        "an invoice file already exists; issued invoices are not overwritten (credit it instead)"));
                files.Add((name, ToXml(PeppolUblWriter.WriteInvoice(invoice.Document))));
            }
            if (problems.Count > 0) throw new InputProblemsException(problems);
        }

        var csv = SharesCsv(allocation);
        if (files.Count > 0) WriteInvoices(invoiceDir!, files);
        if (outPath is null) await context.Out.WriteAsync(csv);
        else WriteAtomically(outPath, csv);
        if (invoicing) await context.Error.WriteLineAsync($"samverka: wrote {files.Count} invoice(s) to {invoiceDir}");
        return ExitCodes.Ok;
    }

    /// <summary><c>size=0.5,usage=0.5</c> to keys, in the order written (the first is the fallback key).</summary>
    private static List<AllocationKey> ParseWeights(string text, List<InputProblem> problems)
    {
        var keys = new List<AllocationKey>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = item.IndexOf('=');
            var name = eq > 0 ? item[..eq].Trim() : "";
            if (eq <= 0 || !decimal.TryParse(item[(eq + 1)..].Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight))
            {
                problems.Add(Option("weights", $"'{item}' is not of the form name=0.5"));
                continue;
            }
            keys.Add(name switch
            {
                "size" => AllocationKey.Size(weight),
                "usage" => AllocationKey.Usage(weight),
                "base" => AllocationKey.BaseFee(weight),
                _ => new AllocationKey(name, weight),
            });
        }
        return keys;
    }

    /// <summary><c>member_id,share</c> first (the contract), then each key's part, the rounding öre and the explanation.</summary>
    internal static string SharesCsv(CostAllocationResult allocation)
    {
        var sb = new StringBuilder();
        sb.Append("member_id,share");
        foreach (var key in allocation.Keys) sb.Append(',').Append(Field(key.Name + "_part"));
        sb.Append(",rounding_ore,explanation\n");
        foreach (var share in allocation.Shares)
        {
            sb.Append(Field(share.MemberId)).Append(',').Append(Amount(share.Amount));
            foreach (var part in share.Parts) sb.Append(',').Append(Amount(Math.Round(part.Exact, 2, MidpointRounding.AwayFromZero)));
            sb.Append(',').Append((share.RoundingOre * 100m).ToString("0", CultureInfo.InvariantCulture));
            sb.Append(',').Append(Field(share.Explanation)).Append('\n');
        }
        return sb.ToString();
    }

    private static string Amount(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string ToXml(System.Xml.Linq.XDocument document)
    {
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter() : base(CultureInfo.InvariantCulture) { }
        public override Encoding Encoding => new UTF8Encoding(false);
    }

    // Written to a temporary folder beside DIR, then moved in: a failure leaves no partial set in DIR.
    private static void WriteInvoices(string dir, List<(string Name, string Xml)> files)
    {
        var full = Path.GetFullPath(dir);
        var temp = Path.Combine(Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var (name, xml) in files) File.WriteAllText(Path.Combine(temp, name), xml, new UTF8Encoding(false));
            if (!Directory.Exists(full))
            {
                Directory.Move(temp, full);
                return;
            }
            foreach (var (name, _) in files) File.Move(Path.Combine(temp, name), Path.Combine(full, name));
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = full + $".tmp-{Guid.NewGuid():N}";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }

    private static InputProblem Option(string option, string message) => new("(command line)", null, "--" + option, message);
}
