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
        DateOnly? NoticeGivenOn, string? NoticeDecision, DateOnly? EndsOn, string InvoiceEmail, string? BuyerReference = null, string? Decision = null);

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
            .OrderBy(i => i.MemberName, StringComparer.Ordinal).ThenBy(i => i.Start).ToList();
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
            deadlines, end, why, a.NoticeGivenOn, a.NoticeDecision?.ToString(), a.EndsOn, a.InvoiceEmail, a.BuyerReference, a.Decision?.ToString());
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

/// <summary>Creates a member's agreement, or changes one on which no notice has been given, with the decision behind it
/// (staff only). The terms are checked by the rule (<see cref="MemberAgreement"/>); an agreement that would overlap
/// another of the same member (one without an end, or ending on or after the new start) is refused.</summary>
public sealed class SaveAgreement(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(Guid? MemberId, DateOnly? Start, int? TermYears, int? NoticeMonths, int? RenewalYears, string? InvoiceEmail, string? BuyerReference,
        string? DecisionBody, DateOnly? DecisionDate, string? DecisionReference, string? DecisionTitle);

    /// <summary>Creates (<paramref name="agreementId"/> null) or changes an agreement.</summary>
    /// <returns>The agreement's id, or null when the agreement to change is not the unit's (not found).</returns>
    public async Task<Guid?> HandleAsync(Guid? agreementId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        MemberAgreementRecord? existing = null;
        if (agreementId is { } id && (existing = await db.Set<MemberAgreementRecord>().SingleOrDefaultAsync(a => a.Id == id && a.UnitId == unit.UnitId, cancellationToken)) is null)
            return null;
        const string s = "agreement";
        var problems = new List<InputProblem>();
        var members = await access.MembersAsync(unit.UnitId, cancellationToken);
        var memberId = existing?.MemberId ?? r.MemberId;
        var member = members.FirstOrDefault(m => m.Id == memberId);
        if (existing is not null && r.MemberId is { } other && other != existing.MemberId)
            problems.Add(new(s, null, nameof(r.MemberId), "an agreement stays with its member; make a new agreement for another member"));
        else if (member.Name is null) problems.Add(new(s, null, nameof(r.MemberId), "Choose a member of the unit."));
        if (existing?.NoticeGivenOn is { } given)
            problems.Add(new(s, null, nameof(r.Start), $"notice was given on {given:yyyy-MM-dd} and the agreement ends {existing.EndsOn:yyyy-MM-dd}; it cannot change"));
        if (r.Start is null) problems.Add(new(s, null, nameof(r.Start), "Enter the day the agreement starts."));
        if (r.TermYears is null) problems.Add(new(s, null, nameof(r.TermYears), "Enter the initial term in years."));
        if (r.NoticeMonths is null) problems.Add(new(s, null, nameof(r.NoticeMonths), "Enter the notice period in months."));
        if (r.RenewalYears is null) problems.Add(new(s, null, nameof(r.RenewalYears), "Enter the renewal period in years (0: rolling)."));
        if (r.Start is { } start && r.TermYears is { } term && r.NoticeMonths is { } notice && r.RenewalYears is { } renewal)
        {
            try
            {
                _ = new MemberAgreement(start, term, notice, renewal);
            }
            catch (InputProblemsException e)
            {
                // The rule names its fields as the spec does (term_years); the form's are the request's.
                problems.AddRange(e.Problems.Select(p => p with
                {
                    Source = s,
                    Field = p.Field switch { "term_years" => nameof(r.TermYears), "notice_months" => nameof(r.NoticeMonths), "renewal_years" => nameof(r.RenewalYears), _ => p.Field },
                }));
            }
        }
        if (!string.IsNullOrWhiteSpace(r.InvoiceEmail) && !Invoicing.PeppolUblWriter.IsEmailAddress(r.InvoiceEmail.Trim()))
            problems.Add(new(s, null, nameof(r.InvoiceEmail), $"'{r.InvoiceEmail.Trim()}' is not an e-mail address"));
        if (string.IsNullOrWhiteSpace(r.DecisionBody)) problems.Add(new(s, null, nameof(r.DecisionBody), "Enter the body that decided the agreement."));
        if (r.DecisionDate is null) problems.Add(new(s, null, nameof(r.DecisionDate), "Enter the date of the decision."));
        if (string.IsNullOrWhiteSpace(r.DecisionReference)) problems.Add(new(s, null, nameof(r.DecisionReference), "Enter the decision's reference (e.g. KF 2026-03-01 § 12)."));
        if (member.Name is not null && r.Start is { } from)
        {
            var overlapping = (await db.Set<MemberAgreementRecord>().Where(a => a.UnitId == unit.UnitId && a.MemberId == member.Id && a.Id != agreementId).ToListAsync(cancellationToken))
                .Where(a => a.EndsOn is null || a.EndsOn >= from).OrderBy(a => a.Start).FirstOrDefault();
            if (overlapping is not null)
                problems.Add(new(s, null, nameof(r.Start), overlapping.EndsOn is { } end
                    ? $"{member.Name} has an agreement from {overlapping.Start:yyyy-MM-dd} that ends {end:yyyy-MM-dd}; a new one may start {end.AddDays(1):yyyy-MM-dd} at the earliest"
                    : $"{member.Name} already has an agreement from {overlapping.Start:yyyy-MM-dd} without notice given; change it, or record its notice first"));
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var row = existing ?? new MemberAgreementRecord { Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = member.Id };
        var before = existing is null ? null : $"{existing.Start:yyyy-MM-dd} {existing.TermYears}/{existing.NoticeMonths}/{existing.RenewalYears}";
        row.Start = r.Start!.Value;
        row.TermYears = r.TermYears!.Value;
        row.NoticeMonths = r.NoticeMonths!.Value;
        row.RenewalYears = r.RenewalYears!.Value;
        row.InvoiceEmail = r.InvoiceEmail?.Trim() is { Length: > 0 } mail ? mail : row.InvoiceEmail is { Length: > 0 } ? row.InvoiceEmail : member.Email ?? "";
        row.BuyerReference = r.BuyerReference?.Trim() is { Length: > 0 } reference ? reference : null;
        row.Decision = new DecisionRecord { Body = r.DecisionBody!.Trim(), Date = r.DecisionDate!.Value, Reference = r.DecisionReference!.Trim(), Title = r.DecisionTitle?.Trim() ?? "Avtal om samverkan i familjehemsenheten" };
        if (existing is null) db.Add(row);
        var after = $"{row.Start:yyyy-MM-dd} {row.TermYears}/{row.NoticeMonths}/{row.RenewalYears}";
        audit.Add(actor, existing is null ? AuditActions.Create : AuditActions.Update, "FosterCareAgreement", row.Id.ToString(),
            $"{member.Name}: {(before is null ? "" : before + " -> ")}{after} (start/term/notice/renewal; {row.Decision})");
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }
}
