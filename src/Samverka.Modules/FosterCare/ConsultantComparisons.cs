using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Invoicing;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>A member's daily price for a consultant-supported home (kr/dygn) from a date, with its decision.</summary>
public sealed class ConsultantPriceRecord
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public Guid MemberId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal DailyPrice { get; set; }

    public DecisionRecord Decision { get; set; } = new();
}

internal sealed class ConsultantPriceConfiguration : IEntityTypeConfiguration<ConsultantPriceRecord>
{
    public void Configure(EntityTypeBuilder<ConsultantPriceRecord> e)
    {
        e.ToTable("FosterCareConsultantPrices");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.UnitId, x.MemberId, x.EffectiveFrom }).IsUnique();
        FosterCareConfiguration.Org(e, x => x.UnitId);
        FosterCareConfiguration.Org(e, x => x.MemberId);
        e.Property(x => x.DailyPrice).HasPrecision(18, 2);
        e.OwnsOne(x => x.Decision, d =>
        {
            d.Property(x => x.Body).HasMaxLength(200);
            d.Property(x => x.Reference).HasMaxLength(100);
            d.Property(x => x.Title).HasMaxLength(300);
        });
        e.Navigation(x => x.Decision).IsRequired();
    }
}

/// <summary>What each member paid through the unit (its invoices less credit notes, per year) against what its placement
/// days would have cost in consultant-supported homes at its own dated daily price (<see cref="ConsultantComparison"/>),
/// per year and cumulated. Staff see every member, a member itself.</summary>
public sealed class GetConsultantComparison(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Row(int Year, decimal Paid, int PlacementDays, decimal ConsultantCost, decimal Difference,
        decimal CumulativePaid, decimal CumulativeConsultantCost, decimal CumulativeDifference, string Explanation);

    public sealed record Member(Guid MemberId, string Name, IReadOnlyList<Row> Rows);

    public sealed record Price(string MemberName, DateOnly EffectiveFrom, decimal DailyPrice, string Decision);

    public sealed record Result(UnitView? Unit, int FromYear, int ToYear, IReadOnlyList<Member> Members, IReadOnlyList<Price> Prices, IReadOnlyList<string> Problems);

    public async Task<Result> HandleAsync(Actor actor, int? fromYear, int? toYear, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        var to = toYear ?? clock.Today().Year;
        if (unit is null) return new Result(null, fromYear ?? to, to, [], [], []);
        var placements = await db.Set<FosterPlacementRecord>().Where(p => p.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var from = fromYear ?? (placements.Count == 0 ? to : Math.Min(to, placements.Min(p => p.Start.Year)));
        if (to < from || to - from > 50) return new Result(unit, from, to, [], [], ["the years must run forwards, at most 50 of them"]);
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var visible = unit.IsStaff ? names.Keys.ToHashSet() : [unit.MemberId!.Value];
        var periods = Enumerable.Range(from, to - from + 1).Select(y => new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))).ToList();

        var invoices = await db.Set<CostInvoiceRecord>().Where(i => i.UnitId == unit.UnitId).Select(i => new { i.MemberId, i.Period, i.Kind, i.Amount }).ToListAsync(cancellationToken);
        var paid = invoices
            .Select(i => (i.MemberId, Year: InvoicingPeriod.TryParse(i.Period, out var p) ? p.Days.Start.Year : 0, Amount: i.Kind == CostInvoiceKind.Invoice ? i.Amount : -i.Amount))
            .Where(i => i.Year >= from && i.Year <= to && visible.Contains(i.MemberId))
            .GroupBy(i => (i.MemberId, i.Year))
            .Select(g => new PaidShare(g.Key.MemberId.ToString(), periods[g.Key.Year - from], g.Sum(x => x.Amount))).ToList();
        var prices = await db.Set<ConsultantPriceRecord>().Where(p => p.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var histories = prices.Where(p => visible.Contains(p.MemberId)).GroupBy(p => p.MemberId).ToDictionary(g => g.Key.ToString(),
            g => new ParameterHistory<decimal>($"Konsulentpris {names.GetValueOrDefault(g.Key)}", "kr/dygn",
                g.Select(p => new DatedValue<decimal>(p.EffectiveFrom, p.DailyPrice, p.Decision.ToDecision()))));
        var priceList = prices.Where(p => visible.Contains(p.MemberId)).OrderBy(p => names.GetValueOrDefault(p.MemberId), StringComparer.Ordinal).ThenBy(p => p.EffectiveFrom)
            .Select(p => new Price(names.GetValueOrDefault(p.MemberId, "?"), p.EffectiveFrom, p.DailyPrice, p.Decision.ToString())).ToList();
        try
        {
            var result = ConsultantComparison.Compare(periods, paid,
                placements.Where(p => visible.Contains(p.MemberId)).Select(p => p.ToRule()).ToList(), histories);
            var members = result.Select(m => new Member(Guid.Parse(m.MemberId), names.GetValueOrDefault(Guid.Parse(m.MemberId), "?"),
                    m.Periods.Select(p => new Row(p.Period.Start.Year, p.Paid, p.PlacementDays, p.ConsultantCost, p.Difference,
                        p.CumulativePaid, p.CumulativeConsultantCost, p.CumulativeDifference, p.Explanation)).ToList()))
                .OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            return new Result(unit, from, to, members, priceList, []);
        }
        catch (InputProblemsException e)
        {
            var problems = e.Problems.Select(p => Guid.TryParse(p.Source, out var g) && names.TryGetValue(g, out var n) ? $"{n}: {p.Message}" : p.Message)
                .Select(m => names.Aggregate(m, (text, kv) => text.Replace(kv.Key.ToString(), kv.Value, StringComparison.Ordinal))).ToList();
            return new Result(unit, from, to, [], priceList, problems);
        }
    }
}

/// <summary>Sets a member's consultant daily price from a date, with its decision (a change is a new version).</summary>
public sealed class SetConsultantPrice(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(Guid MemberId, DateOnly? EffectiveFrom, decimal? DailyPrice, string? DecisionBody, DateOnly? DecisionDate, string? DecisionReference, string? DecisionTitle);

    public async Task HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "price";
        var problems = new List<InputProblem>();
        if ((await access.MembersAsync(unit.UnitId, cancellationToken)).All(m => m.Id != r.MemberId)) problems.Add(new(s, null, nameof(r.MemberId), "Choose a member of the unit."));
        if (r.EffectiveFrom is null) problems.Add(new(s, null, nameof(r.EffectiveFrom), "Enter the day the price applies from."));
        if (r.DailyPrice is null) problems.Add(new(s, null, nameof(r.DailyPrice), "Enter the daily price."));
        else if (r.DailyPrice < 0 || r.DailyPrice != Math.Round(r.DailyPrice.Value, 2))
            problems.Add(new(s, null, nameof(r.DailyPrice), $"a daily price is 0 or more, in whole öre ({PlacementRecordRules.Inv(r.DailyPrice)})"));
        if (string.IsNullOrWhiteSpace(r.DecisionBody)) problems.Add(new(s, null, nameof(r.DecisionBody), "Enter the body that decided the price."));
        if (r.DecisionDate is null) problems.Add(new(s, null, nameof(r.DecisionDate), "Enter the date of the decision."));
        if (string.IsNullOrWhiteSpace(r.DecisionReference)) problems.Add(new(s, null, nameof(r.DecisionReference), "Enter the decision's reference (e.g. KS 2026-03-01 § 12)."));
        if (r.EffectiveFrom is { } from && await db.Set<ConsultantPriceRecord>().AnyAsync(p => p.UnitId == unit.UnitId && p.MemberId == r.MemberId && p.EffectiveFrom == from, cancellationToken))
            problems.Add(new(s, null, nameof(r.EffectiveFrom), $"a price from {from:yyyy-MM-dd} is already set; a change is a new version from another day"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var row = new ConsultantPriceRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = r.MemberId, EffectiveFrom = r.EffectiveFrom!.Value, DailyPrice = r.DailyPrice!.Value,
            Decision = new DecisionRecord { Body = r.DecisionBody!.Trim(), Date = r.DecisionDate!.Value, Reference = r.DecisionReference!.Trim(), Title = r.DecisionTitle?.Trim() ?? "Pris för konsulentstött familjehem" },
        };
        db.Add(row);
        audit.Add(actor, AuditActions.Create, "FosterCareConsultantPrice", row.Id.ToString(), $"from {row.EffectiveFrom:yyyy-MM-dd}: {PlacementRecordRules.Inv(row.DailyPrice)} kr/dygn ({row.Decision})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
