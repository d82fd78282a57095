using Samverka.Kernel;

namespace Samverka.Web.Tests;

/// <summary>Fresh, valid organisation numbers (Luhn, third digit at least 2) so that tests sharing an app never collide.</summary>
public static class TestNumbers
{
    public static string Organisation()
    {
        var payload = $"55{Random.Shared.Next(2, 10)}{Random.Shared.Next(0, 1_000_000):D6}";
        var number = payload + Luhn.CheckDigit(payload);
        return number[..6] + "-" + number[6..];
    }

    /// <summary>A well-formed number whose check digit is wrong.</summary>
    public static string WithWrongCheckDigit()
    {
        var good = Organisation();
        var last = good[^1] - '0';
        return good[..^1] + (char)('0' + (last + 1) % 10);
    }
}
