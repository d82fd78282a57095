using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Benchmarks;

/// <summary>Deterministic synthetic enrollments: N children over M months, as a municipality-wide simulation sees them.</summary>
/// <remarks>Each child is enrolled at one provider from before the first month; about a quarter give notice and move to
/// another provider during the run (two lines in the transition months), some leave for good. About 40 children per
/// provider. Birth dates make the children 0-5 at the start. Same seed, same data.</remarks>
public static class CompensationData
{
    public static readonly CalendarMonth From = new(2016, 1);

    public static CalendarMonth To(int months) => From.Plus(months - 1);

    /// <summary>first-of-month, by-day, 3 transition months, a new rate version every 4 years; bands 0-2, 3-5, 6+.</summary>
    public static CompensationRuleSet Rules(int months)
    {
        var rates = new List<RateVersion>();
        for (var k = 0; k * 48 < months + 12; k++)
        {
            var bump = 1m + 0.03m * k;
            rates.Add(new RateVersion(From.Plus(k * 48 - 12), $"KS {2015 + 4 * k}-12-10 § {90 + k}",
            [
                new AgeBand(0, 2, Math.Round(13_450.00m * bump, 2)),
                new AgeBand(3, 5, Math.Round(9_870.50m * bump, 2)),
                new AgeBand(6, null, Math.Round(4_120.25m * bump, 2)),
            ]));
        }
        return new CompensationRuleSet(AgeRule.FirstOfMonth, 1, Proration.ByDay, 3, rates);
    }

    public static List<Enrollment> Enrollments(int children, int months, int seed = 20071)
    {
        var random = new Random(seed);
        var providers = Math.Max(1, children / 40);
        var first = From.FirstDay;
        var last = To(months).LastDay;
        var span = last.DayNumber - first.DayNumber;
        var result = new List<Enrollment>(children + children / 3);
        for (var c = 0; c < children; c++)
        {
            var child = "C" + c.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var birth = first.AddDays(-random.Next(180, 6 * 365));
            var provider = random.Next(providers);
            var start = first.AddDays(-random.Next(1, 400));
            var roll = random.Next(100);
            if (roll < 25)
            {
                // Moves: notice, leaves a few weeks later, starts at another provider the next day.
                var end = first.AddDays(random.Next(30, span - 30));
                var notice = end.AddDays(-random.Next(0, 60));
                if (notice < start) notice = start;
                result.Add(new Enrollment(child, birth, ProviderId(provider), start, end, notice));
                result.Add(new Enrollment(child, birth, ProviderId((provider + 1 + random.Next(providers - 1 > 0 ? providers - 1 : 1)) % providers), end.AddDays(1)));
            }
            else if (roll < 30)
            {
                // Leaves, by-day proration in the last month.
                var end = first.AddDays(random.Next(30, span));
                result.Add(new Enrollment(child, birth, ProviderId(provider), start, end, end.AddDays(-random.Next(0, 90)) is var n && n >= start ? n : start));
            }
            else result.Add(new Enrollment(child, birth, ProviderId(provider), start));
        }
        return result;
    }

    private static string ProviderId(int p) => "P" + p.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
}
