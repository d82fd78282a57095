using Samverka.Kernel;

namespace Samverka.Cli;

/// <summary>The options and positional arguments after a command's words: <c>--name value</c>, <c>--flag</c>.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CliArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=');
                if (eq > 0) { _options[a[2..eq]] = a[(eq + 1)..]; continue; }
                var name = a[2..];
                if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[name] = list[++i];
                else _options[name] = null;
            }
            else Positional.Add(a);
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) { _read.Add(name); return _options.ContainsKey(name); }

    public string? Optional(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>The option's value; throws a bad-input error naming the option when it is absent or empty.</summary>
    public string Required(string name) =>
        Optional(name) is { Length: > 0 } v ? v : throw Bad(name, "is required");

    public CalendarMonth RequiredMonth(string name)
    {
        var text = Required(name);
        return CalendarMonth.TryParse(text, out var m) ? m : throw Bad(name, $"'{text}' is not a month of the form YYYY-MM");
    }

    public DateOnly RequiredDate(string name) => ParseDate(name, Required(name));

    public DateOnly? OptionalDate(string name) => Optional(name) is { Length: > 0 } t ? ParseDate(name, t) : null;

    public int RequiredInt(string name)
    {
        var text = Required(name);
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw Bad(name, $"'{text}' is not a whole number");
    }

    /// <summary>Fails on options nobody asked for, so that a misspelt option is not silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new InputProblemsException(unknown.Select(k => new InputProblem("(command line)", null, "--" + k, "unknown option")).ToList());
    }

    public static InputProblemsException Bad(string option, string message) =>
        new(new InputProblem("(command line)", null, "--" + option, message));

    private static DateOnly ParseDate(string name, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d : throw Bad(name, $"'{text}' is not a date of the form YYYY-MM-DD");
}
