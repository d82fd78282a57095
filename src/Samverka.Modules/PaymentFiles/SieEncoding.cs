using System.Text;

namespace Samverka.Modules.PaymentFiles;

/// <summary>The character encoding of SIE files: <c>#FORMAT PC8</c>, that is IBM code page 437.</summary>
/// <remarks>In CP437 å is 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82. .NET carries the code page in
/// <see cref="CodePagesEncodingProvider"/> (part of the shared framework), registered here once.</remarks>
public static class SieEncoding
{
    private static readonly Lazy<Encoding> Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Code page 437; throws on characters it cannot carry instead of writing <c>?</c>.</summary>
    public static Encoding Pc8 => Strict.Value;

    /// <summary>Whether every character of <paramref name="text"/> exists in CP437 and is not a control character
    /// (SIE forbids characters below 32).</summary>
    public static bool CanCarry(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c)) return false;
        }
        try
        {
            Pc8.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
