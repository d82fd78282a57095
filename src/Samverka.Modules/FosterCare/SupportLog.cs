using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;
using static Samverka.Modules.FosterCare.PlacementRecordRules;

namespace Samverka.Modules.FosterCare;

/// <summary>Records supervision or support given to a home (staff only). The hours are booked to the members whose
/// children live in the home on the day (<see cref="SupportHoursRule"/>).</summary>
public sealed class LogSupport(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(DateOnly? Date, SupportKind? Kind, decimal? Hours, string? Staff, string? Household, string? Notes, DateOnly? FollowUpDue);

    /// <returns>The entry's id, or null when the home is not the unit's (not found).</returns>
    public async Task<Guid?> HandleAsync(Guid homeId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var home = await db.Set<FosterHomeRecord>().SingleOrDefaultAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return null;
        const string s = "support";
        var problems = new List<InputProblem>();
        if (r.Date is null) problems.Add(new(s, null, nameof(r.Date), "Enter the day of the support."));
        else if (r.Date > clock.Today()) problems.Add(new(s, null, nameof(r.Date), $"support dated {r.Date:yyyy-MM-dd} is in the future; log it when it has been given"));
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value)) problems.Add(new(s, null, nameof(r.Kind), "Choose the kind of support."));
        if (r.Hours is null) problems.Add(new(s, null, nameof(r.Hours), "Enter the hours."));
        else if (r.Hours is not (> 0 and <= 24)) problems.Add(new(s, null, nameof(r.Hours), $"hours must be more than 0 and at most 24 ({Inv(r.Hours)})"));
        else if (r.Hours != Math.Round(r.Hours.Value, 2)) problems.Add(new(s, null, nameof(r.Hours), $"hours have at most two decimals ({Inv(r.Hours)})"));
        if (string.IsNullOrWhiteSpace(r.Staff)) problems.Add(new(s, null, nameof(r.Staff), "Enter who of the unit's staff took part."));
        if (r.FollowUpDue is { } due && r.Date is { } d && due < d)
            problems.Add(new(s, null, nameof(r.FollowUpDue), $"the follow-up ({due:yyyy-MM-dd}) cannot be due before the support itself ({d:yyyy-MM-dd})"));
        if (r.Date is { } day && day <= clock.Today())
            problems.AddRange(await InvoicedSupportHoursAsync(db, unit.UnitId, day, s, nameof(r.Date), cancellationToken));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var entry = new SupportLogEntryRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, HomeId = home.Id, Date = r.Date!.Value, Kind = r.Kind!.Value, Hours = r.Hours!.Value,
            Staff = RegisterHome.Tags(r.Staff), Household = RegisterHome.Tags(r.Household), Notes = r.Notes?.Trim() ?? "", FollowUpDue = r.FollowUpDue,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(entry);
        audit.Add(actor, AuditActions.Create, "FosterCareSupportLog", entry.Id.ToString(), $"{home.Code}: {entry.Kind} {entry.Date:yyyy-MM-dd}, {Inv(entry.Hours)} h");
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>Support hours are the usage key of a period whose weights measure them; once that period is invoiced
    /// (an invoice not credited in full) its hours must not change, or the cost split would no longer be the invoiced
    /// one. One problem per such period, naming it and one of its invoices.</summary>
    internal static async Task<IReadOnlyList<InputProblem>> InvoicedSupportHoursAsync(SamverkaDbContext db, Guid unitId, DateOnly day, string source, string field, CancellationToken ct)
    {
        var problems = new List<InputProblem>();
        foreach (var (period, invoice) in await CostInvoices.OpenPeriodsContainingAsync(db, unitId, day, ct))
            if ((await GetCostSplit.WeightsInForceAsync(db, unitId, period.Days.Start, ct))?.UsageMeasure == UsageMeasure.SupportHours)
                problems.Add(new(source, null, field, $"support dated {day:yyyy-MM-dd} falls in {period.Label}, invoiced (invoice {invoice}) with support hours as its usage measure; "
                    + "its hours cannot change: credit the period's invoices first"));
        return problems;
    }
}

/// <summary>Marks a log entry's follow-up as done on a day (staff only).</summary>
public sealed class CompleteFollowUp(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(DateOnly? DoneOn);

    /// <returns>False when the entry is not the unit's (not found).</returns>
    public async Task<bool> HandleAsync(Guid entryId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var entry = await db.Set<SupportLogEntryRecord>().SingleOrDefaultAsync(e => e.Id == entryId && e.UnitId == unit.UnitId, cancellationToken);
        if (entry is null) return false;
        const string s = "followup";
        var done = r.DoneOn ?? clock.Today();
        var problems = new List<InputProblem>();
        if (entry.FollowUpDue is null) problems.Add(new(s, null, nameof(r.DoneOn), "the entry has no follow-up to complete"));
        if (entry.FollowUpDoneOn is { } was) problems.Add(new(s, null, nameof(r.DoneOn), $"the follow-up was already done {was:yyyy-MM-dd}"));
        if (done < entry.Date) problems.Add(new(s, null, nameof(r.DoneOn), $"a follow-up cannot be done ({done:yyyy-MM-dd}) before the support itself ({entry.Date:yyyy-MM-dd})"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        entry.FollowUpDoneOn = done;
        audit.Add(actor, AuditActions.Update, "FosterCareSupportLog", entry.Id.ToString(), $"follow-up done {done:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>A home's supervision and support log (staff only), newest first, each entry with the members its hours
/// were booked to.</summary>
public sealed class GetSupportLog(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Entry(Guid Id, DateOnly Date, SupportKind Kind, decimal Hours, string Staff, string Household, string Notes,
        DateOnly? FollowUpDue, DateOnly? FollowUpDoneOn, bool Overdue, string BookedTo);

    /// <returns>The entries, or null when the home is not the unit's or the actor is not its staff.</returns>
    public async Task<IReadOnlyList<Entry>?> HandleAsync(Guid homeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return null;
        var home = await db.Set<FosterHomeRecord>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return null;
        var rows = await db.Set<SupportLogEntryRecord>().AsNoTracking().Where(e => e.UnitId == unit.UnitId && e.HomeId == homeId).ToListAsync(cancellationToken);
        var placements = (await db.Set<FosterPlacementRecord>().AsNoTracking().Where(p => p.UnitId == unit.UnitId && p.HomeId == homeId).ToListAsync(cancellationToken))
            .Select(p => p.ToRule()).ToList();
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(m => m.Id.ToString(), m => m.Name);
        var today = clock.Today();
        return rows.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).Select(e => new Entry(e.Id, e.Date, e.Kind, e.Hours, e.Staff, e.Household, e.Notes,
            e.FollowUpDue, e.FollowUpDoneOn, e.FollowUpDoneOn is null && e.FollowUpDue < today,
            SupportHoursRule.Attribute(homeId.ToString(), e.Date, e.Hours, placements, id => names.GetValueOrDefault(id, "?")).Explanation)).ToList();
    }

    /// <summary>Support hours booked to members, for every entry of the unit (the usage measure "stödtimmar").</summary>
    internal static async Task<IReadOnlyList<SupportHoursEntry>> BookedHoursAsync(SamverkaDbContext db, Guid unitId, IReadOnlyList<Placement> placements, DateRange period, CancellationToken ct)
    {
        var rows = await db.Set<SupportLogEntryRecord>().AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= period.Start && e.Date <= period.End).ToListAsync(ct);
        return rows.SelectMany(e => SupportHoursRule.Attribute(e.HomeId.ToString(), e.Date, e.Hours, placements).Entries).ToList();
    }
}

/// <summary>The unit's open follow-ups (staff only): due ones, the overdue first, by due day.</summary>
public sealed class ListFollowUps(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Item(Guid EntryId, Guid HomeId, string HomeCode, DateOnly Date, SupportKind Kind, string Staff, DateOnly Due, bool Overdue, int DaysLeft);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return [];
        var today = clock.Today();
        var rows = await db.Set<SupportLogEntryRecord>().AsNoTracking()
            .Where(e => e.UnitId == unit.UnitId && e.FollowUpDue != null && e.FollowUpDoneOn == null).ToListAsync(cancellationToken);
        var homes = await db.Set<FosterHomeRecord>().Where(h => h.UnitId == unit.UnitId).ToDictionaryAsync(h => h.Id, h => h.Code, cancellationToken);
        return rows.Select(e => new Item(e.Id, e.HomeId, homes.GetValueOrDefault(e.HomeId, "?"), e.Date, e.Kind, e.Staff, e.FollowUpDue!.Value,
                e.FollowUpDue < today, e.FollowUpDue!.Value.DayNumber - today.DayNumber))
            .OrderBy(i => i.Due).ThenBy(i => i.HomeCode, StringComparer.Ordinal).ToList();
    }
}
