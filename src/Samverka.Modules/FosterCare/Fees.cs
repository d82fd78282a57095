using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;
using static Samverka.Modules.FosterCare.PlacementRecordRules;

namespace Samverka.Modules.FosterCare;

/// <summary>Adds a version of the fee table to the homes (staff only): age bands with arvode and omkostnadsersättning per
/// month, in force from the first of a month, with the decision. Versions are added, never edited.</summary>
public sealed class SetFeeTable(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Band(int? FromAge, int? ToAge, decimal? Fee, decimal? ExpenseAllowance);

    public sealed record Request(DateOnly? EffectiveFrom, IReadOnlyList<Band>? Bands, string? DecisionBody, DateOnly? DecisionDate, string? DecisionReference, string? DecisionTitle);

    public async Task<Guid> HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "fees";
        var problems = new List<InputProblem>();
        if (r.EffectiveFrom is null) problems.Add(new(s, null, nameof(r.EffectiveFrom), "Enter the month the table applies from."));
        else if (r.EffectiveFrom.Value.Day != 1) problems.Add(new(s, null, nameof(r.EffectiveFrom), $"a fee table takes effect on the first of a month, not {r.EffectiveFrom:yyyy-MM-dd}"));
        else if (await db.Set<FeeTableVersionRecord>().AnyAsync(v => v.UnitId == unit.UnitId && v.EffectiveFrom == r.EffectiveFrom, cancellationToken))
            problems.Add(new(s, null, nameof(r.EffectiveFrom), $"a fee table from {r.EffectiveFrom:yyyy-MM-dd} already exists; a change is a new version from a later month"));
        var bands = new List<FeeBand>();
        var given = (r.Bands ?? []).Select((b, i) => (b, i)).Where(x => x.b is not null && (x.b.FromAge, x.b.ToAge, x.b.Fee, x.b.ExpenseAllowance) != (null, null, null, null)).ToList();
        if (given.Count == 0) problems.Add(new(s, null, nameof(r.Bands), "Enter at least one age band."));
        foreach (var (b, i) in given)
        {
            var f = $"{nameof(r.Bands)}[{i}]";
            var before = problems.Count;
            if (b.FromAge is not (>= 0 and <= 25)) problems.Add(new(s, null, $"{f}.{nameof(b.FromAge)}", "Enter the youngest age of the band (0–25)."));
            if (b.ToAge is not (>= 0 and <= 25) || b.ToAge < b.FromAge) problems.Add(new(s, null, $"{f}.{nameof(b.ToAge)}", "Enter the oldest age of the band, not below the youngest."));
            foreach (var (amount, name) in new[] { (b.Fee, nameof(b.Fee)), (b.ExpenseAllowance, nameof(b.ExpenseAllowance)) })
            {
                if (amount is null) problems.Add(new(s, null, $"{f}.{name}", "Enter the amount per month."));
                else if (amount < 0) problems.Add(new(s, null, $"{f}.{name}", $"an amount must not be negative ({Inv(amount)})"));
                else if (amount != Math.Round(amount.Value, 2)) problems.Add(new(s, null, $"{f}.{name}", $"an amount has at most two decimals ({Inv(amount)})"));
            }
            if (problems.Count == before) bands.Add(new FeeBand(b.FromAge!.Value, b.ToAge!.Value, b.Fee!.Value, b.ExpenseAllowance!.Value));
        }
        foreach (var (a, b) in bands.OrderBy(x => x.FromAge).Zip(bands.OrderBy(x => x.FromAge).Skip(1)))
            if (b.FromAge <= a.ToAge) problems.Add(new(s, null, nameof(r.Bands), $"the bands {a.FromAge}-{a.ToAge} and {b.FromAge}-{b.ToAge} overlap"));
        if (string.IsNullOrWhiteSpace(r.DecisionBody)) problems.Add(new(s, null, nameof(r.DecisionBody), "Enter the body that decided the table."));
        if (r.DecisionDate is null) problems.Add(new(s, null, nameof(r.DecisionDate), "Enter the date of the decision."));
        if (string.IsNullOrWhiteSpace(r.DecisionReference)) problems.Add(new(s, null, nameof(r.DecisionReference), "Enter the decision's reference (e.g. SN 2025-12-10 § 140)."));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var version = new FeeTableVersionRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, EffectiveFrom = r.EffectiveFrom!.Value,
            Decision = new DecisionRecord { Body = r.DecisionBody!.Trim(), Date = r.DecisionDate!.Value, Reference = r.DecisionReference!.Trim(), Title = r.DecisionTitle?.Trim() ?? "Arvoden och omkostnadsersättningar" },
            Bands = bands.OrderBy(b => b.FromAge).Select(b => new FeeBandRecord { Id = Guid.NewGuid(), FromAge = b.FromAge, ToAge = b.ToAge, Fee = b.Fee, ExpenseAllowance = b.ExpenseAllowance }).ToList(),
        };
        db.Add(version);
        audit.Add(actor, AuditActions.Create, "FosterCareFeeTable", version.Id.ToString(),
            $"from {version.EffectiveFrom:yyyy-MM-dd}: {string.Join("; ", bands.Select(b => $"{b.FromAge}-{b.ToAge} {Inv(b.Fee)}/{Inv(b.ExpenseAllowance)}"))} ({version.Decision})");
        await db.SaveChangesAsync(cancellationToken);
        return version.Id;
    }
}

/// <summary>The fees to the homes for a month, per placing member (<see cref="FosterFees"/>), each line explained.
/// Staff see every member's placements by home code and child reference; a member sees only its own placements'
/// fees; nobody else sees anything. No child's name or personnummer is shown.</summary>
public sealed class GetFosterFees(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Band(int FromAge, int ToAge, decimal Fee, decimal ExpenseAllowance);

    public sealed record Version(DateOnly EffectiveFrom, string Decision, IReadOnlyList<Band> Bands);

    public sealed record Line(string HomeCode, string ChildRef, FeeKind Kind, int Age, string Band, int Days, int DaysInMonth, decimal Amount, string Explanation);

    public sealed record MemberFees(Guid MemberId, string MemberName, IReadOnlyList<Line> Lines, decimal Total);

    public sealed record Result(UnitView? Unit, string Month, IReadOnlyList<Version> Versions, IReadOnlyList<MemberFees> Members, decimal Total, IReadOnlyList<string> Problems);

    public async Task<Result> HandleAsync(Actor actor, string month, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return new Result(null, month, [], [], 0, []);
        var rows = await db.Set<FeeTableVersionRecord>().AsNoTracking().Include(v => v.Bands).Where(v => v.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var versions = rows.OrderBy(v => v.EffectiveFrom).Select(v => new Version(v.EffectiveFrom, v.Decision.ToString(),
            v.Bands.OrderBy(b => b.FromAge).Select(b => new Band(b.FromAge, b.ToAge, b.Fee, b.ExpenseAllowance)).ToList())).ToList();
        if (!CalendarMonth.TryParse(month, out var m))
            return new Result(unit, month, versions, [], 0, [$"'{month}' is not a month (YYYY-MM)"]);

        var (first, last) = (m.FirstDay, m.LastDay);
        var query = db.Set<FosterPlacementRecord>().AsNoTracking().Where(p => p.UnitId == unit.UnitId && p.Start <= last && (p.End == null || p.End >= first));
        if (!unit.IsStaff) query = query.Where(p => p.MemberId == unit.MemberId);
        var placements = await query.ToListAsync(cancellationToken);
        var homes = await db.Set<FosterHomeRecord>().Where(h => h.UnitId == unit.UnitId).ToDictionaryAsync(h => h.Id, h => h.Code, cancellationToken);
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(x => x.Id, x => x.Name);
        var history = new ParameterHistory<FeeTable>("Arvoden och omkostnadsersättningar", "kr/månad", rows.Select(v => v.ToRule()));
        IReadOnlyList<FeeLine> lines;
        try
        {
            lines = FosterFees.Calculate(placements.Select(p => p.ToRule(homes.GetValueOrDefault(p.HomeId, "?"))).ToList(),
                placements.GroupBy(p => p.ChildRef).ToDictionary(g => g.Key, g => g.First().ChildBirthDate), m, m, history);
        }
        catch (InputProblemsException e)
        {
            return new Result(unit, month, versions, [], 0, e.Problems.Select(x => $"{x.Source}, {x.Field}: {x.Message}").ToList());
        }
        var byId = placements.ToDictionary(p => p.Id.ToString());
        var members = lines.GroupBy(l => Guid.Parse(l.MemberId))
            .Select(g => new MemberFees(g.Key, names.GetValueOrDefault(g.Key, "?"),
                g.Select(l => new Line(l.HomeId, byId[l.PlacementId].ChildRef, l.Kind, l.Age, l.Band.Label, l.Days, l.DaysInMonth, l.Amount, l.Explanation))
                    .OrderBy(l => l.HomeCode, StringComparer.Ordinal).ThenBy(l => l.ChildRef, StringComparer.Ordinal).ThenBy(l => l.Kind).ToList(),
                g.Sum(l => l.Amount)))
            .OrderBy(x => x.MemberName, StringComparer.Ordinal).ToList();
        return new Result(unit, month, versions, members, members.Sum(x => x.Total), []);
    }
}
