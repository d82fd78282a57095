using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Platform;
using Samverka.Rules.Agreements;

namespace Samverka.Modules.FosterCare;

internal static class FosterCareClock
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(SwedishTime.ToLocal(clock.GetUtcNow().UtcDateTime));
}

/// <summary>Lists the members' agreements the actor may see, each with "bound until", the last notice day before each
/// of the coming term ends, and the end a notice on a chosen day would give (the spec's rule).</summary>
public sealed class ListAgreements(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Deadline(DateOnly TermEnd, DateOnly? LastNoticeDay, string Explanation);

    public sealed record Item(Guid Id, Guid MemberId, string MemberName, DateOnly Start, int TermYears, int NoticeMonths, int RenewalYears,
        DateOnly? BoundUntil, string BoundUntilExplanation, IReadOnlyList<Deadline> Deadlines,
        DateOnly? EndIfNoticeOn, string EndIfNoticeExplanation,
        DateOnly? NoticeGivenOn, string? NoticeDecision, DateOnly? EndsOn, string InvoiceEmail);

    public sealed record Result(UnitView? Unit, DateOnly AsOf, DateOnly NoticeDate, IReadOnlyList<Item> Items);

    /// <summary>The agreements, with the end a notice on <paramref name="noticeDate"/> would give (today when null).</summary>
    public async Task<Result> HandleAsync(Actor actor, DateOnly? noticeDate, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var day = noticeDate ?? today;
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return new Result(null, today, day, []);
        var query = db.Set<MemberAgreementRecord>().Where(a => a.UnitId == unit.UnitId);
        if (!unit.IsStaff) query = query.Where(a => a.MemberId == unit.MemberId);
        var rows = await query.ToListAsync(cancellationToken);
        var names = (await access.MembersAsync(unit.UnitId, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
        var items = rows.Select(a => ToItem(a, names.GetValueOrDefault(a.MemberId, "?"), today, day))
            .OrderBy(i => i.MemberName, StringComparer.Ordinal).ToList();
        return new Result(unit, today, day, items);
    }

    internal static Item ToItem(MemberAgreementRecord a, string memberName, DateOnly today, DateOnly noticeDay)
    {
        var rule = a.ToRule();
        var bound = rule.BoundUntil(today);
        var deadlines = new List<Deadline>();
        var first = bound.TermIndex ?? 0;
        var last = rule.IsRolling ? 0 : first + 2;
        for (var k = rule.IsRolling ? 0 : first; k <= last; k++)
        {
            var d = rule.NoticeDeadlineFor(k);
            deadlines.Add(new Deadline(d.TermEnd, d.LastNoticeDay, d.Explanation));
        }
        DateOnly? end = null;
        string why;
        try
        {
            var e = rule.EndOnNotice(noticeDay);
            end = e.End;
            why = e.Explanation;
        }
        catch (InputProblemsException e)
        {
            why = string.Join("; ", e.Problems.Select(p => p.Message));
        }
        return new Item(a.Id, a.MemberId, memberName, a.Start, a.TermYears, a.NoticeMonths, a.RenewalYears, bound.TermEnd, bound.Explanation,
            deadlines, end, why, a.NoticeGivenOn, a.NoticeDecision?.ToString(), a.EndsOn, a.InvoiceEmail);
    }
}

/// <summary>Records a member's notice with its decision; the end follows from the spec's rule. Notice before the start,
/// or a second notice, is refused.</summary>
public sealed class RecordNotice(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(DateOnly? NoticeDate, string? DecisionBody, DateOnly? DecisionDate, string? DecisionReference, string? DecisionTitle);

    /// <returns>The end date, or null when the agreement is not the actor's to change (not found).</returns>
    public async Task<DateOnly?> HandleAsync(Guid agreementId, Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        var agreement = unit is null ? null : await db.Set<MemberAgreementRecord>().SingleOrDefaultAsync(a => a.Id == agreementId && a.UnitId == unit.UnitId, cancellationToken);
        if (agreement is null || unit is null || !(unit.IsStaff || agreement.MemberId == unit.MemberId)) return null;
        if (!unit.IsStaff) throw new AccessDeniedException("Only the joint unit's staff record a notice.");

        const string source = "notice";
        var problems = new List<InputProblem>();
        if (request.NoticeDate is null) problems.Add(new(source, null, nameof(Request.NoticeDate), "Enter the day notice was given."));
        if (string.IsNullOrWhiteSpace(request.DecisionBody)) problems.Add(new(source, null, nameof(Request.DecisionBody), "Enter the body that decided the notice."));
        if (request.DecisionDate is null) problems.Add(new(source, null, nameof(Request.DecisionDate), "Enter the date of the decision."));
        if (string.IsNullOrWhiteSpace(request.DecisionReference)) problems.Add(new(source, null, nameof(Request.DecisionReference), "Enter the decision's reference (e.g. KS 2026-03-01 § 12)."));
        if (agreement.NoticeGivenOn is { } given) problems.Add(new(source, null, nameof(Request.NoticeDate), $"notice was already given on {given:yyyy-MM-dd}"));
        AgreementEnd? end = null;
        if (request.NoticeDate is { } day && day < agreement.Start)
            problems.Add(new(source, null, nameof(Request.NoticeDate), $"notice given {day:yyyy-MM-dd} is before the agreement's start {agreement.Start:yyyy-MM-dd} and is not valid"));
        else if (request.NoticeDate is { } d) end = agreement.ToRule().EndOnNotice(d);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        agreement.NoticeGivenOn = request.NoticeDate;
        agreement.NoticeDecision = new DecisionRecord { Body = request.DecisionBody!.Trim(), Date = request.DecisionDate!.Value, Reference = request.DecisionReference!.Trim(), Title = request.DecisionTitle?.Trim() ?? "Uppsägning av avtal" };
        agreement.EndsOn = end!.End;
        audit.Add(actor, AuditActions.Update, "FosterCareAgreement", agreement.Id.ToString(), $"notice {request.NoticeDate:yyyy-MM-dd}, ends {end.End:yyyy-MM-dd} ({agreement.NoticeDecision})");
        await db.SaveChangesAsync(cancellationToken);
        return end.End;
    }
}
