using System.Globalization;

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
        return SwedishFormat.Number(rounded, rounded == decimal.Truncate(rounded) ? 0 : 2, 2) + "\u00A0kr";
    }

    /// <summary>Machine form with two decimals and a point: <c>1400000.50</c> (CSV, XML).</summary>
    public string ToInvariantString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => ToSwedishString();
}
