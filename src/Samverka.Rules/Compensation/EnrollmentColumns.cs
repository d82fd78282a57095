using Samverka.Kernel;

namespace Samverka.Rules.Compensation;

/// <summary>Enrollments as a struct of arrays for <see cref="CompensationTotalsEngine"/>: one array per fact, dense
/// child and provider numbers, sorted so that the enrollments of one child at one provider are adjacent.</summary>
/// <remarks>Built once with <see cref="From"/>, which validates like <see cref="Enrollment.Validate"/>. Dates are
/// stored as <see cref="DateOnly.DayNumber"/> and months as <see cref="CalendarMonth.Index"/>. Provider numbers follow
/// the ordinal order of the provider ids, so totals come out sorted. Immutable once built.</remarks>
public sealed class EnrollmentColumns
{
    /// <summary>Day number standing for "no end".</summary>
    public static readonly int OpenEnd = DateOnly.MaxValue.DayNumber;

    private EnrollmentColumns(int count, int groupCount)
    {
        Child = new int[count];
        Provider = new int[count];
        BirthDay = new int[count];
        StartDay = new int[count];
        EndDay = new int[count];
        NoticeMonth = new int[count];
        GroupStart = new int[groupCount + 1];
    }

    /// <summary>Number of enrollments.</summary>
    public int Count => Child.Length;

    /// <summary>Number of groups: distinct (child, provider) pairs.</summary>
    public int GroupCount => GroupStart.Length - 1;

    /// <summary>Child ids by child number.</summary>
    public IReadOnlyList<string> ChildIds { get; private init; } = [];

    /// <summary>Provider ids by provider number, in ordinal order.</summary>
    public IReadOnlyList<string> ProviderIds { get; private init; } = [];

    /// <summary>Child number of each enrollment.</summary>
    public int[] Child { get; }

    /// <summary>Provider number of each enrollment.</summary>
    public int[] Provider { get; }

    /// <summary>Birth date of each enrollment's child, as a day number.</summary>
    public int[] BirthDay { get; }

    /// <summary>First attended day, as a day number.</summary>
    public int[] StartDay { get; }

    /// <summary>Last attended day (included), as a day number; <see cref="OpenEnd"/> when open.</summary>
    public int[] EndDay { get; }

    /// <summary>Month index of the notice, or -1 when there is none.</summary>
    public int[] NoticeMonth { get; }

    /// <summary>Enrollments of group g are those from <c>GroupStart[g]</c> up to (excluded) <c>GroupStart[g + 1]</c>,
    /// ordered by start.</summary>
    public int[] GroupStart { get; }

    /// <summary>Validates and arranges the enrollments.</summary>
    /// <exception cref="InputProblemsException">The enrollments are not usable (see <see cref="Enrollment.Validate"/>).</exception>
    public static EnrollmentColumns From(IReadOnlyList<Enrollment> enrollments, string source = "enrollments")
    {
        ArgumentNullException.ThrowIfNull(enrollments);
        CompensationProblems.ThrowIfAny(Enrollment.Validate(enrollments, source));

        var providerIds = enrollments.Select(e => e.ProviderId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var providerNumber = new Dictionary<string, int>(providerIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < providerIds.Length; i++) providerNumber.Add(providerIds[i], i);
        var childIds = new List<string>();
        var childNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var child = new int[enrollments.Count];
        var provider = new int[enrollments.Count];
        for (var i = 0; i < enrollments.Count; i++)
        {
            var e = enrollments[i];
            if (!childNumber.TryGetValue(e.ChildId, out var c))
            {
                c = childIds.Count;
                childNumber.Add(e.ChildId, c);
                childIds.Add(e.ChildId);
            }
            child[i] = c;
            provider[i] = providerNumber[e.ProviderId];
        }

        var order = new int[enrollments.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
            child[a] != child[b] ? child[a].CompareTo(child[b])
            : provider[a] != provider[b] ? provider[a].CompareTo(provider[b])
            : enrollments[a].Start.CompareTo(enrollments[b].Start));

        var groups = 0;
        for (var k = 0; k < order.Length; k++)
            if (k == 0 || child[order[k]] != child[order[k - 1]] || provider[order[k]] != provider[order[k - 1]]) groups++;

        var columns = new EnrollmentColumns(enrollments.Count, groups) { ChildIds = childIds, ProviderIds = providerIds };
        var g = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var e = enrollments[i];
            if (k == 0 || child[i] != child[order[k - 1]] || provider[i] != provider[order[k - 1]]) columns.GroupStart[g++] = k;
            columns.Child[k] = child[i];
            columns.Provider[k] = provider[i];
            columns.BirthDay[k] = e.BirthDate.DayNumber;
            columns.StartDay[k] = e.Start.DayNumber;
            columns.EndDay[k] = e.End?.DayNumber ?? OpenEnd;
            columns.NoticeMonth[k] = e.Notice is { } n ? CalendarMonth.Of(n).Index : -1;
        }
        columns.GroupStart[groups] = order.Length;
        return columns;
    }
}
