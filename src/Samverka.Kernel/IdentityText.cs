using System.Text;

namespace Samverka.Kernel;

/// <summary>Splits identity-number text into its digits and its one optional separator.</summary>
internal static class IdentityText
{
    public static bool TrySplit(string? text, string separators, out string digits, out char? separator, out int separatorAt, out string error)
    {
        digits = "";
        separator = null;
        separatorAt = -1;
        error = "";
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = "the text is empty";
            return false;
        }
        var buffer = new StringBuilder(12);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer.Append(c);
            }
            else if (separators.Contains(c, StringComparison.Ordinal))
            {
                if (separator is not null)
                {
                    error = "it has more than one separator";
                    return false;
                }
                separator = c;
                separatorAt = buffer.Length;
            }
            else
            {
                var allowed = string.Join(" or ", separators.Select(s => $"'{s}'"));
                error = char.IsControl(c) || char.IsWhiteSpace(c)
                    ? $"it contains a space or control character; only digits and {allowed} are allowed"
                    : $"it contains '{c}'; only digits and {allowed} are allowed";
                return false;
            }
        }
        digits = buffer.ToString();
        return true;
    }
}
