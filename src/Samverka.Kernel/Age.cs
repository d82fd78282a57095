namespace Samverka.Kernel;

/// <summary>Age in completed years.</summary>
public static class Age
{
    /// <summary>Completed years on <paramref name="on"/> for a person born <paramref name="birthDate"/>.</summary>
    /// <remarks>Follows <see cref="DateOnly.AddYears"/>: a child born 29 February turns a year older on
    /// 28 February in common years. Before the birth date the age is negative (-1).</remarks>
    public static int CompletedYears(DateOnly birthDate, DateOnly on)
    {
        var years = on.Year - birthDate.Year;
        if (years > 0 && birthDate.AddYears(years) > on) years--;
        else if (years <= 0 && on < birthDate) return -1;
        return years;
    }
}
