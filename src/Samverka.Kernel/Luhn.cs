namespace Samverka.Kernel;

/// <summary>The Luhn (modulus 10) check digit used by Swedish personnummer, organisationsnummer,
/// bankgiro and plusgiro numbers.</summary>
/// <remarks>Digits are weighted 2, 1, 2, 1, ... from the left of the payload (that is, 2 for the digit
/// just before the check digit); two-digit products count as the sum of their digits. The check digit
/// brings the total to a multiple of 10. It catches every single mistyped digit and most swaps of
/// neighbours.</remarks>
public static class Luhn
{
    /// <summary>The check digit (0-9) for <paramref name="payload"/>, the digits without their check digit.</summary>
    /// <exception cref="ArgumentException">The payload is empty or holds something other than ASCII digits.</exception>
    public static int CheckDigit(ReadOnlySpan<char> payload)
    {
        if (payload.IsEmpty) throw new ArgumentException("The payload has no digits.", nameof(payload));
        var sum = 0;
        var doubleIt = true; // the digit next to the check digit is doubled
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var c = payload[i];
            if (!char.IsAsciiDigit(c)) throw new ArgumentException($"'{c}' is not a digit.", nameof(payload));
            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Whether the last digit of <paramref name="digits"/> is the Luhn check digit of the others.</summary>
    /// <remarks>False (not an exception) for fewer than two characters or anything that is not an ASCII digit.</remarks>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2) return false;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return false;
        return CheckDigit(digits[..^1]) == digits[^1] - '0';
    }
}
