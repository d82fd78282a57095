using System.Globalization;

namespace Samverka.Kernel;

/// <summary>A range of days.</summary>
/// <remarks>Both <see cref="Start"/> and <see cref="End"/> are included: 2026-01-01..2026-01-31 is 31 days.
/// An open-ended range (no end) is expressed with <see cref="DateOnly.MaxValue"/>.</remarks>
public readonly record struct DateRange
{
    /// <summary>Creates the range; throws when the end is before the start.</summary>
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"End {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}."), nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>First day, included.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day, included.</summary>
    public DateOnly End { get; }

    /// <summary>Number of days, counting both ends.</summary>
    public int DayCount => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Whether <paramref name="day"/> lies in the range (ends included).</summary>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Whether the two ranges share at least one day.</summary>
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>The days both ranges share, or null when they share none.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end < start ? null : new DateRange(start, end);
    }

    /// <summary>ISO form <c>YYYY-MM-DD..YYYY-MM-DD</c>.</summary>
    // Invariant: under a culture with another calendar (th-TH) "yyyy" would be a Buddhist year.
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}");
}
