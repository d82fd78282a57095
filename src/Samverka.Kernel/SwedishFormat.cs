using System.Globalization;
using System.Text;

namespace Samverka.Kernel;

/// <summary>Numbers and amounts as Swedish text, whatever the machine's culture: <c>8 400 000,00 kr</c>, <c>12,5</c>.</summary>
/// <remarks>Thousands are grouped with a no-break space (U+00A0) so that a number never wraps, the decimal sign is a
/// comma and the minus sign is U+2212, as sv-SE writes them. Rounding is half away from zero.</remarks>
public static class SwedishFormat
{
    /// <summary><paramref name="value"/> rounded to at most <paramref name="maxDecimals"/> decimals and shown with at
    /// least <paramref name="minDecimals"/>: <c>Number(12.5m, 0, 2)</c> is <c>12,5</c>, <c>Number(3m, 2, 2)</c> is <c>3,00</c>.</summary>
    public static string Number(decimal value, int minDecimals, int maxDecimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minDecimals);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDecimals, minDecimals);
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var format = "0." + new string('0', minDecimals) + new string('#', maxDecimals - minDecimals);
        var text = Math.Abs(rounded).ToString(format, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var whole = point < 0 ? text.Length : point;
        var sb = new StringBuilder(text.Length + whole / 3 + 2);
        if (rounded < 0) sb.Append('\u2212');
        for (var i = 0; i < whole; i++)
        {
            if (i > 0 && (whole - i) % 3 == 0) sb.Append('\u00A0');
            sb.Append(text[i]);
        }
        if (point >= 0) sb.Append(',').Append(text, point + 1, text.Length - point - 1);
        return sb.ToString();
    }

    /// <summary>An amount with öre always shown, as on a payment specification: <c>10 120,00 kr</c>.</summary>
    public static string Kronor(decimal amount) => Number(amount, 2, 2) + "\u00A0kr";
}
