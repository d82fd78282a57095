using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Samverka.Kernel;

/// <summary>A Swedish personnummer or samordningsnummer, the identity of a person.</summary>
/// <remarks>
/// <para>Immutable and valid by construction: the only way to get one is <see cref="Parse"/> or
/// <see cref="TryParse"/>. Accepted text: 12 digits (<c>19121212-1212</c>, <c>191212121212</c>) or 10 digits
/// (<c>121212-1212</c>, <c>1212121212</c>, <c>121212+1212</c>); surrounding white space is ignored. The last
/// digit is the Luhn check digit of the 10-digit form.</para>
/// <para>The 10-digit form has no century, so parsing needs the reference date <c>today</c> (an explicit input:
/// Kernel reads no clock). With <c>-</c> or no separator the birth date is the latest one (stepping back a
/// century at a time) that exists and is not after <c>today</c>. With <c>+</c> the birth year is the latest
/// one ending in the two digits that is at least 100 years before <c>today</c>'s year: the law writes <c>+</c>
/// from the start of the calendar year the person turns 100 (18 § folkbokföringslagen), so it is usually, but
/// not in that year before the birthday, the <c>-</c> answer less 100 years. A 12-digit form must start with
/// 18, 19 or 20. A birth date after <c>today</c> is refused in every form. To read back canonical text stored earlier,
/// where the century is written out, <see cref="DateOnly.MaxValue"/> may be passed as <c>today</c>.</para>
/// <para>A samordningsnummer (coordination number, for people not registered in Sweden) has the same shape
/// with 60 added to the day of birth (day 72 is the 12th). It is the same kind of identity for every rule
/// here, so it is not a separate type: <see cref="IsSamordningsnummer"/> tells them apart and
/// <see cref="BirthDate"/> is the real date.</para>
/// <para>Nothing else is derived (the second-last digit's sex is deliberately not exposed), and messages about a
/// wrong number never repeat the number: they end up in logs.</para>
/// </remarks>
public sealed class Personnummer : IEquatable<Personnummer>
{
    private readonly string _digits; // 12 digits, YYYYMMDDNNNC, day as written (+60 for samordningsnummer)

    private Personnummer(string digits, DateOnly birthDate, bool isSamordningsnummer)
    {
        _digits = digits;
        BirthDate = birthDate;
        IsSamordningsnummer = isSamordningsnummer;
    }

    /// <summary>The date of birth (for a samordningsnummer the real day, 60 less than the one written).</summary>
    public DateOnly BirthDate { get; }

    /// <summary>Whether this is a samordningsnummer (day of birth written + 60) rather than a personnummer.</summary>
    public bool IsSamordningsnummer { get; }

    /// <summary>Completed years on <paramref name="date"/> (see <see cref="Age.CompletedYears"/>).</summary>
    public int AgeOn(DateOnly date) => Age.CompletedYears(BirthDate, date);

    /// <summary>Parses a personnummer or samordningsnummer, resolving the century of a 10-digit form
    /// against <paramref name="today"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid number; the message says what is wrong.</exception>
    public static Personnummer Parse(string text, DateOnly today) =>
        TryParse(text, today, out var value, out var error) ? value : throw new FormatException($"Not a valid personnummer: {error}.");

    /// <summary>Parses a personnummer or samordningsnummer, resolving the century of a 10-digit form
    /// against <paramref name="today"/>.</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="today">The reference date: the birth date may not be after it.</param>
    /// <param name="value">The number, or null when the text is not valid.</param>
    /// <param name="error">What is wrong, in a short English phrase (for example "the check digit does not match
    /// the other digits"); empty on success.</param>
    public static bool TryParse(string? text, DateOnly today, [NotNullWhen(true)] out Personnummer? value, out string error)
    {
        value = null;
        if (!IdentityText.TrySplit(text, "-+", out var digits, out var separator, out var separatorAt, out error)) return false;
        if (digits.Length is not (10 or 12))
        {
            error = $"it has {digits.Length} digits; a personnummer has 10 or 12";
            return false;
        }
        if (separator is not null && separatorAt != digits.Length - 4)
        {
            error = $"the separator '{separator}' must come just before the last four digits";
            return false;
        }
        if (separator == '+' && digits.Length == 12)
        {
            error = "'+' (age 100 or more) is used only in the 10-digit form";
            return false;
        }

        var ten = digits[^10..];
        var month = Number(ten, 2);
        var writtenDay = Number(ten, 4);
        if (month is < 1 or > 12)
        {
            error = $"month {month:D2} does not exist";
            return false;
        }
        var isSamordningsnummer = writtenDay is >= 61 and <= 91;
        if (writtenDay is < 1 or > 31 && !isSamordningsnummer)
        {
            error = $"day {writtenDay:D2} is neither a day of the month (01-31) nor a samordningsnummer day (61-91)";
            return false;
        }
        var day = isSamordningsnummer ? writtenDay - 60 : writtenDay;

        int year;
        if (digits.Length == 12)
        {
            var century = Number(digits, 0);
            if (century is not (18 or 19 or 20))
            {
                error = $"the century {century:D2} is not 18, 19 or 20";
                return false;
            }
            year = century * 100 + Number(digits, 2);
        }
        else
        {
            var yy = Number(ten, 0);
            var latest = today.Year - today.Year % 100 + yy;
            if (latest > today.Year) latest -= 100; // the latest year ending in yy, up to this year
            if (separator == '+')
            {
                // '+' is written from the start of the year the person turns 100 (18 § folkbokföringslagen),
                // so the birth year is at least 100 years before this year, whatever the day.
                year = latest - 100;
            }
            else
            {
                // '-' or none: the latest century whose birth date exists and is not after today.
                var exists = day <= DateTime.DaysInMonth(Math.Max(latest, 1), month);
                year = exists && (latest < today.Year || month < today.Month || (month == today.Month && day <= today.Day))
                    ? latest
                    : latest - 100;
            }
        }
        if (year < 1)
        {
            error = "the century cannot be resolved (the birth year would be before year 1)";
            return false;
        }
        if (day > DateTime.DaysInMonth(year, month))
        {
            error = isSamordningsnummer
                ? $"{year:D4}-{month:D2} has no day {day:D2} (samordningsnummer day {writtenDay})"
                : $"{year:D4}-{month:D2} has no day {day:D2}";
            return false;
        }
        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the birth date is after {today:yyyy-MM-dd}");
            return false;
        }
        if (!Luhn.IsValid(ten))
        {
            error = "the check digit does not match the other digits";
            return false;
        }

        value = new Personnummer(year.ToString("D4", CultureInfo.InvariantCulture) + ten[2..], birthDate, isSamordningsnummer);
        error = "";
        return true;
    }

    private static int Number(string digits, int at) => (digits[at] - '0') * 10 + (digits[at + 1] - '0');

    /// <summary>The canonical form <c>YYYYMMDD-NNNN</c> (a samordningsnummer keeps its day + 60).</summary>
    public override string ToString() => $"{_digits[..8]}-{_digits[8..]}";

    /// <inheritdoc/>
    public bool Equals(Personnummer? other) => other is not null && other._digits == _digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Personnummer);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_digits);

    /// <summary>Same number.</summary>
    public static bool operator ==(Personnummer? a, Personnummer? b) => a?.Equals(b) ?? b is null;

    /// <summary>Different numbers.</summary>
    public static bool operator !=(Personnummer? a, Personnummer? b) => !(a == b);
}
