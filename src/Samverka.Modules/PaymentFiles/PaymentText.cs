namespace Samverka.Modules.PaymentFiles;

/// <summary>The characters Samverka lets into ISO 20022 payment files.</summary>
/// <remarks>
/// <para>Identifiers (message, payment information, end-to-end) are 1-35 characters of <c>A-Z a-z 0-9 -</c>:
/// they come back in status reports and bank statements and are matched byte for byte, so they stay in the set
/// every bank and clearing keeps intact.</para>
/// <para>Names and remittance text are UTF-8 and may hold printable Latin-1 characters (U+0020-U+007E,
/// U+00A0-U+00FF: Swedish å ä ö Å Ä Ö, é, ü and the like). Anything else (control characters, typographic
/// quotes and dashes, other scripts) is refused, never transliterated: the person fixes the name where it is
/// registered, and the file says exactly what Samverka holds.</para>
/// </remarks>
public static class PaymentText
{
    /// <summary>Longest identifier (ISO 20022 <c>Max35Text</c>).</summary>
    public const int MaxIdLength = 35;

    /// <summary>Longest party name Samverka writes (the CGI and Swedish bank guidelines' 70, below the schema's 140).</summary>
    public const int MaxNameLength = 70;

    /// <summary>Longest unstructured remittance (ISO 20022 <c>Max140Text</c>).</summary>
    public const int MaxRemittanceLength = 140;

    /// <summary>Null when <paramref name="id"/> is a usable identifier, else what is wrong.</summary>
    public static string? CheckId(string? id)
    {
        if (string.IsNullOrEmpty(id)) return "is empty";
        if (id.Length > MaxIdLength) return $"'{id}' has {id.Length} characters; at most {MaxIdLength} are allowed";
        var at = id.AsSpan().IndexOfAnyExcept(IdChars);
        return at < 0 ? null : $"'{id}' contains '{Show(id[at])}'; only A-Z, a-z, 0-9 and '-' are allowed";
    }

    /// <summary>Null when <paramref name="text"/> (already trimmed) is usable free text of at most
    /// <paramref name="maxLength"/> characters, else what is wrong.</summary>
    public static string? CheckText(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text)) return "is empty";
        if (text.Length > maxLength) return $"has {text.Length} characters; at most {maxLength} are allowed";
        var at = text.AsSpan().IndexOfAnyExcept(TextChars);
        return at < 0 ? null : $"contains '{Show(text[at])}', which payment files do not carry (allowed: printable Latin-1 characters such as A-Z, å, ä, ö, é)";
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="maxLength"/> characters (a party's name, by default).</summary>
    public static string Shorten(string text, int maxLength = MaxNameLength) => text.Length <= maxLength ? text : text[..maxLength];

    /// <summary>Whether <paramref name="c"/> may appear in names and remittance text.</summary>
    public static bool IsAllowedTextChar(char c) => c is >= '\u0020' and <= '\u007E' or >= '\u00A0' and <= '\u00FF';

    private static readonly System.Buffers.SearchValues<char> IdChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-");

    private static readonly System.Buffers.SearchValues<char> TextChars =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 256).Select(i => (char)i).Where(IsAllowedTextChar).ToArray());

    private static string Show(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
