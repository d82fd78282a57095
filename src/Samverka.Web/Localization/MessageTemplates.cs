using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Samverka.Web.Localization;

/// <summary>Translation of messages that carry values ("'19121313-1212' is not a valid personnummer: month 13 does
/// not exist"): every English key of <see cref="Swedish"/> with placeholders (<c>{0}</c>, <c>{1}</c>, ...) is compiled
/// once to an anchored pattern whose literal parts must match exactly and whose placeholders capture the values; the
/// Swedish template is then filled with those values.</summary>
/// <remarks>When several keys match, the one with the most literal characters wins (it says the most about the
/// message), then the one with fewer placeholders, then the first in ordinal order, so the choice never depends on
/// dictionary order. A captured value that is a phrase (has a space) is itself translated when it can be, so a message
/// that wraps another ("enrollment 2 (...): {0}") is Swedish all through; one-word values (numbers, dates,
/// personnummer, column names) are kept as written. Keys with fewer than <see cref="MinimumLiteralLength"/> literal
/// characters ("Change {0}") are left out: they would match almost any sentence.</remarks>
public static class MessageTemplates
{
    /// <summary>Fewest literal characters a key needs to be used as a message template.</summary>
    public const int MinimumLiteralLength = 8;

    private static readonly Regex Placeholder = new(@"\{\{|\}\}|\{(\d+)(?:[,:][^}]*)?\}", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyList<MessageTemplate>> Compiled = new(() => Compile(Swedish.Translations));

    /// <summary>The templates, compiled on first use and kept, most specific first.</summary>
    public static IReadOnlyList<MessageTemplate> All => Compiled.Value;

    /// <summary>Compiles the keys with placeholders of <paramref name="translations"/>, most specific first.</summary>
    public static IReadOnlyList<MessageTemplate> Compile(IReadOnlyDictionary<string, string> translations) =>
        translations
            .Select(t => MessageTemplate.TryCreate(t.Key, t.Value))
            .OfType<MessageTemplate>()
            .Where(t => t.LiteralLength >= MinimumLiteralLength)
            .OrderByDescending(t => t.LiteralLength)
            .ThenBy(t => t.PlaceholderCount)
            .ThenBy(t => t.English, StringComparer.Ordinal)
            .ToList();

    /// <summary>The Swedish for <paramref name="english"/>: an exact translation, else the most specific template
    /// that matches, filled with the values (phrases among them translated too); false when neither exists.</summary>
    public static bool TryTranslate(string english, IReadOnlyDictionary<string, string> exact, IReadOnlyList<MessageTemplate> templates, out string swedish)
    {
        if (exact.TryGetValue(english, out var sv))
        {
            swedish = sv;
            return true;
        }
        foreach (var template in templates)
        {
            if (template.Match(english) is not { } values) continue;
            var filled = values.Select(v => v.Contains(' ', StringComparison.Ordinal) && TryTranslate(v, exact, templates, out var inner) ? inner : v).ToArray<object?>();
            swedish = string.Format(CultureInfo.InvariantCulture, template.Swedish, filled);
            return true;
        }
        swedish = english;
        return false;
    }

    internal static IEnumerable<(int Index, int Length, int? Number)> Placeholders(string key) =>
        Placeholder.Matches(key).Select(m => (m.Index, m.Length, m.Groups[1].Success ? (int?)int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null));
}

/// <summary>One English key with placeholders, compiled to an anchored pattern, and its Swedish template.</summary>
public sealed class MessageTemplate
{
    private readonly Regex _pattern;
    private readonly int _values;

    private readonly string _prefix;
    private readonly string _suffix;

    private MessageTemplate(string english, string swedish, Regex pattern, int literalLength, int placeholderCount, int values, string prefix, string suffix)
    {
        _prefix = prefix;
        _suffix = suffix;
        English = english;
        Swedish = swedish;
        _pattern = pattern;
        LiteralLength = literalLength;
        PlaceholderCount = placeholderCount;
        _values = values;
    }

    public string English { get; }
    public string Swedish { get; }

    /// <summary>Characters of the key outside its placeholders.</summary>
    public int LiteralLength { get; }

    public int PlaceholderCount { get; }

    /// <summary>The template of a key with at least one placeholder; null for a key without.</summary>
    public static MessageTemplate? TryCreate(string english, string swedish)
    {
        var pattern = new StringBuilder("^");
        var seen = new HashSet<int>();
        var text = new StringBuilder(); // the literal text since the last placeholder, as the message shows it
        string? prefix = null;
        int at = 0, literal = 0, count = 0, highest = -1;
        foreach (var (index, length, number) in MessageTemplates.Placeholders(english))
        {
            text.Append(english, at, index - at);
            if (number is not { } n)
            {
                text.Append(english[index]); // {{ or }} stands for one brace
            }
            else
            {
                pattern.Append(Regex.Escape(text.ToString())).Append(seen.Add(n) ? $"(?<v{n}>.*?)" : $"\\k<v{n}>");
                literal += text.Length;
                prefix ??= text.ToString();
                text.Clear();
                count++;
                highest = Math.Max(highest, n);
            }
            at = index + length;
        }
        if (count == 0) return null;
        text.Append(english, at, english.Length - at);
        pattern.Append(Regex.Escape(text.ToString())).Append(@"\z");
        literal += text.Length;
        var regex = new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.ExplicitCapture);
        return new MessageTemplate(english, swedish, regex, literal, count, highest + 1, prefix!, text.ToString());
    }

    /// <summary>The values in placeholder order ({0} first) when <paramref name="message"/> is this template filled
    /// in; otherwise null.</summary>
    public string[]? Match(string message)
    {
        // Most messages differ from a template in their first or last words: checked before the pattern is run.
        if (message.Length < LiteralLength || !message.StartsWith(_prefix, StringComparison.Ordinal) || !message.EndsWith(_suffix, StringComparison.Ordinal))
            return null;
        var m = _pattern.Match(message);
        if (!m.Success) return null;
        var values = new string[_values];
        for (var n = 0; n < _values; n++)
            values[n] = m.Groups[$"v{n}"] is { Success: true } g ? g.Value : "";
        return values;
    }
}
