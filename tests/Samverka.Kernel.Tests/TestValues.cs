using System.Globalization;

namespace Samverka.Kernel.Tests;

/// <summary>Attribute arguments cannot be dates or decimals: tables write them as text, parsed here.</summary>
internal static class TestValues
{
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal[] Decs(string commaSeparated) =>
        commaSeparated.Length == 0 ? [] : commaSeparated.Split(',').Select(Dec).ToArray();
}
