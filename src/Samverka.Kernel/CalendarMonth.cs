using System.Globalization;

namespace Samverka.Kernel;

/// <summary>A calendar month such as 2007-09: the unit in which grants, fees and invoices are paid.</summary>
/// <remarks>Immutable. Ordered chronologically. Text form is ISO <c>YYYY-MM</c>.</remarks>
public readonly record struct CalendarMonth : IComparable<CalendarMonth>
{
    /// <summary>Creates the month; throws when the year is outside 1-9999 or the month outside 1-12.</summary>
    public CalendarMonth(int year, int month)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1-9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
        Year = year;
        Month = month;
    }

    /// <summary>The year, 1-9999.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1-12.</summary>
    public int Month { get; }

    /// <summary>Months since year 0 (year x 12 + month - 1): a dense index for arrays and differences.</summary>
    public int Index => Year * 12 + Month - 1;

    /// <summary>The month with the given <see cref="Index"/>.</summary>
    public static CalendarMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    /// <summary>The month that contains <paramref name="date"/>.</summary>
    public static CalendarMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Number of days in the month (28-31).</summary>
    public int DayCount => DateTime.DaysInMonth(Year, Month);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DayCount);

    /// <summary>All days of the month as an inclusive range.</summary>
    public DateRange Days => new(FirstDay, LastDay);

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public CalendarMonth Plus(int months) => FromIndex(Index + months);

    /// <summary>Whole months from <paramref name="other"/> to this month (positive when this is later).</summary>
    public int MonthsSince(CalendarMonth other) => Index - other.Index;

    /// <inheritdoc/>
    public int CompareTo(CalendarMonth other) => Index.CompareTo(other.Index);

    /// <summary>Chronological order.</summary>
    public static bool operator <(CalendarMonth a, CalendarMonth b) => a.Index < b.Index;
    /// <summary>Chronological order.</summary>
    public static bool operator >(CalendarMonth a, CalendarMonth b) => a.Index > b.Index;
    /// <summary>Chronological order.</summary>
    public static bool operator <=(CalendarMonth a, CalendarMonth b) => a.Index <= b.Index;
    /// <summary>Chronological order.</summary>
    public static bool operator >=(CalendarMonth a, CalendarMonth b) => a.Index >= b.Index;

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IEnumerable<CalendarMonth> Range(CalendarMonth from, CalendarMonth to)
    {
        for (var i = from.Index; i <= to.Index; i++) yield return FromIndex(i);
    }

    /// <summary>Parses <c>YYYY-MM</c>; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static CalendarMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month of the form YYYY-MM.");

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, out CalendarMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        if (y < 1 || m is < 1 or > 12) return false;
        month = new CalendarMonth(y, m);
        return true;
    }

    /// <summary>ISO form <c>YYYY-MM</c>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
