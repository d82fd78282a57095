using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Invoicing;
using Samverka.Rules.CostAllocation;
using Samverka.Rules.FosterCare;
using static Samverka.Modules.FosterCare.PlacementRecordRules;

namespace Samverka.Modules.FosterCare;

/// <summary>The unit's cost for a period split between the members by size and usage (the spec's rule), every share
/// explained. Usage is placement days metered from the placements (<see cref="UsageMetering"/>) unless the unit entered it.</summary>
public sealed class GetCostSplit(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record CostLine(Guid Id, string CostType, decimal Amount);

    public sealed record Weights(DateOnly EffectiveFrom, decimal Size, decimal Usage, string Decision, UsageMeasure Measure = UsageMeasure.PlacementDays);

    public sealed record Share(Guid MemberId, string MemberName, decimal Population, decimal Usage, bool UsageEntered,
        decimal SizePart, decimal UsagePart, decimal Exact, decimal RoundingOre, decimal Amount, string Explanation, string UsageExplanation);

    public sealed record Result(UnitView? Unit, string Period, CostBasis Basis, IReadOnlyList<CostLine> Costs, decimal Total,
        Weights? WeightsInForce, IReadOnlyList<Weights> WeightHistory, IReadOnlyList<Share> Shares, string? Basis_,
        IReadOnlyList<string> Problems, bool Invoiced);

    public async Task<Result> HandleAsync(Actor actor, string period, CostBasis basis, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return new Result(null, period, basis, [], 0, null, [], [], null, [], false);
        var computed = await ComputeAsync(db, access, unit.UnitId, period, basis, cancellationToken);
        var shares = unit.IsStaff ? computed.Shares : computed.Shares.Where(s => s.MemberId == unit.MemberId).ToList();
        var invoiced = await CostInvoices.HasOpenInvoicesAsync(db, unit.UnitId, period, cancellationToken);
        return computed with { Unit = unit, Shares = shares, Invoiced = invoiced };
    }

    /// <summary>A member's id in the allocation and on its invoice numbers: its organisation number's digits (ties of
    /// the rounding go to the lower one).</summary>
    public static string MemberCode(string organisationNumber) => organisationNumber.Replace("-", "", StringComparison.Ordinal);

    internal sealed record Computed(Result Result, CostAllocationResult? Allocation);

    /// <summary>The unit's weights version in force on a day (the latest from that day or before), or null.</summary>
    internal static async Task<CostWeightsRecord?> WeightsInForceAsync(SamverkaDbContext db, Guid unitId, DateOnly day, CancellationToken ct) =>
        (await db.Set<CostWeightsRecord>().AsNoTracking().Where(w => w.UnitId == unitId && w.EffectiveFrom <= day).ToListAsync(ct)).MaxBy(w => w.EffectiveFrom);

    internal static async Task<Result> ComputeAsync(SamverkaDbContext db, FosterCareAccess access, Guid unitId, string period, CostBasis basis, CancellationToken cancellationToken) =>
        (await ComputeFullAsync(db, access, unitId, period, basis, cancellationToken)).Result;

    internal static async Task<Computed> ComputeFullAsync(SamverkaDbContext db, FosterCareAccess access, Guid unitId, string period, CostBasis basis, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (!InvoicingPeriod.TryParse(period, out var p))
            return new Computed(new Result(null, period, basis, [], 0, null, [], [], null, [$"'{period}' is not a period (YYYY or YYYY-MM)"], false), null);
        var costs = (await db.Set<UnitCostRecord>().Where(c => c.UnitId == unitId && c.Period == period && c.Basis == basis).ToListAsync(cancellationToken))
            .OrderBy(c => c.CostType, StringComparer.Ordinal).Select(c => new CostLine(c.Id, c.CostType, c.Amount)).ToList();
        var total = costs.Sum(c => c.Amount);
        var weightRows = (await db.Set<CostWeightsRecord>().Where(w => w.UnitId == unitId).ToListAsync(cancellationToken)).OrderBy(w => w.EffectiveFrom).ToList();
        var history = weightRows.Select(w => new Weights(w.EffectiveFrom, w.SizeWeight, w.UsageWeight, w.Decision.ToString(), w.UsageMeasure)).ToList();
        var inForce = weightRows.LastOrDefault(w => w.EffectiveFrom <= p.Days.Start);
        if (inForce is null) problems.Add($"no weights are in force on {p.Days.Start:yyyy-MM-dd}: the board has to set them first");

        var members = await access.MembersAsync(unitId, cancellationToken);
        var keys = await db.Set<MemberKeysRecord>().Where(k => k.UnitId == unitId && k.Period == period).ToListAsync(cancellationToken);
        var placements = await db.Set<FosterPlacementRecord>().Where(x => x.UnitId == unitId).ToListAsync(cancellationToken);
        var rulePlacements = placements.Select(x => x.ToRule()).ToList();
        var measure = inForce?.UsageMeasure ?? UsageMeasure.PlacementDays;
        var hours = measure == UsageMeasure.SupportHours ? await GetSupportLog.BookedHoursAsync(db, unitId, rulePlacements, p.Days, cancellationToken) : [];
        var usage = UsageMetering.Measure(p.Days, rulePlacements, hours, members.Select(m => m.Id.ToString()))
            .ToDictionary(u => u.MemberId, StringComparer.Ordinal);
        foreach (var m in members.Where(m => keys.All(k => k.MemberId != m.Id)))
            problems.Add($"{m.Name} has no population for {period}");
        if (costs.Count == 0) problems.Add($"the unit has no {basis.ToString().ToLowerInvariant()} for {period}");
        var weights = inForce is null ? null : new Weights(inForce.EffectiveFrom, inForce.SizeWeight, inForce.UsageWeight, inForce.Decision.ToString(), inForce.UsageMeasure);
        if (problems.Count > 0)
            return new Computed(new Result(null, period, basis, costs, total, weights, history, [], null, problems, false), null);

        var ordered = members.Select(m => (Member: m, Keys: keys.Single(k => k.MemberId == m.Id))).ToList();
        // An entered value counts the measure it was entered in; in another measure than the one in force it refuses the split.
        EnteredUsage? Entered(MemberKeysRecord k) => k.EnteredUsage is { } v ? new EnteredUsage(v, k.EnteredUsageMeasure) : null;
        var mismatches = ordered.Select(x => UsageKeys.Mismatch(x.Member.Name, Entered(x.Keys), measure)).OfType<InputProblem>().Select(x => x.Message).ToList();
        if (mismatches.Count > 0)
            return new Computed(new Result(null, period, basis, costs, total, weights, history, [], null, mismatches, false), null);
        var usageKeys = ordered.Select(x => UsageKeys.Choose(x.Member.Name, usage[x.Member.Id.ToString()], Entered(x.Keys), measure)).ToList();
        var input = new CostAllocationInput(total,
            [AllocationKey.Size(inForce!.SizeWeight), AllocationKey.Usage(inForce.UsageWeight, SupportNames.Of(measure))],
            ordered.Select((x, i) => new AllocationMember(MemberCode(x.Member.OrganisationNumber), [x.Keys.Population, usageKeys[i].Value])).ToList());
        try
        {
            var allocation = CostAllocator.Allocate(input);
            var shares = allocation.Shares.Select((s, i) =>
            {
                var (m, k) = ordered[i];
                return new Share(m.Id, m.Name, k.Population, usageKeys[i].Value, usageKeys[i].Entered, s.Parts[0].Exact, s.Parts[1].Exact, s.Exact, s.RoundingOre, s.Amount,
                    s.Explanation, usageKeys[i].Explanation);
            }).ToList();
            return new Computed(new Result(null, period, basis, costs, total, weights, history, shares, allocation.Basis, [], false), allocation);
        }
        catch (InputProblemsException e)
        {
            return new Computed(new Result(null, period, basis, costs, total, weights, history, [], null, e.Problems.Select(x => $"{x.Field}: {x.Message}").ToList(), false), null);
        }
    }
}

internal static class PlacementRecordRules
{
    /// <summary>A number in a message: invariant, as problems are English.</summary>
    public static string Inv(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>The placement as the rules see it; <paramref name="homeId"/> is the home's id there (its code), or null for the record's id.</summary>
    public static Placement ToRule(this FosterPlacementRecord p, string? homeId = null) =>
        new(p.Id.ToString(), p.MemberId.ToString(), homeId ?? p.HomeId.ToString(), p.ChildRef, p.Start, p.End, p.LegalBasis);
}

/// <summary>The board sets the weights of the size and usage keys from a date, with its decision. Weights must be
/// 0 or more and sum to exactly 1.</summary>
public sealed class SetCostWeights(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(DateOnly? EffectiveFrom, decimal? Size, decimal? Usage, string? DecisionBody, DateOnly? DecisionDate, string? DecisionReference, string? DecisionTitle,
        UsageMeasure? Measure = null);

    public async Task HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "weights";
        var problems = new List<InputProblem>();
        if (r.EffectiveFrom is null) problems.Add(new(s, null, nameof(r.EffectiveFrom), "Enter the day the weights apply from."));
        if (r.Size is null) problems.Add(new(s, null, nameof(r.Size), "Enter the weight of the size key."));
        else if (r.Size < 0) problems.Add(new(s, null, nameof(r.Size), $"a weight must not be negative ({Inv(r.Size)})"));
        if (r.Usage is null) problems.Add(new(s, null, nameof(r.Usage), "Enter the weight of the usage key."));
        else if (r.Usage < 0) problems.Add(new(s, null, nameof(r.Usage), $"a weight must not be negative ({Inv(r.Usage)})"));
        if (r.Size is { } a && r.Usage is { } b && a + b != 1m)
            problems.Add(new(s, null, nameof(r.Usage), $"the weights must sum to 1, not {Inv(a + b)}"));
        if (r.Measure is { } measure && !Enum.IsDefined(measure)) problems.Add(new(s, null, nameof(r.Measure), "Choose placement days, placements or support hours."));
        if (string.IsNullOrWhiteSpace(r.DecisionBody)) problems.Add(new(s, null, nameof(r.DecisionBody), "Enter the body that decided the weights."));
        if (r.DecisionDate is null) problems.Add(new(s, null, nameof(r.DecisionDate), "Enter the date of the decision."));
        if (string.IsNullOrWhiteSpace(r.DecisionReference)) problems.Add(new(s, null, nameof(r.DecisionReference), "Enter the decision's reference (e.g. KS 2026-03-01 § 12)."));
        if (r.EffectiveFrom is { } from && await db.Set<CostWeightsRecord>().AnyAsync(w => w.UnitId == unit.UnitId && w.EffectiveFrom == from, cancellationToken))
            problems.Add(new(s, null, nameof(r.EffectiveFrom), $"weights from {from:yyyy-MM-dd} are already set; a change is a new version from a later day"));
        if (r.EffectiveFrom is { } f2 && (await InvoicedPeriodStartsAsync(db, unit.UnitId, cancellationToken)).Any(st => st >= f2))
            problems.Add(new(s, null, nameof(r.EffectiveFrom), $"a period starting on or after {f2:yyyy-MM-dd} is already invoiced; weights for it cannot change"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var row = new CostWeightsRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, EffectiveFrom = r.EffectiveFrom!.Value, SizeWeight = r.Size!.Value, UsageWeight = r.Usage!.Value, UsageMeasure = r.Measure ?? UsageMeasure.PlacementDays,
            Decision = new DecisionRecord { Body = r.DecisionBody!.Trim(), Date = r.DecisionDate!.Value, Reference = r.DecisionReference!.Trim(), Title = r.DecisionTitle?.Trim() ?? "Fördelningsnyckel" },
        };
        db.Add(row);
        audit.Add(actor, AuditActions.Create, "FosterCareCostWeights", row.Id.ToString(), $"from {row.EffectiveFrom:yyyy-MM-dd}: size {Inv(row.SizeWeight)}, usage {Inv(row.UsageWeight)} in {row.UsageMeasure} ({row.Decision})");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DateOnly>> InvoicedPeriodStartsAsync(SamverkaDbContext db, Guid unitId, CancellationToken ct) =>
        (await db.Set<CostInvoiceRecord>().Where(i => i.UnitId == unitId).Select(i => i.Period).Distinct().ToListAsync(ct))
            .Select(p => InvoicingPeriod.TryParse(p, out var x) ? x.Days.Start : DateOnly.MinValue).ToList();
}

/// <summary>Sets one cost type of the unit for a period (budget or accounts); an amount of 0 removes it. Refused once the
/// period is invoiced.</summary>
public sealed class SetUnitCost(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(string? Period, CostBasis Basis, string? CostType, decimal? Amount);

    public async Task HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "cost";
        var problems = new List<InputProblem>();
        if (!InvoicingPeriod.TryParse(r.Period, out _)) problems.Add(new(s, null, nameof(r.Period), $"'{r.Period}' is not a period (YYYY or YYYY-MM)"));
        if (string.IsNullOrWhiteSpace(r.CostType)) problems.Add(new(s, null, nameof(r.CostType), "Enter the cost type."));
        if (r.Amount is null) problems.Add(new(s, null, nameof(r.Amount), "Enter the amount."));
        else if (r.Amount < 0) problems.Add(new(s, null, nameof(r.Amount), $"a cost must not be negative ({Inv(r.Amount)})"));
        else if (r.Amount != Math.Round(r.Amount.Value, 2)) problems.Add(new(s, null, nameof(r.Amount), $"an amount has at most two decimals ({Inv(r.Amount)})"));
        if (problems.Count == 0 && await CostInvoices.HasOpenInvoicesAsync(db, unit.UnitId, r.Period!, cancellationToken))
            problems.Add(new(s, null, nameof(r.Period), $"{r.Period} is already invoiced; credit its invoices before changing it"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var type = r.CostType!.Trim();
        var row = await db.Set<UnitCostRecord>().SingleOrDefaultAsync(c => c.UnitId == unit.UnitId && c.Period == r.Period && c.Basis == r.Basis && c.CostType == type, cancellationToken);
        if (row is null && r.Amount > 0) db.Add(row = new UnitCostRecord { Id = Guid.NewGuid(), UnitId = unit.UnitId, Period = r.Period!, Basis = r.Basis, CostType = type, Amount = r.Amount!.Value });
        else if (row is not null && r.Amount == 0) db.Remove(row);
        else if (row is not null) row.Amount = r.Amount!.Value;
        audit.Add(actor, AuditActions.Update, "FosterCareUnitCost", $"{r.Period}/{r.Basis}", $"{type}: {Inv(r.Amount)}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Sets a member's keys for a period: population (size) and, optionally, usage entered instead of metered.
/// Negative keys are refused.</summary>
public sealed class SetMemberKeys(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    /// <summary>A member's keys; <c>EnteredUsageMeasure</c> says what <c>EnteredUsage</c> counts (empty: the measure of
    /// the weights in force on the period's first day).</summary>
    public sealed record Request(string? Period, Guid MemberId, decimal? Population, decimal? EnteredUsage, UsageMeasure? EnteredUsageMeasure = null);

    public async Task HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "keys";
        var problems = new List<InputProblem>();
        if (!InvoicingPeriod.TryParse(r.Period, out _)) problems.Add(new(s, null, nameof(r.Period), $"'{r.Period}' is not a period (YYYY or YYYY-MM)"));
        if ((await access.MembersAsync(unit.UnitId, cancellationToken)).All(m => m.Id != r.MemberId)) problems.Add(new(s, null, nameof(r.MemberId), "Choose a member of the unit."));
        if (r.Population is null) problems.Add(new(s, null, nameof(r.Population), "Enter the population."));
        else if (r.Population < 0) problems.Add(new(s, null, nameof(r.Population), $"a key must not be negative ({Inv(r.Population)})"));
        if (r.EnteredUsage < 0) problems.Add(new(s, null, nameof(r.EnteredUsage), $"a key must not be negative ({Inv(r.EnteredUsage)})"));
        var measure = r.EnteredUsageMeasure;
        if (measure is { } given && !Enum.IsDefined(given)) problems.Add(new(s, null, nameof(r.EnteredUsageMeasure), "Choose placement days, placements or support hours."));
        else if (r.EnteredUsage >= 0 && InvoicingPeriod.TryParse(r.Period, out var p))
        {
            var inForce = (await GetCostSplit.WeightsInForceAsync(db, unit.UnitId, p.Days.Start, cancellationToken))?.UsageMeasure;
            if (measure is null && inForce is null)
                problems.Add(new(s, null, nameof(r.EnteredUsageMeasure), $"no weights are in force on {p.Days.Start:yyyy-MM-dd}: say what the entered usage counts"));
            else if (measure is { } m && inForce is { } f && m != f)
                problems.Add(new(s, null, nameof(r.EnteredUsageMeasure),
                    $"the weights in force on {p.Days.Start:yyyy-MM-dd} measure {UsageKeys.Name(f)}, not {UsageKeys.Name(m)}; enter the usage in {UsageKeys.Name(f)}"));
            measure ??= inForce;
        }
        if (problems.Count == 0 && await CostInvoices.HasOpenInvoicesAsync(db, unit.UnitId, r.Period!, cancellationToken))
            problems.Add(new(s, null, nameof(r.Period), $"{r.Period} is already invoiced; credit its invoices before changing it"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var row = await db.Set<MemberKeysRecord>().SingleOrDefaultAsync(k => k.UnitId == unit.UnitId && k.Period == r.Period && k.MemberId == r.MemberId, cancellationToken);
        if (row is null) db.Add(row = new MemberKeysRecord { Id = Guid.NewGuid(), UnitId = unit.UnitId, Period = r.Period!, MemberId = r.MemberId });
        row.Population = r.Population!.Value;
        row.EnteredUsage = r.EnteredUsage;
        row.EnteredUsageMeasure = r.EnteredUsage is null ? UsageMeasure.PlacementDays : measure!.Value;
        audit.Add(actor, AuditActions.Update, "FosterCareMemberKeys", row.Id.ToString(),
            $"{r.Period}: population {Inv(r.Population)}, usage {(r.EnteredUsage is null ? "metered" : $"{Inv(r.EnteredUsage)} {row.EnteredUsageMeasure}")}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
