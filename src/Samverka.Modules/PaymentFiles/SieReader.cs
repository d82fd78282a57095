using System.Globalization;
using System.Text;
using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>Reads SIE 4 files (4I and 4E): the header, accounts, dimensions, objects and vouchers.</summary>
/// <remarks>
/// <para>Bytes are decoded as CP437 (<c>#FORMAT PC8</c>). Fields are separated by spaces or tabs; a field in
/// quotes may hold spaces, and a backslash makes the next character literal (<c>\"</c>, <c>\\</c>). Object lists
/// are in braces: <c>{1 "4100" 6 "P12"}</c>. Amounts may have 0, 1 or 2 decimals (<c>1063</c>, <c>-212.5</c>).</para>
/// <para><c>#RTRANS</c> and <c>#BTRANS</c> (rows added or removed after registration) are skipped: SIE has every
/// <c>#RTRANS</c> followed by the same row as <c>#TRANS</c>, so the <c>#TRANS</c> rows alone are the voucher.
/// Labels the reader does not need (<c>#IB</c>, <c>#RES</c>, <c>#KSUMMA</c>, ...) are skipped.</para>
/// <para>The reader does not refuse unbalanced vouchers: it reports what the file says, and
/// <see cref="SieVoucher.IsBalanced"/> tells. Lines it cannot make sense of are reported together, with their
/// line numbers, in an <see cref="InputProblemsException"/>.</para>
/// </remarks>
public static class SieReader
{
    /// <summary>Reads a file's bytes.</summary>
    /// <param name="bytes">The file, CP437.</param>
    /// <param name="source">The file's name, for problem reports.</param>
    /// <exception cref="InputProblemsException">Lines that cannot be read.</exception>
    public static SieFile Read(byte[] bytes, string source) => ReadText(SieEncoding.Pc8.GetString(bytes), source);

    /// <summary>Reads a file from a stream.</summary>
    /// <param name="input">The file, CP437.</param>
    /// <param name="source">The file's name, for problem reports.</param>
    /// <exception cref="InputProblemsException">Lines that cannot be read.</exception>
    public static SieFile Read(Stream input, string source)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Read(buffer.ToArray(), source);
    }

    /// <summary>Reads text already decoded.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">The file's name, for problem reports.</param>
    /// <exception cref="InputProblemsException">Lines that cannot be read.</exception>
    public static SieFile ReadText(string text, string source)
    {
        var state = new State(source);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            try
            {
                state.Line(i + 1, line);
            }
            catch (FormatException e)
            {
                state.Problems.Add(new InputProblem(source, i + 1, FirstWord(line), e.Message));
            }
        }
        if (state.OpenVoucher is not null)
            state.Problems.Add(new InputProblem(source, state.OpenVoucherLine, "#VER", "the voucher is not closed with '}'"));
        if (state.Problems.Count > 0) throw new InputProblemsException(state.Problems);
        return state.ToFile();
    }

    private static string FirstWord(string line)
    {
        var trimmed = line.TrimStart();
        var end = trimmed.IndexOfAny([' ', '\t']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    /// <summary>A field: text (quoted or bare) or a brace group of fields.</summary>
    private sealed record Field(string Text, bool Quoted, IReadOnlyList<Field>? Group)
    {
        public bool IsGroup => Group is not null;
    }

    private sealed class State(string source)
    {
        public List<InputProblem> Problems { get; } = [];
        public SieVoucher? OpenVoucher { get; private set; }
        public int OpenVoucherLine { get; private set; }

        private int? flag, sieType;
        private string? programName, programVersion, format, organisationNumber, companyName;
        private DateOnly? generatedOn;
        private readonly List<SieFiscalYear> fiscalYears = [];
        private readonly List<SieAccount> accounts = [];
        private readonly List<SieDimension> dimensions = [];
        private readonly List<SieObject> objects = [];
        private readonly List<SieVoucher> vouchers = [];
        private SieVoucher? pendingVoucher;
        private int pendingVoucherLine;
        private List<SieTransaction>? rows;

        public void Line(int number, string line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) return;
            if (trimmed == "{")
            {
                if (pendingVoucher is null) throw new FormatException("'{' without a #VER before it");
                OpenVoucher = pendingVoucher;
                OpenVoucherLine = pendingVoucherLine;
                pendingVoucher = null;
                rows = [];
                return;
            }
            if (trimmed == "}")
            {
                if (OpenVoucher is null || rows is null) throw new FormatException("'}' without an open voucher");
                vouchers.Add(OpenVoucher with { Transactions = rows });
                OpenVoucher = null;
                rows = null;
                return;
            }
            if (!trimmed.StartsWith('#')) throw new FormatException($"a line must start with a #label, '{{' or '}}', not '{Shorten(trimmed)}'");
            if (pendingVoucher is not null)
            {
                Problems.Add(new InputProblem(source, pendingVoucherLine, "#VER", "the voucher has no '{' block of rows"));
                pendingVoucher = null;
            }

            var fields = Fields(trimmed);
            var label = fields[0].Text.ToUpperInvariant();
            var args = fields.Skip(1).ToList();
            if (OpenVoucher is not null)
            {
                switch (label)
                {
                    case "#TRANS": rows!.Add(Transaction(args)); return;
                    case "#RTRANS" or "#BTRANS": return;
                    default: throw new FormatException($"{label} cannot stand inside a voucher's rows");
                }
            }
            switch (label)
            {
                case "#FLAGGA": flag = Int(args, 0, "flag"); break;
                case "#PROGRAM": programName = Text(args, 0); programVersion = Text(args, 1); break;
                case "#FORMAT": format = Text(args, 0); break;
                case "#GEN": generatedOn = Date(args, 0, "date") ?? throw new FormatException("#GEN needs a date"); break;
                case "#SIETYP": sieType = Int(args, 0, "type"); break;
                case "#ORGNR": organisationNumber = Text(args, 0); break;
                case "#FNAMN": companyName = Text(args, 0); break;
                case "#RAR": fiscalYears.Add(new SieFiscalYear(Int(args, 0, "year index"), Date(args, 1, "first day"), Date(args, 2, "last day"))); break;
                case "#KONTO": accounts.Add(new SieAccount(Required(args, 0, "account number"), Text(args, 1) ?? "")); break;
                case "#DIM": dimensions.Add(new SieDimension(Int(args, 0, "dimension"), Text(args, 1) ?? "")); break;
                case "#OBJEKT": objects.Add(new SieObject(Int(args, 0, "dimension"), Required(args, 1, "object id"), Text(args, 2) ?? "")); break;
                case "#VER":
                    var series = Text(args, 0) ?? "";
                    var numberText = Text(args, 1);
                    int? voucherNumber = string.IsNullOrEmpty(numberText) ? null : Int(args, 1, "voucher number");
                    var date = Date(args, 2, "voucher date") ?? throw new FormatException("#VER needs a voucher date");
                    pendingVoucher = new SieVoucher(series, voucherNumber, date, Text(args, 3) ?? "", []);
                    pendingVoucherLine = number;
                    break;
                case "#TRANS" or "#RTRANS" or "#BTRANS":
                    throw new FormatException($"{label} outside a voucher's '{{' '}}' block");
                default:
                    break; // labels this reader does not need
            }
        }

        public SieFile ToFile() =>
            new(flag, programName, programVersion, format, generatedOn, sieType, organisationNumber, companyName,
                fiscalYears, accounts, dimensions, objects, vouchers);

        private static SieTransaction Transaction(List<Field> args)
        {
            var account = Required(args, 0, "account number");
            // SIE 4 always has the object list; files from older programs sometimes leave it out.
            var objectList = args.Count > 1 && args[1].IsGroup ? args[1].Group! : [];
            var shift = args.Count > 1 && args[1].IsGroup ? 0 : -1;
            var references = new List<SieObjectRef>();
            for (var i = 0; i + 1 < objectList.Count; i += 2)
            {
                if (!int.TryParse(objectList[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var dimension))
                    throw new FormatException($"'{objectList[i].Text}' in the object list is not a dimension number");
                references.Add(new SieObjectRef(dimension, objectList[i + 1].Text));
            }
            if (objectList.Count % 2 != 0) throw new FormatException("the object list must hold pairs of dimension and object");
            var amountText = Required(args, 2 + shift, "amount");
            if (!decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                throw new FormatException($"'{amountText}' is not an amount");
            return new SieTransaction(account, references, new Money(amount), Date(args, 3 + shift, "row date"), Text(args, 4 + shift));
        }

        private static string? Text(List<Field> args, int index) => index < args.Count && !args[index].IsGroup ? args[index].Text : null;

        private static string Required(List<Field> args, int index, string what) =>
            Text(args, index) is { Length: > 0 } text ? text : throw new FormatException($"the {what} is missing");

        private static int Int(List<Field> args, int index, string what)
        {
            var text = Required(args, index, what);
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"the {what} '{text}' is not a whole number");
        }

        private static DateOnly? Date(List<Field> args, int index, string what)
        {
            var text = Text(args, index);
            if (string.IsNullOrEmpty(text)) return null;
            return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException($"the {what} '{text}' is not a date of the form YYYYMMDD");
        }

        private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "...";
    }

    /// <summary>Splits a line into fields: bare words, quoted strings with backslash escapes, brace groups.</summary>
    private static List<Field> Fields(string line)
    {
        var position = 0;
        var fields = ReadFields(line, ref position, insideGroup: false);
        return fields;
    }

    private static List<Field> ReadFields(string line, ref int position, bool insideGroup)
    {
        var fields = new List<Field>();
        while (true)
        {
            while (position < line.Length && line[position] is ' ' or '\t') position++;
            if (position >= line.Length)
            {
                if (insideGroup) throw new FormatException("an object list '{' is not closed with '}'");
                return fields;
            }
            var c = line[position];
            if (c == '}')
            {
                if (!insideGroup) throw new FormatException("'}' without '{' on the line");
                position++;
                return fields;
            }
            if (c == '{')
            {
                if (insideGroup) throw new FormatException("object lists cannot be nested");
                position++;
                var group = ReadFields(line, ref position, insideGroup: true);
                fields.Add(new Field("", false, group));
                continue;
            }
            var text = new StringBuilder();
            if (c == '"')
            {
                position++;
                var closed = false;
                while (position < line.Length)
                {
                    var d = line[position++];
                    if (d == '\\' && position < line.Length) text.Append(line[position++]);
                    else if (d == '"') { closed = true; break; }
                    else text.Append(d);
                }
                if (!closed) throw new FormatException("a quoted field is not closed with '\"'");
                fields.Add(new Field(text.ToString(), true, null));
                continue;
            }
            while (position < line.Length && line[position] is not (' ' or '\t' or '{' or '}' or '"')) text.Append(line[position++]);
            fields.Add(new Field(text.ToString(), false, null));
        }
    }
}
