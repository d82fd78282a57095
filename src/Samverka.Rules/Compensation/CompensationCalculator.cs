using Samverka.Kernel;
using static System.FormattableString;

namespace Samverka.Rules.Compensation;

/// <summary>The line-producing compensation run: one explained line per child, provider and month. Used for
/// payment runs and the command line; <see cref="CompensationTotalsEngine"/> computes the same totals faster.</summary>
/// <remarks>Written for clarity, not speed: it is the reference the fast path is tested against.
/// Source: ../shared/specs/compensation.md, "Payment of one child at one provider in one month".</remarks>
public static class CompensationCalculator
{
    /// <summary>Computes every paid line for the months <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    /// <param name="enrollments">The enrollments; months outside [from, to] are not reported.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="from">First month of the run.</param>
    /// <param name="to">Last month of the run.</param>
    /// <exception cref="InputProblemsException">The input is not usable (every problem is listed), or a payable
    /// month has no rate version in force. Nothing is computed.</exception>
    public static CompensationResult Calculate(IReadOnlyList<Enrollment> enrollments, CompensationRuleSet ruleSet, CalendarMonth from, CalendarMonth to)
    {
        ArgumentNullException.ThrowIfNull(enrollments);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var problems = new List<InputProblem>();
        if (from > to) problems.Add(CompensationProblems.FromAfterTo(from, to));
        problems.AddRange(ruleSet.Validate());
        problems.AddRange(Enrollment.Validate(enrollments));
        CompensationProblems.ThrowIfAny(problems);

        var groups = new Dictionary<(string Child, string Provider), List<Enrollment>>();
        foreach (var e in enrollments)
        {
            if (!groups.TryGetValue((e.ChildId, e.ProviderId), out var list)) groups.Add((e.ChildId, e.ProviderId), list = []);
            list.Add(e);
        }

        var lines = new List<CompensationLine>();
        var warnings = new List<CompensationWarning>();
        CalendarMonth? missingVersion = null;
        var n = ruleSet.TransitionMonths;
        foreach (var ((child, provider), list) in groups)
        {
            // Months this child can be payable at this provider: enrolled months and transition windows.
            var lo = list.Min(e => CalendarMonth.Of(e.Start).Index);
            var hi = list.Max(e => Math.Max(
                e.End is { } end ? CalendarMonth.Of(end).Index : to.Index,
                e.Notice is { } notice && n > 0 ? CalendarMonth.Of(notice).Index + n - 1 : int.MinValue));
            lo = Math.Max(lo, from.Index);
            hi = Math.Min(hi, to.Index);
            var birth = list[0].BirthDate;
            var windows = list.Where(e => e.Notice is not null && n > 0).OrderBy(e => e.Notice).ToList();

            for (var index = lo; index <= hi; index++)
            {
                var month = CalendarMonth.FromIndex(index);
                var days = Math.Min(list.Sum(e => e.Days.Intersect(month.Days)?.DayCount ?? 0), month.DayCount);
                // Övergångsperiod: N calendar months from and including the month of the notice.
                var window = windows.FirstOrDefault(e => index - CalendarMonth.Of(e.Notice!.Value).Index is var k && k >= 0 && k < n);
                if (days == 0 && window is null) continue;

                var version = ruleSet.VersionInForce(month);
                if (version is null)
                {
                    if (missingVersion is null || month < missingVersion) missingVersion = month;
                    continue;
                }
                var age = ruleSet.AgeIn(birth, month);
                var band = version.BandFor(age);
                if (band is null)
                {
                    warnings.Add(new CompensationWarning(month, provider, child, age, version.From, list[0].Location));
                    continue;
                }

                var wholeMonth = days == month.DayCount;
                var prorate = ruleSet.Proration == Proration.ByDay && !wholeMonth && window is null;
                var amount = prorate
                    ? Math.Round(band.Monthly * days / month.DayCount, 2, MidpointRounding.AwayFromZero)
                    : band.Monthly;
                var attendsEnough = ruleSet.Proration == Proration.ByDay ? wholeMonth : days > 0;
                var kind = window is not null && !attendsEnough ? CompensationKind.Transition : CompensationKind.Ordinary;
                int? transitionMonth = window is null ? null : index - CalendarMonth.Of(window.Notice!.Value).Index + 1;

                lines.Add(new CompensationLine(month, provider, child, kind, age, band, amount, version.From, version.Decision,
                    days, month.DayCount, transitionMonth, window?.Notice)
                {
                    Basis = new LineBasis(birth, ruleSet.AgeRule, ruleSet.AgeChangeMonth, ruleSet.TransitionMonths, prorate),
                });
            }
        }
        if (missingVersion is { } missing)
            throw new InputProblemsException(CompensationProblems.NoVersionInForce(ruleSet, missing));

        lines.Sort((a, b) =>
            a.Month != b.Month ? a.Month.CompareTo(b.Month)
            : string.CompareOrdinal(a.ProviderId, b.ProviderId) is var p && p != 0 ? p
            : string.CompareOrdinal(a.ChildId, b.ChildId));
        warnings.Sort((a, b) =>
            a.Month != b.Month ? a.Month.CompareTo(b.Month)
            : string.CompareOrdinal(a.ProviderId, b.ProviderId) is var p && p != 0 ? p
            : string.CompareOrdinal(a.ChildId, b.ChildId));

        var totals = new List<CompensationTotal>();
        for (var i = 0; i < lines.Count;)
        {
            var j = i;
            decimal ordinary = 0m, transition = 0m;
            while (j < lines.Count && lines[j].Month == lines[i].Month && lines[j].ProviderId == lines[i].ProviderId)
            {
                if (lines[j].Kind == CompensationKind.Transition) transition += lines[j].Amount;
                else ordinary += lines[j].Amount;
                j++;
            }
            totals.Add(new CompensationTotal(lines[i].Month, lines[i].ProviderId, j - i, ordinary, transition));
            i = j;
        }
        return new CompensationResult(lines, totals, warnings);
    }

    // "3 år den 1 sep 2007, 0-3 år enligt taxa från 2007-07 (KS 2007-06-14 § 98): 10 120,00 kr; övergångsmånad 2 av 3 efter uppsägning 2007-09-12"
    internal static string Explain(CompensationLine line)
    {
        var (birth, ageRule, ageChangeMonth, transitionMonths, prorated) = line.Basis;
        var (month, age, band, amount, days, kind) = (line.Month, line.Age, line.Band, line.Amount, line.EnrolledDays, line.Kind);
        var agePart = ageRule switch
        {
            AgeRule.FirstOfMonth => Invariant($"{age} år den {SwedishText.Day(month.FirstDay)}"),
            AgeRule.EndOfMonth => Invariant($"{age} år den {SwedishText.Day(month.LastDay)}"),
            _ when birth.Year + age > month.Year || (birth.Year + age == month.Year && month.Month < ageChangeMonth) =>
                Invariant($"{age} år (född {SwedishText.Day(birth)}, före åldersbytet i {SwedishText.MonthName(ageChangeMonth)})"),
            _ => Invariant($"{age} år från {SwedishText.MonthName(ageChangeMonth)} {birth.Year + age}, året barnet fyller {age}"),
        };
        var amountPart = prorated
            ? Invariant($"{SwedishText.Kronor(band.Monthly)} × {days}/{month.DayCount} dagar = {SwedishText.Kronor(amount)}")
            : SwedishText.Kronor(amount);
        var text = Invariant($"{agePart}, {band.SwedishLabel} enligt taxa från {line.RateFrom} ({line.Decision}): {amountPart}");
        if (!prorated && days < month.DayCount && kind == CompensationKind.Ordinary)
            text += Invariant($"; inskriven {days} av {month.DayCount} dagar, hel månad");
        if (line.TransitionMonth is { } t && line.Notice is { } n)
        {
            text += Invariant($"; övergångsmånad {t} av {transitionMonths} efter uppsägning {n:yyyy-MM-dd}");
            if (kind == CompensationKind.Ordinary) text += ", barnet deltar";
        }
        return text;
    }
}
