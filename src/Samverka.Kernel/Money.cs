using System.Globalization;
using System.Text;

namespace Samverka.Kernel;

/// <summary>An amount of Swedish kronor (SEK).</summary>
/// <remarks>Always <see cref="decimal"/>, never floating point. Not rounded unless a rule asks for it with
/// <see cref="RoundToOre"/> (half away from zero, the default in Swedish public accounting).</remarks>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    /// <summary>Zero kronor.</summary>
    public static Money Zero => new(0m);

    /// <summary>The amount rounded to whole öre (two decimals), half away from zero.</summary>
    public Money RoundToOre() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero));

    /// <summary>Whether the amount has no more than two decimals.</summary>
    public bool IsWholeOre => Amount == Math.Round(Amount, 2);

    /// <inheritdoc/>
    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>Sum.</summary>
    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);
    /// <summary>Difference.</summary>
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);
    /// <summary>Negation.</summary>
    public static Money operator -(Money a) => new(-a.Amount);
    /// <summary>Scaling by a factor (not rounded).</summary>
    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor);
    /// <summary>Comparison.</summary>
    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;
    /// <summary>Comparison.</summary>
    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;
    /// <summary>Comparison.</summary>
    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;
    /// <summary>Comparison.</summary>
    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    /// <summary>Sum of a sequence.</summary>
    public static Money Sum(IEnumerable<Money> amounts) => new(amounts.Sum(m => m.Amount));

    /// <summary>Swedish form: <c>1 400 000 kr</c>, <c>1 400 000,50 kr</c>, <c>−250 kr</c>.</summary>
    /// <remarks>Thousands are grouped with a no-break space (U+00A0) so that an amount never wraps;
    /// öre are shown only when there are any. The minus sign is U+2212 as in sv-SE.</remarks>
    public string ToSwedishString()
    {
        var rounded = Math.Round(Amount, 2, MidpointRounding.AwayFromZero);
        var abs = Math.Abs(rounded);
        var whole = decimal.Truncate(abs);
        var ore = (int)((abs - whole) * 100);
        var digits = whole.ToString("0", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        if (rounded < 0) sb.Append('\u2212');
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append('\u00A0');
            sb.Append(digits[i]);
        }
        if (ore != 0) sb.Append(',').Append(ore.ToString("D2", CultureInfo.InvariantCulture));
        sb.Append("\u00A0kr");
        return sb.ToString();
    }

    /// <summary>Machine form with two decimals and a point: <c>1400000.50</c> (CSV, XML).</summary>
    public string ToInvariantString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => ToSwedishString();
}
