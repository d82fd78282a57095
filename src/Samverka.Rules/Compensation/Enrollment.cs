using Samverka.Kernel;
using static System.FormattableString;

namespace Samverka.Rules.Compensation;

/// <summary>A child's enrollment at a provider: the facts the compensation is paid on.</summary>
/// <param name="ChildId">The child, as the municipality identifies it.</param>
/// <param name="BirthDate">The child's date of birth.</param>
/// <param name="ProviderId">The provider the child is enrolled at.</param>
/// <param name="Start">First day of attendance.</param>
/// <param name="End">Last day of attendance, included; null while the enrollment goes on.</param>
/// <param name="Notice">Day the family notified that the child will leave; starts the transition period.</param>
public sealed record Enrollment(
    string ChildId,
    DateOnly BirthDate,
    string ProviderId,
    DateOnly Start,
    DateOnly? End = null,
    DateOnly? Notice = null)
{
    /// <summary>Where the enrollment was read from, when it was read from a file.</summary>
    public InputLocation? Location { get; init; }

    /// <summary>The attended days, end included; open-ended enrollments end at <see cref="DateOnly.MaxValue"/>.</summary>
    /// <remarks>Only meaningful when <see cref="End"/> is not before <see cref="Start"/> (see <see cref="Validate"/>).</remarks>
    public DateRange Days => new(Start, End ?? DateOnly.MaxValue);

    /// <summary>Every problem with a set of enrollments (empty when it can be used): end before start, notice
    /// before start, overlapping enrollments of one child at one provider, one child with two birth dates.</summary>
    /// <param name="enrollments">The enrollments.</param>
    /// <param name="source">Name used in problems for enrollments that carry no <see cref="Location"/>.</param>
    public static IReadOnlyList<InputProblem> Validate(IReadOnlyList<Enrollment> enrollments, string source = "enrollments")
    {
        var problems = new List<InputProblem>();
        var valid = new List<(Enrollment E, int Index)>();
        var births = new Dictionary<string, (DateOnly Birth, Enrollment First)>(StringComparer.Ordinal);
        for (var i = 0; i < enrollments.Count; i++)
        {
            var e = enrollments[i];
            var ok = true;
            if (string.IsNullOrWhiteSpace(e.ChildId)) { problems.Add(Problem(e, i, source, "child_id", "is missing")); ok = false; }
            if (string.IsNullOrWhiteSpace(e.ProviderId)) { problems.Add(Problem(e, i, source, "provider_id", "is missing")); ok = false; }
            if (e.End is { } end && end < e.Start)
            {
                problems.Add(Problem(e, i, source, "end_date", Invariant($"{end:yyyy-MM-dd} is before start_date {e.Start:yyyy-MM-dd}")));
                ok = false;
            }
            if (e.Notice is { } notice && notice < e.Start)
                problems.Add(Problem(e, i, source, "notice_date", Invariant($"{notice:yyyy-MM-dd} is before start_date {e.Start:yyyy-MM-dd}")));
            if (!string.IsNullOrWhiteSpace(e.ChildId))
            {
                if (!births.TryGetValue(e.ChildId, out var known)) births.Add(e.ChildId, (e.BirthDate, e));
                else if (known.Birth != e.BirthDate)
                    problems.Add(Problem(e, i, source, "birth_date",
                        Invariant($"{e.BirthDate:yyyy-MM-dd} differs from {known.Birth:yyyy-MM-dd} given for child {e.ChildId}{Where(known.First)}")));
            }
            if (ok) valid.Add((e, i));
        }

        // Overlap within one child at one provider: sort by start, compare with the furthest end seen so far.
        foreach (var group in valid.GroupBy(x => (x.E.ChildId, x.E.ProviderId)))
        {
            (Enrollment E, int Index)? furthest = null;
            foreach (var x in group.OrderBy(x => x.E.Start).ThenBy(x => x.Index))
            {
                if (furthest is { } f && x.E.Start <= f.E.Days.End)
                    problems.Add(Problem(x.E, x.Index, source, "start_date",
                        Invariant($"child {x.E.ChildId} is already enrolled at provider {x.E.ProviderId} on {x.E.Start:yyyy-MM-dd}{Where(f.E)}")));
                if (furthest is null || x.E.Days.End > furthest.Value.E.Days.End) furthest = x;
            }
        }
        return problems
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ThenBy(p => p.Line ?? 0)
            .ToList();
    }

    private static InputProblem Problem(Enrollment e, int index, string source, string field, string message) =>
        e.Location is { } at
            ? new InputProblem(at.Source, at.Line, field, message)
            : new InputProblem(source, null, field, Invariant($"enrollment {index + 1} (child {e.ChildId} at provider {e.ProviderId}): {message}"));

    private static string Where(Enrollment other) =>
        other.Location is { } at ? Invariant($" (line {at.Line})") : "";
}
