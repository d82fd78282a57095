using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>Adopts a programme year: its pot, window, decision date, priorities, criteria, cap and eligible forms,
/// checked by <see cref="ProgrammeYear.Validate"/>; sets the year's pot in the ledger. All or nothing.</summary>
public sealed class AddProgrammeYear(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    // The rule engine names fields in snake case; the form's fields are the input's properties.
    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["year"] = "Year", ["pot"] = "Pot", ["cap_per_year"] = "CapPerYear", ["max_years"] = "MaxYears", ["decision_date"] = "DecisionDate",
        ["criteria"] = "Criteria", ["priority_areas"] = "PriorityAreas", ["eligible_forms"] = "DirectForms",
    };

    public async Task<Guid> HandleAsync(Guid programmeId, ProgrammeYearInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer adopts programme years.");
        var programme = await (await store.VisibleProgrammesAsync(actor, cancellationToken)).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new GrantNotFoundException("No such programme.");
        var source = $"programme {programme.Key}";
        var problems = new List<InputProblem>();
        void Add(string field, string message) => problems.Add(new InputProblem(source, null, field, message));

        if (input.Year is null) Add("Year", "is required");
        else if (await db.GrantProgrammeYears.AnyAsync(y => y.ProgrammeId == programmeId && y.Year == input.Year, cancellationToken))
            Add("Year", "the programme already has this year");
        if (input.Pot is null) Add("Pot", "is required");
        if (input.CapPerYear is null) Add("CapPerYear", "is required");
        if (input.MaxYears is null) Add("MaxYears", "is required");
        if (input.DecisionDate is null) Add("DecisionDate", "is required");
        var opens = WallClock.Read(input.Opens, source, "Opens", problems);
        var closes = WallClock.Read(input.Closes, source, "Closes", problems);
        if (opens is { } o && closes is { } c && c <= o) Add("Closes", "the window must close after it opens");
        var criteria = ReadCriteria(input.Criteria, source, problems);
        var decision = input.Decision.Read(source, "Decision.", problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var year = new GrantProgrammeYear
        {
            Id = Guid.NewGuid(), ProgrammeId = programme.Id, Programme = programme, Year = input.Year!.Value, Pot = input.Pot!.Value,
            OpensAtUtc = opens!.Value.UtcDateTime, ClosesAtUtc = closes!.Value.UtcDateTime, DecisionDate = input.DecisionDate!.Value,
            PriorityAreas = string.Join('\n', GrantsStore.Lines(input.PriorityAreas ?? "")),
            CapPerYear = input.CapPerYear!.Value, MaxYears = input.MaxYears!.Value,
            DirectForms = string.Join(',', input.DirectForms.Distinct()), AfterAssessmentForms = string.Join(',', input.AfterAssessmentForms.Distinct()),
            DecisionBody = decision!.Body, DecisionDay = decision.Date, DecisionReference = decision.Reference, DecisionTitle = decision.Title,
            ProposalMode = input.ProposalMode,
        };
        year.Criteria = criteria.Select((c, i) => new GrantCriterion { ProgrammeYearId = year.Id, Position = i, Key = c.Key, Name = c.Name, Weight = c.Weight }).ToList();
        var rule = GrantsStore.ToRule(year);
        problems.AddRange(rule.Validate().Select(p => p with { Field = FieldOfRule.GetValueOrDefault(p.Field, p.Field) }));
        var ledger = await store.LedgerAsync(programme, cancellationToken);
        problems.AddRange(ledger.Check([rule.PotEntry()]).Select(p => p with { Field = "Pot" }));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        db.GrantProgrammeYears.Add(year);
        await store.AppendAsync(programme, [(rule.PotEntry(), null)], actor, now, cancellationToken);
        audit.Add(actor, AuditActions.Create, nameof(GrantProgrammeYear), year.Id.ToString(), $"{programme.Key} {year.Year}: budget {GrantsStore.Kr(year.Pot)} ({decision.Reference})");
        await db.SaveChangesAsync(cancellationToken);
        return year.Id;
    }

    private static List<AssessmentCriterion> ReadCriteria(string? text, string source, List<InputProblem> problems)
    {
        var result = new List<AssessmentCriterion>();
        var lines = GrantsStore.Lines(text ?? "");
        if (lines.Count == 0) problems.Add(new InputProblem(source, null, "Criteria", "at least one assessment criterion is required"));
        for (var i = 0; i < lines.Count; i++)
        {
            var parts = lines[i].Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0
                || !decimal.TryParse(parts[2].Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var weight))
            {
                problems.Add(new InputProblem(source, i + 1, "Criteria", $"line {i + 1}: write key; name; weight, e.g. target_group; Målgrupp; 0,5"));
                continue;
            }
            result.Add(new AssessmentCriterion(parts[0], parts[1], weight));
        }
        return result;
    }
}
