using Samverka.Kernel;

namespace Samverka.Rules.Compensation;

/// <summary>Totals per month and provider from <see cref="CompensationTotalsEngine"/>, held as arrays indexed by
/// month (relative to <see cref="From"/>) and provider number.</summary>
/// <remarks>Amounts are kept in whole öre; every amount of a run is whole öre (the rule set is validated so), so the
/// sums are exact and equal those of the lines.</remarks>
public sealed class CompensationTotals
{
    private readonly long[] _ordinaryOre;
    private readonly long[] _transitionOre;
    private readonly int[] _children;
    private readonly long[] _doubleOre;
    private readonly int[] _doubleChildren;

    internal CompensationTotals(CalendarMonth from, int monthCount, IReadOnlyList<string> providerIds,
        long[] ordinaryOre, long[] transitionOre, int[] children, long[] doubleOre, int[] doubleChildren, long paidChildMonths, long noBandChildMonths)
    {
        _doubleOre = doubleOre;
        _doubleChildren = doubleChildren;
        From = from;
        MonthCount = monthCount;
        ProviderIds = providerIds;
        _ordinaryOre = ordinaryOre;
        _transitionOre = transitionOre;
        _children = children;
        PaidChildMonths = paidChildMonths;
        NoBandChildMonths = noBandChildMonths;
    }

    /// <summary>First month of the run.</summary>
    public CalendarMonth From { get; }

    /// <summary>Number of months in the run.</summary>
    public int MonthCount { get; }

    /// <summary>Provider ids by provider number (ordinal order).</summary>
    public IReadOnlyList<string> ProviderIds { get; }

    /// <summary>Number of paid lines (child-months at a provider) the run amounts to.</summary>
    public long PaidChildMonths { get; }

    /// <summary>Payable child-months for which no age band applied (the line path warns about each).</summary>
    public long NoBandChildMonths { get; }

    /// <summary>Children paid at provider number <paramref name="provider"/> in month number <paramref name="month"/> (0 = <see cref="From"/>).</summary>
    public int Children(int month, int provider) => _children[month * ProviderIds.Count + provider];

    /// <summary>Ordinary amount, SEK.</summary>
    public decimal OrdinaryAmount(int month, int provider) => _ordinaryOre[month * ProviderIds.Count + provider] / 100m;

    /// <summary>Transition amount, SEK.</summary>
    public decimal TransitionAmount(int month, int provider) => _transitionOre[month * ProviderIds.Count + provider] / 100m;

    /// <summary>Of the transition amount, what is paid while the child is enrolled at another provider (the cost of paying
    /// two providers; the same rule as <see cref="DoublePayment"/> on the lines).</summary>
    public DoublePaymentCost DoublePayment(int month, int provider) =>
        new(_doubleChildren[month * ProviderIds.Count + provider], _doubleOre[month * ProviderIds.Count + provider] / 100m);

    /// <summary>Sum of all amounts, SEK.</summary>
    public decimal GrandTotal => (_ordinaryOre.Sum() + _transitionOre.Sum()) / 100m;

    /// <summary>One row per month and provider with at least one paid child, sorted by month then provider id (ordinal):
    /// the same rows as <see cref="CompensationResult.Totals"/>.</summary>
    public IEnumerable<CompensationTotal> Rows()
    {
        for (var m = 0; m < MonthCount; m++)
            for (var p = 0; p < ProviderIds.Count; p++)
                if (Children(m, p) > 0)
                    yield return new CompensationTotal(From.Plus(m), ProviderIds[p], Children(m, p), OrdinaryAmount(m, p), TransitionAmount(m, p));
    }
}

/// <summary>The fast compensation run: totals per month and provider only, no line objects or text, over
/// <see cref="EnrollmentColumns"/> and month-indexed rate tables. Agrees exactly with <see cref="CompensationCalculator"/>.</summary>
/// <remarks>For simulations and reports over tens of millions of child-months. The rules are those of
/// ../shared/specs/compensation.md; the age formulas are <see cref="CompensationRuleSet.AgeIn"/> worked out on month
/// indexes (tests check both against each other).</remarks>
public static class CompensationTotalsEngine
{
    private const int DaySlots = 32;

    /// <summary>Computes totals per month and provider for <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    /// <exception cref="InputProblemsException">The rule set or month range is not usable, or a payable month has no
    /// rate version in force.</exception>
    public static CompensationTotals Calculate(EnrollmentColumns enrollments, CompensationRuleSet ruleSet, CalendarMonth from, CalendarMonth to)
    {
        ArgumentNullException.ThrowIfNull(enrollments);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var problems = new List<InputProblem>();
        if (from > to) problems.Add(CompensationProblems.FromAfterTo(from, to));
        problems.AddRange(ruleSet.Validate());
        CompensationProblems.ThrowIfAny(problems);

        var fromIndex = from.Index;
        var toIndex = to.Index;
        var monthCount = toIndex - fromIndex + 1;
        var providerCount = enrollments.ProviderIds.Count;

        // Month-indexed tables: days of each month, the version in force and its amounts in öre for 0..31 days.
        var versions = ruleSet.Rates.OrderBy(v => v.From).ToArray();
        var cap = 2 + versions.SelectMany(v => v.Bands).Select(b => Math.Max(b.MinAge, b.MaxAge ?? 0)).DefaultIfEmpty(0).Max();
        var bandOfAge = new int[versions.Length * cap];
        for (var v = 0; v < versions.Length; v++)
            for (var age = 0; age < cap; age++)
            {
                var band = versions[v].BandFor(age);
                bandOfAge[v * cap + age] = band is null ? -1 : IndexOf(versions[v].Bands, band);
            }
        var monthVersion = new int[monthCount];
        var firstDay = new int[monthCount];
        var lastDay = new int[monthCount];
        var dayCount = new int[monthCount];
        var amountOffset = new int[monthCount];
        var amounts = new List<long>();
        for (var r = 0; r < monthCount; r++)
        {
            var month = CalendarMonth.FromIndex(fromIndex + r);
            firstDay[r] = month.FirstDay.DayNumber;
            lastDay[r] = month.LastDay.DayNumber;
            dayCount[r] = month.DayCount;
            monthVersion[r] = Array.FindLastIndex(versions, v => v.From <= month);
            amountOffset[r] = amounts.Count;
            if (monthVersion[r] < 0) continue;
            foreach (var band in versions[monthVersion[r]].Bands)
                for (var d = 0; d < DaySlots; d++)
                    amounts.Add(d > month.DayCount ? 0 : (long)(Math.Round(band.Monthly * d / month.DayCount, 2, MidpointRounding.AwayFromZero) * 100m));
        }
        var amountOre = amounts.ToArray();

        var ordinary = new long[monthCount * providerCount];
        var transition = new long[monthCount * providerCount];
        var children = new int[monthCount * providerCount];
        var doubleOre = new long[monthCount * providerCount];
        var doubleChildren = new int[monthCount * providerCount];
        long paid = 0, noBand = 0;
        var missing = int.MaxValue;

        var n = ruleSet.TransitionMonths;
        var byDay = ruleSet.Proration == Proration.ByDay;
        var ageRule = ruleSet.AgeRule;
        var start = enrollments.StartDay;
        var end = enrollments.EndDay;
        var notice = enrollments.NoticeMonth;
        var groupStart = enrollments.GroupStart;
        var child = enrollments.Child;
        var childGroups = (From: 0, To: 0); // the groups of the current child (groups are ordered by child, then provider)

        for (var g = 0; g < enrollments.GroupCount; g++)
        {
            var i0 = groupStart[g];
            if (g >= childGroups.To)
            {
                var next = g + 1;
                while (next < enrollments.GroupCount && child[groupStart[next]] == child[i0]) next++;
                childGroups = (g, next);
            }
            var i1 = groupStart[g + 1];
            var provider = enrollments.Provider[i0];
            var birth = DateOnly.FromDayNumber(enrollments.BirthDay[i0]);
            var birthMonth = birth.Year * 12 + birth.Month - 1;
            // Age in month m is (m - ageBase) / 12 completed years; see CompensationRuleSet.AgeIn.
            var ageBase = ageRule switch
            {
                AgeRule.FirstOfMonth => birthMonth + (birth.Day == 1 ? 0 : 1),
                AgeRule.EndOfMonth => birthMonth,
                _ => birth.Year * 12 + ruleSet.AgeChangeMonth - 1,
            };

            var lo = MonthOf(start[i0]); // sorted by start
            var hi = int.MinValue;
            for (var i = i0; i < i1; i++)
            {
                hi = Math.Max(hi, end[i] == EnrollmentColumns.OpenEnd ? toIndex : MonthOf(end[i]));
                if (notice[i] >= 0 && n > 0) hi = Math.Max(hi, notice[i] + n - 1);
            }
            lo = Math.Max(lo, fromIndex);
            hi = Math.Min(hi, toIndex);

            for (var m = lo; m <= hi; m++)
            {
                var r = m - fromIndex;
                var first = firstDay[r];
                var last = lastDay[r];
                var dim = dayCount[r];
                var days = 0;
                var inWindow = false;
                for (var i = i0; i < i1; i++)
                {
                    var overlap = Math.Min(end[i], last) - Math.Max(start[i], first) + 1;
                    if (overlap > 0) days += overlap;
                    if (notice[i] >= 0 && m >= notice[i] && m - notice[i] < n) inWindow = true;
                }
                if (days > dim) days = dim;
                if (days == 0 && !inWindow) continue;

                var v = monthVersion[r];
                if (v < 0)
                {
                    if (m < missing) missing = m;
                    continue;
                }
                var x = m - ageBase;
                int age;
                if (ageRule == AgeRule.YearTurning) age = m < birthMonth ? -1 : x < 0 ? 0 : x / 12;
                else age = x < 0 ? -1 : x / 12;
                var band = age < 0 ? -1 : bandOfAge[v * cap + Math.Min(age, cap - 1)];
                if (band < 0)
                {
                    noBand++;
                    continue;
                }

                var wholeMonth = days == dim;
                var prorate = byDay && !wholeMonth && !inWindow;
                var amount = amountOre[amountOffset[r] + band * DaySlots + (prorate ? days : dim)];
                var isTransition = inWindow && (byDay ? !wholeMonth : days == 0);
                var t = r * providerCount + provider;
                children[t]++;
                if (isTransition)
                {
                    transition[t] += amount;
                    if (EnrolledElsewhere(enrollments, childGroups, g, first, last))
                    {
                        doubleOre[t] += amount;
                        doubleChildren[t]++;
                    }
                }
                else ordinary[t] += amount;
                paid++;
            }
        }
        if (missing != int.MaxValue)
            throw new InputProblemsException(CompensationProblems.NoVersionInForce(ruleSet, CalendarMonth.FromIndex(missing)));

        return new CompensationTotals(from, monthCount, enrollments.ProviderIds, ordinary, transition, children, doubleOre, doubleChildren, paid, noBand);
    }

    /// <summary>Whether the child of group <paramref name="g"/> is enrolled at least one day between the day numbers
    /// <paramref name="first"/> and <paramref name="last"/> in another of its groups (another provider).</summary>
    private static bool EnrolledElsewhere(EnrollmentColumns enrollments, (int From, int To) childGroups, int g, int first, int last)
    {
        for (var other = childGroups.From; other < childGroups.To; other++)
        {
            if (other == g) continue;
            for (var i = enrollments.GroupStart[other]; i < enrollments.GroupStart[other + 1]; i++)
                if (Math.Min(enrollments.EndDay[i], last) >= Math.Max(enrollments.StartDay[i], first)) return true;
        }
        return false;
    }

    private static int MonthOf(int dayNumber)
    {
        var d = DateOnly.FromDayNumber(dayNumber);
        return d.Year * 12 + d.Month - 1;
    }

    private static int IndexOf(IReadOnlyList<AgeBand> bands, AgeBand band)
    {
        for (var i = 0; i < bands.Count; i++)
            if (ReferenceEquals(bands[i], band)) return i;
        throw new InvalidOperationException("The band is not in its version.");
    }
}
