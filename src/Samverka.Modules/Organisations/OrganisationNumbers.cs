using Samverka.Kernel;

namespace Samverka.Modules.Organisations;

/// <summary>Reads organisation numbers as people type them.</summary>
/// <remarks>Written here until Samverka.Kernel has its Organisationsnummer type; the rule is the same:
/// ten digits (optionally prefixed <c>16</c>, optionally with a hyphen before the last four), third digit at least 2,
/// Luhn check digit.</remarks>
public static class OrganisationNumbers
{
    /// <summary>The number in the form <c>NNNNNN-NNNN</c>, or null and a message saying what is wrong.</summary>
    public static string? Normalise(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) { problem = "is required"; return null; }
        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal)) digits = digits[2..];
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            problem = "must be ten digits, e.g. 212000-2627";
            return null;
        }
        if (digits[2] < '2')
        {
            problem = "is not an organisation number: the third digit must be 2 or more";
            return null;
        }
        if (!Luhn.IsValid(digits))
        {
            problem = "has a wrong check digit (the last digit)";
            return null;
        }
        return digits[..6] + "-" + digits[6..];
    }
}
