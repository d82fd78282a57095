namespace Samverka.Modules.Platform;

/// <summary>Swedish local time (Europe/Stockholm), in which people enter and read dates and times.</summary>
public static class SwedishTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which the Swedish day <paramref name="date"/> starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; } // a machine without tz data: show UTC rather than fail
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
