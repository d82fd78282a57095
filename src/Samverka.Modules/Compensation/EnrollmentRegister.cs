using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Rules.Compensation;

namespace Samverka.Modules.Compensation;

/// <summary>A proposed enrollment from a form or an import row, not yet checked against the register.</summary>
// Line: The row in the file (null for a form).
// ChildKey: The child's id (may be a personnummer).
// BirthDate: The birth date given, or null to take it from the personnummer or the child on record.
// ProviderNumber: The provider's organisation number.
// ExistingId: The enrollment changed, when a form edits one.
public sealed record ProposedEnrollment(int? Line, string ChildKey, DateOnly? BirthDate, string ProviderNumber, DateOnly Start, DateOnly? End,
    DateOnly? Notice, Guid? ExistingId = null);

/// <summary>Checks proposed enrollments against every enrollment of the municipality and writes them, all or nothing.</summary>
/// <remarks>Refused: an unknown provider (not a provider the municipality registered), a personnummer that is not valid
/// or does not match the birth date, a birth date that differs from the child's on record, and everything the rules
/// refuse (<see cref="Enrollment.Validate"/>: end or notice before start, overlapping enrollments of a child at a
/// provider), with a clearer message for a child with two open enrollments at one provider. A row with the same child,
/// provider and start as an enrollment on record changes that enrollment's end and notice (a late notice re-imported).</remarks>
public static partial class EnrollmentRegister
{
    public sealed record Outcome(int ChildrenCreated, int EnrollmentsCreated, int EnrollmentsUpdated);

    [GeneratedRegex(@"^(\d{6}|\d{8})[-+]?\d{4}$")]
    private static partial Regex PersonnummerLike();

    public static async Task<Outcome> CheckAndSaveAsync(SamverkaDbContext db, Guid municipalityId, IReadOnlyList<ProposedEnrollment> proposed,
        string source, List<InputProblem> problems, DateTime now, Func<Task> beforeSave, CancellationToken cancellationToken)
    {
        var providers = (await CompensationProviders.OfMunicipalityAsync(db, municipalityId, cancellationToken))
            .ToDictionary(p => p.OrganisationNumber, StringComparer.Ordinal);
        var providerNumbers = providers.Values.ToDictionary(p => p.Id, p => p.OrganisationNumber);
        var children = await db.Set<CompensationChild>().Include(c => c.Enrollments)
            .Where(c => c.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
        var byKey = children.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(now);

        InputProblem Problem(int? line, string field, string message) => new(source, line, field, message);

        // Each proposal, checked on its own; the good ones are placed into the register (replacing what they change).
        var replaced = new HashSet<Guid>();
        var accepted = new List<(ProposedEnrollment P, DateOnly Birth, string? Personnummer, Guid ProviderId, CompensationEnrollment? Existing)>();
        var birthsInInput = new Dictionary<string, (DateOnly Birth, int? Line)>(StringComparer.Ordinal);
        foreach (var p in proposed)
        {
            var before = problems.Count;
            var key = p.ChildKey.Trim();
            if (key.Length is 0 or > 40) problems.Add(Problem(p.Line, "child_id", "is missing or longer than 40 characters"));
            string? personnummer = null;
            var birth = p.BirthDate;
            if (PersonnummerLike().IsMatch(key))
            {
                if (!Personnummer.TryParse(key, today, out var pnr, out var error))
                    problems.Add(Problem(p.Line, "child_id", $"'{key}' looks like a personnummer but is not valid: {error}"));
                else
                {
                    personnummer = pnr.ToString();
                    key = personnummer; // one child, however the number is written
                    if (birth is { } b && b != pnr.BirthDate)
                        problems.Add(Problem(p.Line, "birth_date", Invariant($"{b:yyyy-MM-dd} does not match the personnummer {pnr} (born {pnr.BirthDate:yyyy-MM-dd})")));
                    birth ??= pnr.BirthDate;
                }
            }
            byKey.TryGetValue(key, out var child);
            if (child is not null && birth is { } given && given != child.BirthDate)
                problems.Add(Problem(p.Line, "birth_date", Invariant($"{given:yyyy-MM-dd} differs from {child.BirthDate:yyyy-MM-dd} on record for child {key}; correct the birth date in the child's record")));
            birth ??= child?.BirthDate;
            if (birth is null) problems.Add(Problem(p.Line, "birth_date", "is missing: give a birth date or a personnummer as the child's id"));
            else if (birth > today) problems.Add(Problem(p.Line, "birth_date", Invariant($"{birth:yyyy-MM-dd} is in the future")));
            if (birth is { } bd && key.Length > 0)
            {
                if (birthsInInput.TryGetValue(key, out var first) && first.Birth != bd)
                    problems.Add(Problem(p.Line, "birth_date", Invariant($"{bd:yyyy-MM-dd} differs from {first.Birth:yyyy-MM-dd} given for child {key}{(first.Line is { } l ? Invariant($" on line {l}") : "")}")));
                else birthsInInput.TryAdd(key, (bd, p.Line));
            }
            if (!providers.TryGetValue(p.ProviderNumber.Trim(), out var provider))
                problems.Add(Problem(p.Line, "provider_id", $"unknown provider '{p.ProviderNumber}': no provider registered by the municipality has this organisation number"));

            CompensationEnrollment? existing = null;
            if (p.ExistingId is { } id)
            {
                existing = child?.Enrollments.FirstOrDefault(e => e.Id == id);
                if (existing is null) problems.Add(Problem(p.Line, "child_id", "the enrollment to change is not this child's"));
            }
            else if (child is not null && provider is not null)
                existing = child.Enrollments.FirstOrDefault(e => e.ProviderId == provider.Id && e.Start == p.Start);
            if (problems.Count > before) continue;
            if (existing is not null && !replaced.Add(existing.Id))
            {
                problems.Add(Problem(p.Line, "start_date", Invariant($"enrollment of child {key} at {p.ProviderNumber} from {p.Start:yyyy-MM-dd} is given twice")));
                continue;
            }
            accepted.Add((p with { ChildKey = key }, birth!.Value, personnummer, provider!.Id, existing));
        }

        // The register as it would be: enrollments on record (less those replaced) and the accepted proposals.
        var register = new List<Enrollment>();
        foreach (var c in children)
            foreach (var e in c.Enrollments.Where(e => !replaced.Contains(e.Id)))
                if (providerNumbers.TryGetValue(e.ProviderId, out var number))
                    register.Add(new Enrollment(c.Key, c.BirthDate, number, e.Start, e.End, e.Notice) { Location = new InputLocation("register", 0) });
        foreach (var a in accepted)
            register.Add(new Enrollment(a.P.ChildKey, a.Birth, a.P.ProviderNumber, a.P.Start, a.P.End, a.P.Notice)
            { Location = new InputLocation(source, a.P.Line ?? 0) });

        foreach (var group in register.Where(e => e.End is null).GroupBy(e => (e.ChildId, e.ProviderId)).Where(g => g.Count() > 1))
        {
            var proposal = group.Where(e => e.Location?.Source == source).OrderBy(e => e.Start).LastOrDefault() ?? group.Last();
            problems.Add(Problem(Line(proposal), "end_date",
                $"child {group.Key.ChildId} would have two open enrollments at provider {group.Key.ProviderId}: end the first before starting another"));
        }
        foreach (var problem in Enrollment.Validate(register, source))
        {
            if (problem.Source == "register" && problem.Field == "birth_date") continue; // reported above, against the row
            problems.Add(problem.Source == "register"
                ? problem with { Source = source, Line = null, Message = problem.Message + " (an enrollment on record)" }
                : problem with { Line = problem.Line == 0 ? null : problem.Line });
        }
        if (problems.Count > 0) throw new InputProblemsException(problems.Distinct().ToList());

        var created = 0;
        var added = 0;
        var updated = 0;
        foreach (var a in accepted)
        {
            if (!byKey.TryGetValue(a.P.ChildKey, out var child))
            {
                child = new CompensationChild
                {
                    Id = Guid.NewGuid(), MunicipalityId = municipalityId, Key = a.P.ChildKey, Personnummer = a.Personnummer, BirthDate = a.Birth,
                    CreatedAt = now, UpdatedAt = now,
                };
                db.Add(child);
                byKey.Add(child.Key, child);
                created++;
            }
            if (a.Existing is { } e)
            {
                e.ProviderId = a.ProviderId;
                e.Start = a.P.Start;
                e.End = a.P.End;
                e.Notice = a.P.Notice;
                e.UpdatedAt = now;
                updated++;
            }
            else
            {
                var enrollment = new CompensationEnrollment
                {
                    Id = Guid.NewGuid(), ChildId = child.Id, ProviderId = a.ProviderId, Start = a.P.Start, End = a.P.End, Notice = a.P.Notice, UpdatedAt = now,
                };
                child.Enrollments.Add(enrollment);
                db.Add(enrollment); // explicitly: a set Guid key found through a navigation would be taken for an existing row
                added++;
            }
        }
        await beforeSave();
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(created, added, updated);
    }

    private static int? Line(Enrollment e) => e.Location is { Line: > 0 } l ? l.Line : null;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Parses a date of the form YYYY-MM-DD, adding a problem when it is not one.</summary>
    public static DateOnly? Date(string? text, bool required, Func<string, InputProblem> problem, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) problems.Add(problem("is missing"));
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(problem($"'{text.Trim()}' is not a date of the form YYYY-MM-DD"));
        return null;
    }
}
