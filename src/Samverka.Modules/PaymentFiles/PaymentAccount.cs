using System.Numerics;
using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>How money reaches an account in a Swedish payment file.</summary>
public enum PaymentAccountKind
{
    /// <summary>A bankgiro number (7 or 8 digits, Luhn check digit); cleared by Bankgirot.</summary>
    Bankgiro,
    /// <summary>A plusgiro number (2 to 8 digits, Luhn check digit); cleared by PlusGirot (Nordea).</summary>
    Plusgiro,
    /// <summary>An IBAN (for Swedish accounts <c>SE</c> and 22 digits).</summary>
    Iban,
}

/// <summary>An account as written by a person: the kind and the number, not yet checked.</summary>
/// <remarks>Checked by the writers, which report every problem of a batch at once
/// (see <see cref="PaymentAccounts.Normalise"/>). Separators (space, <c>-</c>) are allowed in the text.</remarks>
public sealed record PaymentAccount(PaymentAccountKind Kind, string Number)
{
    /// <summary>A bankgiro number such as <c>5050-1055</c>.</summary>
    public static PaymentAccount Bankgiro(string number) => new(PaymentAccountKind.Bankgiro, number);

    /// <summary>A plusgiro number such as <c>4 12 34-5</c>.</summary>
    public static PaymentAccount Plusgiro(string number) => new(PaymentAccountKind.Plusgiro, number);

    /// <summary>An IBAN such as <c>SE45 5000 0000 0583 9825 7466</c>.</summary>
    public static PaymentAccount Iban(string number) => new(PaymentAccountKind.Iban, number);
}

/// <summary>Checks and normalises account numbers and BICs for payment files.</summary>
public static class PaymentAccounts
{
    /// <summary>The number as a payment file carries it (digits only; an IBAN in upper case without spaces),
    /// or null and a message saying what is wrong.</summary>
    public static string? Normalise(PaymentAccount account, out string problem)
    {
        problem = "";
        var compact = new string(account.Number.Where(c => c is not (' ' or '-')).ToArray());
        switch (account.Kind)
        {
            case PaymentAccountKind.Bankgiro:
                if (compact.Length is not (7 or 8) || !compact.All(char.IsAsciiDigit))
                {
                    problem = $"bankgiro number '{account.Number}' must have 7 or 8 digits";
                    return null;
                }
                if (!Luhn.IsValid(compact))
                {
                    problem = $"bankgiro number '{account.Number}' has a wrong check digit";
                    return null;
                }
                return compact;
            case PaymentAccountKind.Plusgiro:
                if (compact.Length is < 2 or > 8 || !compact.All(char.IsAsciiDigit))
                {
                    problem = $"plusgiro number '{account.Number}' must have 2 to 8 digits";
                    return null;
                }
                if (!Luhn.IsValid(compact))
                {
                    problem = $"plusgiro number '{account.Number}' has a wrong check digit";
                    return null;
                }
                return compact;
            case PaymentAccountKind.Iban:
                var iban = compact.ToUpperInvariant();
                if (!IsValidIban(iban, out var why))
                {
                    problem = $"IBAN '{account.Number}' {why}";
                    return null;
                }
                return iban;
            default:
                problem = $"unknown account kind {account.Kind}";
                return null;
        }
    }

    /// <summary>Whether <paramref name="bic"/> is a BIC (8 or 11 characters) as the pain.001.001.03 schema
    /// defines it.</summary>
    public static bool IsValidBic(string bic) =>
        bic.Length is 8 or 11
        && bic[..6].All(char.IsAsciiLetterUpper)
        && (char.IsAsciiLetterUpper(bic[6]) || bic[6] is >= '2' and <= '9')
        && (char.IsAsciiDigit(bic[7]) || (char.IsAsciiLetterUpper(bic[7]) && bic[7] != 'O'))
        && bic[8..].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    // ISO 13616: move the first four characters to the end, letters become 10-35, the number mod 97 is 1.
    private static bool IsValidIban(string iban, out string why)
    {
        why = "";
        if (iban.Length is < 15 or > 34 || !iban[..2].All(char.IsAsciiLetterUpper) || !iban[2..4].All(char.IsAsciiDigit)
            || !iban.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            why = "is not an IBAN (two letters, two check digits, up to 30 letters or digits)";
            return false;
        }
        if (iban.StartsWith("SE", StringComparison.Ordinal) && (iban.Length != 24 || !iban[2..].All(char.IsAsciiDigit)))
        {
            why = "is not a Swedish IBAN (SE and 22 digits)";
            return false;
        }
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 != 1)
        {
            why = "has wrong check digits";
            return false;
        }
        return true;
    }
}
