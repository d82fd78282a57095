using System.Globalization;
using System.Text;
using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>Writes SIE 4 files of type 4I: vouchers for the accounting system to import.</summary>
/// <remarks>
/// <para>The file is CP437 (<c>#FORMAT PC8</c>) with CR LF line ends. Header: <c>#FLAGGA 0</c>,
/// <c>#PROGRAM</c>, <c>#FORMAT</c>, <c>#GEN</c>, <c>#SIETYP 4</c>, <c>#ORGNR</c>, <c>#FNAMN</c>, <c>#RAR 0</c>, then
/// <c>#DIM</c>, <c>#OBJEKT</c> and <c>#KONTO</c> for what the vouchers use, then each <c>#VER</c> with its
/// <c>#TRANS</c> rows between <c>{</c> and <c>}</c>. Amounts have a point and two decimals; texts are quoted with
/// <c>"</c> and <c>\</c> escaped by a backslash.</para>
/// <para>Everything is checked before anything is written, and every problem is reported at once: each voucher
/// must balance to the öre, be dated in the fiscal year, use only named accounts, dimensions and objects, and
/// every text must be expressible in CP437.</para>
/// </remarks>
public static class SieWriter
{
    private const string Source = "SIE";

    /// <summary>The file's bytes (CP437).</summary>
    /// <exception cref="InputProblemsException">The export breaks a rule; nothing is produced.</exception>
    public static byte[] ToBytes(SieExport export) => SieEncoding.Pc8.GetBytes(ToText(export));

    /// <summary>Writes the file to <paramref name="output"/> (CP437).</summary>
    /// <exception cref="InputProblemsException">The export breaks a rule; nothing is written.</exception>
    public static void Write(SieExport export, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = ToBytes(export);
        output.Write(bytes);
    }

    /// <summary>Writes the file at <paramref name="path"/> through a temporary file, so that a half-written file
    /// never exists under its name.</summary>
    /// <exception cref="InputProblemsException">The export breaks a rule; no file is created.</exception>
    public static void WriteFile(SieExport export, string path)
    {
        var bytes = ToBytes(export);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The file's text (before encoding to CP437).</summary>
    /// <exception cref="InputProblemsException">The export breaks a rule.</exception>
    public static string ToText(SieExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var used = Check(export);
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append("\r\n");

        Line("#FLAGGA 0");
        Line($"#PROGRAM \"Samverka\" {Quote(export.ProgramVersion)}");
        Line("#FORMAT PC8");
        Line($"#GEN {Date(export.GeneratedOn)}");
        Line("#SIETYP 4");
        Line($"#ORGNR {export.OrganisationNumber}");
        Line($"#FNAMN {Quote(export.CompanyName)}");
        Line($"#RAR 0 {Date(export.FiscalYearStart)} {Date(export.FiscalYearEnd)}");
        foreach (var dimension in used.Dimensions)
            Line($"#DIM {dimension.Number.ToString(CultureInfo.InvariantCulture)} {Quote(dimension.Name)}");
        foreach (var obj in used.Objects)
            Line($"#OBJEKT {obj.Dimension.ToString(CultureInfo.InvariantCulture)} {Quote(obj.Id)} {Quote(obj.Name)}");
        foreach (var account in used.Accounts)
            Line($"#KONTO {account.Number} {Quote(account.Name)}");
        foreach (var voucher in export.Vouchers)
        {
            var number = voucher.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "\"\"";
            Line($"#VER {Quote(voucher.Series)} {number} {Date(voucher.Date)} {Quote(voucher.Text)}");
            Line("{");
            foreach (var row in voucher.Transactions)
            {
                var objects = string.Join(" ", row.Objects.Select(o => $"{o.Dimension.ToString(CultureInfo.InvariantCulture)} {Quote(o.Id)}"));
                var text = new StringBuilder($"   #TRANS {row.Account} {{{objects}}} {Amount(row.Amount)}");
                if (row.Date is not null || row.Text is not null)
                    text.Append(' ').Append(row.Date is { } date ? Date(date) : "\"\"");
                if (row.Text is not null) text.Append(' ').Append(Quote(row.Text));
                Line(text.ToString());
            }
            Line("}");
        }
        return sb.ToString();
    }

    /// <summary>SIE's amount form: a point and two decimals, <c>-</c> for credit: <c>-1250.50</c>.</summary>
    public static string Amount(Money amount) => amount.Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A field in quotes, with <c>"</c> and <c>\</c> escaped by a backslash.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // Account numbers are digit strings: shorter first, then by digit, so 800 comes before 1930.
    private static readonly Comparer<string> AccountOrder =
        Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));

    private sealed record Used(IReadOnlyList<SieAccount> Accounts, IReadOnlyList<SieDimension> Dimensions, IReadOnlyList<SieObject> Objects);

    private static Used Check(SieExport export)
    {
        var problems = new List<InputProblem>();
        void Problem(string field, string message) => problems.Add(new InputProblem(Source, null, field, message));
        void Text(string field, string? value, bool mayBeEmpty = false)
        {
            if (value is null || (!mayBeEmpty && value.Length == 0)) Problem(field, "is empty");
            else if (!SieEncoding.CanCarry(value)) Problem(field, $"'{value}' has a control character or a character that code page 437 (SIE's PC8) cannot carry");
        }

        Text("ProgramVersion", export.ProgramVersion);
        Text("CompanyName", export.CompanyName);
        if (export.OrganisationNumber is null) Problem("OrganisationNumber", "is missing");
        if (export.FiscalYearEnd < export.FiscalYearStart) Problem("FiscalYear", $"ends ({export.FiscalYearEnd:yyyy-MM-dd}) before it starts ({export.FiscalYearStart:yyyy-MM-dd})");

        var accounts = new Dictionary<string, SieAccount>(StringComparer.Ordinal);
        foreach (var account in export.Accounts ?? [])
        {
            if (account.Number.Length == 0 || !account.Number.All(char.IsAsciiDigit)) Problem("Accounts", $"account number '{account.Number}' is not digits");
            else if (!accounts.TryAdd(account.Number, account)) Problem("Accounts", $"account {account.Number} is named twice");
            Text($"Accounts[{account.Number}].Name", account.Name);
        }
        var dimensions = new Dictionary<int, SieDimension>();
        foreach (var dimension in export.Dimensions ?? [])
        {
            if (dimension.Number < 1) Problem("Dimensions", $"dimension {dimension.Number} is not a positive number");
            else if (!dimensions.TryAdd(dimension.Number, dimension)) Problem("Dimensions", $"dimension {dimension.Number} is named twice");
            Text($"Dimensions[{dimension.Number}].Name", dimension.Name);
        }
        var objects = new Dictionary<(int, string), SieObject>();
        foreach (var obj in export.Objects ?? [])
        {
            if (!objects.TryAdd((obj.Dimension, obj.Id), obj)) Problem("Objects", $"object {obj.Dimension} '{obj.Id}' is named twice");
            Text($"Objects[{obj.Dimension} {obj.Id}].Id", obj.Id);
            Text($"Objects[{obj.Dimension} {obj.Id}].Name", obj.Name);
        }

        var usedAccounts = new SortedSet<string>(AccountOrder);
        var usedObjects = new HashSet<(int, string)>();
        var vouchers = export.Vouchers ?? [];
        if (vouchers.Count == 0) Problem("Vouchers", "the file has no vouchers");
        for (var v = 0; v < vouchers.Count; v++)
        {
            var voucher = vouchers[v];
            var at = $"Vouchers[{v + 1}]";
            Text($"{at}.Series", voucher.Series);
            Text($"{at}.Text", voucher.Text);
            if (voucher.Number is < 1) Problem($"{at}.Number", $"{voucher.Number} is not a positive number");
            if (voucher.Date < export.FiscalYearStart || voucher.Date > export.FiscalYearEnd)
                Problem($"{at}.Date", $"{voucher.Date:yyyy-MM-dd} is outside the fiscal year {export.FiscalYearStart:yyyy-MM-dd} to {export.FiscalYearEnd:yyyy-MM-dd}");
            var rows = voucher.Transactions ?? [];
            if (rows.Count < 2) Problem(at, $"has {rows.Count} rows; a voucher needs at least a debit and a credit");
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var rowAt = $"{at}.Transactions[{r + 1}]";
                if (!accounts.ContainsKey(row.Account)) Problem($"{rowAt}.Account", $"account '{row.Account}' has no name in Accounts");
                else usedAccounts.Add(row.Account);
                if (!row.Amount.IsWholeOre) Problem($"{rowAt}.Amount", $"{row.Amount.Amount.ToString(CultureInfo.InvariantCulture)} has more than two decimals");
                if (row.Text is not null) Text($"{rowAt}.Text", row.Text, mayBeEmpty: true);
                foreach (var reference in row.Objects ?? [])
                {
                    if (!dimensions.ContainsKey(reference.Dimension)) Problem($"{rowAt}.Objects", $"dimension {reference.Dimension} has no name in Dimensions");
                    if (!objects.ContainsKey((reference.Dimension, reference.Id))) Problem($"{rowAt}.Objects", $"object {reference.Dimension} '{reference.Id}' has no name in Objects");
                    else usedObjects.Add((reference.Dimension, reference.Id));
                }
            }
            if (rows.Count > 0 && !voucher.IsBalanced)
                Problem($"{at}.Transactions", $"the rows sum to {Amount(voucher.Balance)}, not 0.00; a voucher must balance");
        }

        if (problems.Count > 0) throw new InputProblemsException(problems);
        var usedDimensionNumbers = usedObjects.Select(o => o.Item1).ToHashSet();
        return new Used(
            [.. usedAccounts.Select(a => accounts[a])],
            [.. dimensions.Values.Where(d => usedDimensionNumbers.Contains(d.Number)).OrderBy(d => d.Number)],
            [.. usedObjects.Select(o => objects[o]).OrderBy(o => o.Dimension).ThenBy(o => o.Id, StringComparer.Ordinal)]);
    }
}
