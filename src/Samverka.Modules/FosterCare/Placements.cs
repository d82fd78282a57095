using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>A member municipality asks the unit for a home for a child.</summary>
public sealed class CreatePlacementRequest(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(DateOnly? ChildBirthDate, int? Siblings, string? Languages, string? Needs, Urgency? Urgency, DateOnly? FromDate, HomeType? WantedType);

    public async Task<Guid> HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        const string s = "request";
        var problems = new List<InputProblem>();
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsMember: true }) problems.Add(new(s, null, "member", "Your organisation is not a member of a joint foster-home unit."));
        if (r.ChildBirthDate is null) problems.Add(new(s, null, nameof(r.ChildBirthDate), "Enter the child's birth date."));
        if (r.FromDate is null) problems.Add(new(s, null, nameof(r.FromDate), "Enter the day the placement should start."));
        if (r.ChildBirthDate > r.FromDate) problems.Add(new(s, null, nameof(r.ChildBirthDate), "The birth date is after the from-date."));
        if (r.Siblings is < 0 or > 10) problems.Add(new(s, null, nameof(r.Siblings), "Siblings placed together: 0 to 10."));
        if (r.Urgency is null) problems.Add(new(s, null, nameof(r.Urgency), "Choose the urgency."));
        if (r.WantedType is null) problems.Add(new(s, null, nameof(r.WantedType), "Choose the type of home."));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var row = new PlacementRequestRecord
        {
            Id = Guid.NewGuid(), UnitId = unit!.UnitId, MemberId = unit.MemberId!.Value, ChildBirthDate = r.ChildBirthDate!.Value, Siblings = r.Siblings ?? 0,
            Languages = RegisterHome.Tags(r.Languages), Needs = RegisterHome.Tags(r.Needs), Urgency = r.Urgency!.Value, FromDate = r.FromDate!.Value,
            WantedType = r.WantedType!.Value, Status = RequestStatus.Open, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(row);
        audit.Add(actor, AuditActions.Create, "FosterCareRequest", row.Id.ToString(), $"{row.WantedType}, {row.Urgency}, from {row.FromDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }
}

/// <summary>Requests: the unit sees all (the child's age, never its identity), a member its own, others none.</summary>
public sealed class ListPlacementRequests(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Item(Guid Id, string MemberName, int ChildAge, int Siblings, string Needs, string Languages, Urgency Urgency, DateOnly FromDate,
        HomeType WantedType, RequestStatus Status, string? ProposedHome, string? ProposalReason, string? WithdrawnReason = null);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return [];
        var query = db.Set<PlacementRequestRecord>().Where(x => x.UnitId == unit.UnitId);
        if (!unit.IsStaff) query = query.Where(x => x.MemberId == unit.MemberId);
        var rows = await query.ToListAsync(cancellationToken);
        return await ToItemsAsync(db, access, unit.UnitId, rows, cancellationToken);
    }

    internal static async Task<IReadOnlyList<Item>> ToItemsAsync(SamverkaDbContext db, FosterCareAccess access, Guid unitId, IReadOnlyList<PlacementRequestRecord> rows, CancellationToken ct)
    {
        var names = (await access.MembersAsync(unitId, ct)).ToDictionary(m => m.Id, m => m.Name);
        var homeIds = rows.Where(r => r.ProposedHomeId is not null).Select(r => r.ProposedHomeId!.Value).ToList();
        var homes = await db.Set<FosterHomeRecord>().Where(h => homeIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var towns = await access.NamesAsync(ct);
        return rows.OrderBy(r => r.FromDate).ThenBy(r => r.CreatedAt).Select(r => new Item(r.Id, names.GetValueOrDefault(r.MemberId, "?"),
            Age.CompletedYears(r.ChildBirthDate, r.FromDate), r.Siblings, r.Needs, r.Languages, r.Urgency, r.FromDate, r.WantedType, r.Status,
            r.ProposedHomeId is { } h && homes.TryGetValue(h, out var home) ? $"{home.Code} ({FosterCareNames.Of(home.Type)}, {towns.GetValueOrDefault(home.MunicipalityId)})" : null,
            r.ProposalReason, r.WithdrawnReason)).ToList();
    }
}

/// <summary>One request; for the unit also the pool homes that fit, ranked with the reasons (<see cref="Matching.Match"/>),
/// and those excluded with theirs.</summary>
public sealed class GetPlacementRequest(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Ranked(Guid HomeId, string Code, int Rank, decimal Score, string Reasons, string ScoreExplanation, int FreePlaces);

    public sealed record Excluded(string Code, string Reasons);

    public sealed record Result(ListPlacementRequests.Item Request, bool IsStaff, bool IsPlacingMember, Guid? ProposedHomeId,
        IReadOnlyList<Ranked> Ranked, IReadOnlyList<Excluded> Excluded);

    public async Task<Result?> HandleAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return null;
        var request = await db.Set<PlacementRequestRecord>().SingleOrDefaultAsync(r => r.Id == id && r.UnitId == unit.UnitId, cancellationToken);
        if (request is null || !(unit.IsStaff || request.MemberId == unit.MemberId)) return null;
        var item = (await ListPlacementRequests.ToItemsAsync(db, access, unit.UnitId, [request], cancellationToken))[0];
        if (!unit.IsStaff) return new Result(item, false, true, request.ProposedHomeId, [], []);

        var homes = await db.Set<FosterHomeRecord>().Include(h => h.Steps).Where(h => h.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var placements = await db.Set<FosterPlacementRecord>().Where(p => p.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var byCode = homes.ToDictionary(h => h.Code, StringComparer.Ordinal);
        var result = Matching.Match(
            new MatchRequest(request.MemberId.ToString(), request.ChildBirthDate, request.Siblings, FosterHomeRecord.SplitTags(request.Languages),
                FosterHomeRecord.SplitTags(request.Needs), request.Urgency, request.FromDate, request.WantedType),
            homes.Select(h => h.ToRule()).ToList(),
            placements.Select(p => p.ToRule(homes.Single(h => h.Id == p.HomeId).Code)).ToList());
        return new Result(item, true, request.MemberId == unit.MemberId, request.ProposedHomeId,
            result.Ranked.Select(m => new Ranked(byCode[m.Home.Id].Id, m.Home.Id, m.Rank, m.Score, m.Explanation, m.ScoreExplanation, m.FreePlaces)).ToList(),
            result.Excluded.Select(x => new Excluded(x.Home.Id, x.Explanation)).ToList());
    }
}

/// <summary>The unit proposes a home that fits the request; the reason is the match's.</summary>
public sealed class ProposeHome(SamverkaDbContext db, FosterCareAccess access, GetPlacementRequest get, AuditLog audit)
{
    public async Task<bool> HandleAsync(Guid requestId, Guid? homeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        if (await get.HandleAsync(requestId, actor, cancellationToken) is not { } found) return false;
        var match = found.Ranked.FirstOrDefault(r => r.HomeId == homeId);
        var problems = new List<InputProblem>();
        if (found.Request.Status is RequestStatus.Placed or RequestStatus.Withdrawn) problems.Add(new("proposal", null, "request", "the request is closed"));
        if (match is null) problems.Add(new("proposal", null, "HomeId", "Choose one of the homes that fit the request."));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var request = await db.Set<PlacementRequestRecord>().SingleAsync(r => r.Id == requestId && r.UnitId == unit.UnitId, cancellationToken);
        request.ProposedHomeId = homeId;
        request.ProposalReason = $"Rang {match!.Rank}: {match.Reasons}. {match.ScoreExplanation}";
        request.Status = RequestStatus.Proposed;
        audit.Add(actor, AuditActions.Update, "FosterCareRequest", request.Id.ToString(), $"proposed {match.Code}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>The placing member registers the placement in the proposed home (start, end, legal basis, the child's identity).
/// Refused: a home not approved on the start day, more children at once than the home's places (<see cref="PlacementRules"/>).</summary>
public sealed class RegisterPlacement(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? RequestId, Guid? HomeId, string? ChildName, string? ChildPersonnummer, DateOnly? Start, DateOnly? End, LegalBasis? LegalBasis);

    public async Task<Guid> HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        const string s = "placement";
        var problems = new List<InputProblem>();
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsMember: true }) throw new InputProblemsException(new InputProblem(s, null, "member", "Your organisation is not a member of a joint foster-home unit."));
        PlacementRequestRecord? request = null;
        if (r.RequestId is { } rid)
        {
            request = await db.Set<PlacementRequestRecord>().SingleOrDefaultAsync(x => x.Id == rid && x.UnitId == unit.UnitId && x.MemberId == unit.MemberId, cancellationToken);
            if (request is null) problems.Add(new(s, null, nameof(r.RequestId), "The request is not one of yours."));
            else if (request.Status == RequestStatus.Placed) problems.Add(new(s, null, nameof(r.RequestId), "The request already has a placement."));
        }
        var homeId = r.HomeId ?? request?.ProposedHomeId;
        var homes = await db.Set<FosterHomeRecord>().Include(h => h.Steps).Where(h => h.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var home = homes.SingleOrDefault(h => h.Id == homeId);
        if (home is null) problems.Add(new(s, null, nameof(r.HomeId), "Choose the home the unit proposed."));
        if (string.IsNullOrWhiteSpace(r.ChildName)) problems.Add(new(s, null, nameof(r.ChildName), "Enter the child's name."));
        Personnummer? pnr = null;
        if (!Personnummer.TryParse(r.ChildPersonnummer, clock.Today(), out pnr, out var error)) problems.Add(new(s, null, nameof(r.ChildPersonnummer), error));
        if (r.Start is null) problems.Add(new(s, null, nameof(r.Start), "Enter the first day of the placement."));
        if (r.End < r.Start) problems.Add(new(s, null, nameof(r.End), "The end is before the start."));
        if (r.LegalBasis is null) problems.Add(new(s, null, nameof(r.LegalBasis), "Choose the legal basis (SoL or LVU)."));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var existing = await db.Set<FosterPlacementRecord>().Where(p => p.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var row = new FosterPlacementRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = unit.MemberId!.Value, HomeId = home!.Id, RequestId = request?.Id,
            ChildRef = "B-" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..6], ChildName = r.ChildName!.Trim(), ChildPersonnummer = pnr!.ToString(),
            ChildBirthDate = pnr.BirthDate, Start = r.Start!.Value, End = r.End, LegalBasis = r.LegalBasis!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var codes = homes.ToDictionary(h => h.Id, h => h.Code);
        var check = PlacementRules.Validate(homes.Select(h => h.ToRule()).ToList(),
            existing.Append(row).Select(p => p.ToRule(codes[p.HomeId])).ToList());
        if (check.Count > 0) throw new InputProblemsException(check.Select(p => p with { Field = nameof(r.Start) }).ToList());
        db.Add(row);
        if (request is not null) request.Status = RequestStatus.Placed;
        audit.Add(actor, AuditActions.Create, "FosterPlacement", row.Id.ToString(), $"{row.ChildRef} in {home.Code} from {row.Start:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }
}

/// <summary>Placements: the placing member sees its own with the child's identity (the read is audited); the unit sees
/// every placement with what it needs to support the home (reference, age, home, dates), never the identity; other
/// members see nothing.</summary>
public sealed class ListPlacements(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Item(Guid Id, string MemberName, string HomeCode, string ChildRef, int ChildAge, string? ChildName, string? ChildPersonnummer,
        DateOnly Start, DateOnly? End, LegalBasis LegalBasis, string? EndReason = null);

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return [];
        var query = db.Set<FosterPlacementRecord>().Where(p => p.UnitId == unit.UnitId);
        if (!unit.IsStaff) query = query.Where(p => p.MemberId == unit.MemberId);
        var rows = await query.ToListAsync(cancellationToken);
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var homes = await db.Set<FosterHomeRecord>().Where(h => h.UnitId == unit.UnitId).ToDictionaryAsync(h => h.Id, h => h.Code, cancellationToken);
        var today = clock.Today();
        var items = rows.OrderBy(p => p.Start).Select(p =>
        {
            // Only the placing member's social workers see who the child is: not the unit, not an administrator.
            var own = unit.MemberId == p.MemberId && actor.IsInRole(Roles.GrantOfficer);
            return new Item(p.Id, names.GetValueOrDefault(p.MemberId, "?"), homes.GetValueOrDefault(p.HomeId, "?"), p.ChildRef, Age.CompletedYears(p.ChildBirthDate, today),
                own ? p.ChildName : null, own ? p.ChildPersonnummer : null, p.Start, p.End, p.LegalBasis, p.EndReason);
        }).ToList();
        if (items.Any(i => i.ChildName is not null))
            await audit.WriteAsync(actor, AuditActions.Read, "FosterPlacement", null, $"{items.Count(i => i.ChildName is not null)} children's identities", cancellationToken);
        return items;
    }
}

/// <summary>The placing member ends one of its open placements: the last day (included) and why. A placement that has
/// an end already is not ended again.</summary>
public sealed class EndPlacement(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(DateOnly? End, string? Reason);

    /// <returns>False when the placement is not the actor's member's (not found).</returns>
    public async Task<bool> HandleAsync(Guid placementId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        const string s = "placement";
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsMember: true }) throw new InputProblemsException(new InputProblem(s, null, "member", "Your organisation is not a member of a joint foster-home unit."));
        var placement = await db.Set<FosterPlacementRecord>().SingleOrDefaultAsync(p => p.Id == placementId && p.UnitId == unit.UnitId && p.MemberId == unit.MemberId, cancellationToken);
        if (placement is null) return false;
        var problems = new List<InputProblem>();
        if (placement.End is { } ended) problems.Add(new(s, null, nameof(r.End), $"the placement {placement.ChildRef} already ended on {ended:yyyy-MM-dd}"));
        if (r.End is null) problems.Add(new(s, null, nameof(r.End), "Enter the last day of the placement."));
        else if (r.End < placement.Start) problems.Add(new(s, null, nameof(r.End), $"the last day {r.End:yyyy-MM-dd} is before the first {placement.Start:yyyy-MM-dd}"));
        if (string.IsNullOrWhiteSpace(r.Reason)) problems.Add(new(s, null, nameof(r.Reason), "Enter why the placement ends."));
        else if (ReasonPrivacy.NamesTheChild(r.Reason, placement.ChildName)) problems.Add(new(s, null, nameof(r.Reason), ReasonPrivacy.Message));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        placement.End = r.End;
        placement.EndReason = r.Reason!.Trim();
        audit.Add(actor, AuditActions.Update, "FosterPlacement", placement.Id.ToString(), $"{placement.ChildRef} ends {r.End:yyyy-MM-dd}: {placement.EndReason}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>The placing member withdraws an open or proposed request, with why. A placed or withdrawn request stays as it is.</summary>
public sealed class WithdrawPlacementRequest(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(string? Reason);

    /// <returns>False when the request is not the actor's member's (not found).</returns>
    public async Task<bool> HandleAsync(Guid requestId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        const string s = "request";
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsMember: true }) throw new InputProblemsException(new InputProblem(s, null, "member", "Your organisation is not a member of a joint foster-home unit."));
        var request = await db.Set<PlacementRequestRecord>().SingleOrDefaultAsync(x => x.Id == requestId && x.UnitId == unit.UnitId && x.MemberId == unit.MemberId, cancellationToken);
        if (request is null) return false;
        var problems = new List<InputProblem>();
        if (request.Status is RequestStatus.Placed or RequestStatus.Withdrawn)
            problems.Add(new(s, null, "Status", request.Status == RequestStatus.Placed ? "the request has a placement; end the placement instead" : "the request is already withdrawn"));
        if (string.IsNullOrWhiteSpace(r.Reason)) problems.Add(new(s, null, nameof(r.Reason), "Enter why the request is withdrawn."));
        else if (ReasonPrivacy.NamesTheChild(r.Reason, null)) problems.Add(new(s, null, nameof(r.Reason), ReasonPrivacy.Message));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        request.Status = RequestStatus.Withdrawn;
        request.WithdrawnReason = r.Reason!.Trim();
        audit.Add(actor, AuditActions.Update, "FosterCareRequest", request.Id.ToString(), $"withdrawn: {request.WithdrawnReason}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>Why a placement ended or a request was withdrawn is shown to the unit's staff as well as to the placing
/// member, so it must not say who the child is: a reason naming the child (any part of its name, as a whole word) or
/// carrying a personnummer is refused.</summary>
internal static partial class ReasonPrivacy
{
    public const string Message = "the reason is shown to the unit's staff too: write it without the child's name or personnummer";

    public static bool NamesTheChild(string reason, string? childName) =>
        PersonnummerLike().IsMatch(reason)
        || (childName ?? "").Split(' ', '-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(part => part.Length >= 2)
            .Any(part => Regex.IsMatch(reason, $@"(?<!\p{{L}}){Regex.Escape(part)}(?!\p{{L}})",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")]
    private static partial Regex PersonnummerLike();
}
