using Samverka.Kernel;

namespace Samverka.Modules.Organisations;

/// <summary>Reads organisation numbers as people type them into forms and import files.</summary>
/// <remarks><see cref="Organisationsnummer"/> decides what is valid; this adds the forms' tolerance for spaces and hyphens anywhere and says
/// what is wrong in the fixed phrases the interface translates.</remarks>
public static class OrganisationNumbers
{
    /// <summary>The number in the form <c>NNNNNN-NNNN</c>, or null and a message saying what is wrong.</summary>
    public static string? Normalise(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) { problem = "is required"; return null; }
        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        if (Organisationsnummer.TryParse(digits, out var number, out _)) return number.ToString();

        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal)) digits = digits[2..];
        problem = digits.Length != 10 || !digits.All(char.IsAsciiDigit) ? "must be ten digits, e.g. 212000-2627"
            : digits[2] < '2' ? "is not an organisation number: the third digit must be 2 or more"
            : "has a wrong check digit (the last digit)";
        return null;
    }
}
