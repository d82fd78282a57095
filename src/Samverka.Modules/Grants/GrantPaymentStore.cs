using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Modules.PaymentFiles;
using Samverka.Modules.Platform;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The payment schedule of a programme's closed rounds (<see cref="GrantPayments.Schedule"/>), the follow-up
/// reports of its decided grant years, and the batches payments are in. Shared by the payment and report use cases.</summary>
public sealed class GrantPaymentStore(SamverkaDbContext db, GrantsStore store, TimeProvider clock)
{
    /// <summary>One decided grant year: its payment, the payee, the batch it is in (if any) and its follow-up report.</summary>
    public sealed record GrantYear(Guid ApplicationId, string Number, string ProgrammeName, Guid OrganisationId, string OrganisationName, ScheduledPayment Payment,
        FollowUpReport Report, Decision Decision, Guid? BatchId, int? BatchNumber, bool Paid);

    /// <summary>Today in Sweden.</summary>
    public DateOnly Today => DateOnly.FromDateTime(SwedishTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>The programme when the actor may read it (officers and readers of the owning municipality).</summary>
    public async Task<GrantProgramme> ProgrammeAsync(Guid programmeId, Actor actor, CancellationToken cancellationToken)
    {
        if (!GrantsStore.IsReader(actor)) throw new AccessDeniedException("Grant payments are for officers, the committee, controllers and auditors.");
        var programmes = await store.VisibleProgrammesAsync(actor, cancellationToken);
        return await programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken) ?? throw new GrantNotFoundException("No such programme.");
    }

    /// <summary>The batch and its programme when the actor may read the programme.</summary>
    public async Task<(GrantPaymentBatch Batch, GrantProgramme Programme)> BatchAsync(Guid batchId, Actor actor, CancellationToken cancellationToken)
    {
        var batch = await db.Set<GrantPaymentBatch>().Include(b => b.Payments).SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
            ?? throw new GrantNotFoundException("No such payment batch.");
        return (batch, await ProgrammeAsync(batch.ProgrammeId, actor, cancellationToken));
    }

    /// <summary>Every decided grant year of the programmes' closed rounds, by payment month, then application number.</summary>
    /// <param name="programmeIds">The programmes, or null for every programme (an applicant's own grants).</param>
    /// <param name="organisationId">Only the grants of this organisation (an applicant's own), or null for all.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<IReadOnlyList<GrantYear>> GrantYearsAsync(IReadOnlyCollection<Guid>? programmeIds, Guid? organisationId, CancellationToken cancellationToken)
    {
        var applications = await db.GrantApplications.AsNoTracking().Include(a => a.Amounts)
            .Include(a => a.ProgrammeYear!).ThenInclude(y => y.Programme)
            .Include(a => a.ProgrammeYear!).ThenInclude(y => y.Criteria)
            .Where(a => (programmeIds == null || programmeIds.Contains(a.ProgrammeYear!.ProgrammeId)) && a.ProgrammeYear!.ClosedAt != null && a.Status == GrantApplicationStatus.Granted)
            .Where(a => organisationId == null || a.OrganisationId == organisationId)
            .ToListAsync(cancellationToken);
        var ids = applications.Select(a => a.Id).ToList();
        var organisationIds = applications.Select(a => a.OrganisationId).Distinct().ToList();
        var names = await db.OrganisationInfos().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var payments = await db.Set<GrantPaymentRecord>().AsNoTracking().Where(p => ids.Contains(p.ApplicationId))
            .Join(db.Set<GrantPaymentBatch>(), p => p.BatchId, b => b.Id, (p, b) => new { p.ApplicationId, p.Year, b.Id, b.Number, b.ApprovedAt })
            .ToListAsync(cancellationToken);
        var reports = await db.Set<GrantFollowUpReportRecord>().AsNoTracking().Where(r => ids.Contains(r.ApplicationId))
            .Select(r => new { r.ApplicationId, r.Year, r.SubmittedOn }).ToListAsync(cancellationToken);
        var refs = ids.Select(i => i.ToString()).ToList();
        var decisions = await db.GrantLedgerEntries.AsNoTracking().Where(e => e.Kind == LedgerEntryKind.Decided && e.Reference != null && refs.Contains(e.Reference))
            .ToListAsync(cancellationToken);

        var result = new List<GrantYear>();
        foreach (var a in applications)
        {
            var rule = GrantsStore.ToRule(a.ProgrammeYear!);
            var decision = ApplicationDecision.Grant(a.Id.ToString(), GrantsStore.AmountsOf(a, GrantAmountKind.Granted));
            foreach (var payment in GrantPayments.Schedule(rule, decision))
            {
                var batch = payments.SingleOrDefault(p => p.ApplicationId == a.Id && p.Year == payment.Year);
                var submitted = reports.SingleOrDefault(r => r.ApplicationId == a.Id && r.Year == payment.Year)?.SubmittedOn;
                var decided = decisions.FirstOrDefault(e => e.Reference == payment.ApplicationId && e.Year == payment.Year)?.Decision() ?? rule.Decision;
                result.Add(new GrantYear(a.Id, a.DisplayNumber(a.ProgrammeYear!.Year), a.ProgrammeYear.Programme!.Name, a.OrganisationId, names.GetValueOrDefault(a.OrganisationId, ""), payment,
                    new FollowUpReport(payment.ApplicationId, payment.Year, GrantPayments.ReportDue(rule, payment.Year), submitted), decided,
                    batch?.Id, batch?.Number, batch?.ApprovedAt is not null));
            }
        }
        return result.OrderBy(g => g.Payment.Month).ThenBy(g => g.Number, StringComparer.Ordinal).ToList();
    }

    /// <summary>Why the payment of <paramref name="grantYear"/> on <paramref name="paymentDate"/> is held (the previous
    /// year's report is overdue), or an empty list.</summary>
    public static IReadOnlyList<InputProblem> Holds(GrantYear grantYear, IEnumerable<GrantYear> all, DateOnly paymentDate) =>
        GrantPayments.Check(grantYear.Payment, all.Where(g => g.ApplicationId == grantYear.ApplicationId).Select(g => g.Report).ToList(), paymentDate);
}
