using System.Diagnostics.CodeAnalysis;

namespace Samverka.Kernel;

/// <summary>A Swedish organisationsnummer: the identity of a legal entity (municipality, region, company,
/// association).</summary>
/// <remarks>
/// <para>Immutable and valid by construction. Accepted text: 10 digits with an optional <c>-</c> before the last
/// four (<c>212000-2627</c>, <c>2120002627</c>), optionally prefixed by the century-like <c>16</c> that some
/// registers write (<c>16212000-2627</c>, <c>162120002627</c>); surrounding white space is ignored. The last
/// digit is the Luhn check digit of the 10 digits, and the third digit is at least 2 (below that the number is
/// a personnummer).</para>
/// <para>A sole trader (enskild firma) is identified by the owner's personnummer, which this type refuses:
/// use <see cref="Personnummer"/> for those.</para>
/// </remarks>
public sealed class Organisationsnummer : IEquatable<Organisationsnummer>, IParsable<Organisationsnummer>
{
    private Organisationsnummer(string digits) => Digits = digits;

    /// <summary>The 10 digits without dash or prefix, as e-invoices (PEPPOL scheme 0007) and payment files want
    /// them.</summary>
    public string Digits { get; }

    /// <summary>Parses an organisationsnummer.</summary>
    /// <exception cref="FormatException">The text is not valid; the message says what is wrong.</exception>
    public static Organisationsnummer Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException($"Not a valid organisationsnummer: {error}.");

    /// <summary>Parses an organisationsnummer.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="value">The number, or null when the text is not valid.</param>
    /// <param name="error">What is wrong, in a short English phrase; empty on success.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Organisationsnummer? value, out string error)
    {
        value = null;
        if (!IdentityText.TrySplit(text, "-", out var digits, out _, out var dashAt, out error)) return false;
        if (digits.Length is not (10 or 12))
        {
            error = $"it has {digits.Length} digits; an organisationsnummer has 10 (12 with the prefix 16)";
            return false;
        }
        if (digits.Length == 12 && !digits.StartsWith("16", StringComparison.Ordinal))
        {
            error = $"12 digits must start with 16, not {digits[..2]}";
            return false;
        }
        if (dashAt >= 0 && dashAt != digits.Length - 4)
        {
            error = "the '-' must come just before the last four digits";
            return false;
        }
        var ten = digits[^10..];
        if (ten[2] < '2')
        {
            error = $"the third digit is {ten[2]}; below 2 it is a personnummer, not an organisationsnummer";
            return false;
        }
        if (!Luhn.IsValid(ten))
        {
            error = "the check digit does not match the other digits";
            return false;
        }
        value = new Organisationsnummer(ten);
        error = "";
        return true;
    }

    static Organisationsnummer IParsable<Organisationsnummer>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Organisationsnummer>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Organisationsnummer result) =>
        TryParse(s, out result, out _);

    /// <summary>The canonical form <c>NNNNNN-NNNN</c>.</summary>
    public override string ToString() => $"{Digits[..6]}-{Digits[6..]}";

    /// <inheritdoc/>
    public bool Equals(Organisationsnummer? other) => other is not null && other.Digits == Digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Organisationsnummer);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Digits);

    /// <summary>Same number.</summary>
    public static bool operator ==(Organisationsnummer? a, Organisationsnummer? b) => a?.Equals(b) ?? b is null;

    /// <summary>Different numbers.</summary>
    public static bool operator !=(Organisationsnummer? a, Organisationsnummer? b) => !(a == b);
}
