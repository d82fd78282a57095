using Samverka.Kernel;

namespace Samverka.Rules.CostAllocation;

/// <summary>Swedish number text for explanations (<c>8 400 000,00 kr</c>, <c>24 000</c>, <c>50 %</c>), independent
/// of the machine's culture. Groups of thousands are separated by a no-break space (U+00A0) as in
/// <see cref="Kernel.Money.ToSwedishString"/>; the minus sign is U+2212.</summary>
internal static class SwedishNumber
{
    /// <summary><paramref name="value"/> rounded (half away from zero) to at most <paramref name="maxDecimals"/> and
    /// shown with at least <paramref name="minDecimals"/> decimals.</summary>
    public static string Format(decimal value, int minDecimals, int maxDecimals) => SwedishFormat.Number(value, minDecimals, maxDecimals);

    /// <summary><c>8 400 000,00 kr</c>: always two decimals.</summary>
    public static string Kronor(decimal amount) => Format(amount, 2, 2) + "\u00A0kr";

    /// <summary>A key value such as <c>24 000</c> or <c>12,5</c>.</summary>
    public static string Value(decimal value) => Format(value, 0, 6);

    /// <summary>A weight as a percentage: 0.5 is <c>50 %</c>, 0.125 is <c>12,5 %</c>.</summary>
    public static string Percent(decimal weight) => Format(weight * 100m, 0, 4) + "\u00A0%";

    /// <summary>An exact amount: <c>= 840 000,00 kr</c> when it is whole öre, otherwise <c>≈ 840 000,3333 kr</c>.</summary>
    public static string ExactKronor(decimal amount) =>
        amount == Math.Round(amount, 2) ? "= " + Kronor(amount) : "\u2248 " + Format(amount, 2, 4) + "\u00A0kr";
}
