using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>An officer approves a payment batch: each payment goes into the budget ledger as paid
/// (<see cref="GrantPayments.Pay"/>, which refuses a payment whose previous report is overdue on the payment date and
/// more than was granted), all or nothing, and the batch keeps the paying organisation and its account as the registry has
/// them now. An approved batch never changes: a second approval is refused, and two
/// approvals at the same instant cannot both succeed (the batch's version is a concurrency token).</summary>
public sealed class ApproveGrantPaymentBatch(SamverkaDbContext db, GrantsStore store, GrantPaymentStore payments, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (batch, programme) = await payments.BatchAsync(batchId, actor, cancellationToken);
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer approves payment batches.");
        GrantPaymentBatches.RefuseIfApproved(batch, programme);

        var years = await payments.GrantYearsAsync([programme.Id], null, cancellationToken);
        var ledger = await store.LedgerAsync(programme, cancellationToken);
        var before = ledger.Entries.Count;
        var problems = new List<InputProblem>();
        foreach (var p in batch.Payments.OrderBy(p => p.Year))
        {
            var grantYear = years.Single(g => g.ApplicationId == p.ApplicationId && g.Payment.Year == p.Year);
            try
            {
                ledger = GrantPayments.Pay(ledger, grantYear.Payment, years.Where(g => g.ApplicationId == p.ApplicationId).Select(g => g.Report).ToList(),
                    batch.PaymentDate, grantYear.Decision);
            }
            catch (InputProblemsException e)
            {
                problems.AddRange(e.Problems.Select(x => x with { Source = $"application {grantYear.Number}" }));
            }
        }
        // The files of the batch pay from the programme owner's registry account as it is now, kept with the batch.
        var owner = await db.OrganisationInfos().SingleAsync(o => o.Id == programme.OwnerOrganisationId, cancellationToken);
        var debtorAccount = owner.PayeeAccount();
        if (debtorAccount is null)
            problems.Add(new InputProblem($"programme {programme.Key} batch {batch.Number}", null, "DebtorAccount",
                $"{owner.Name} has no payee account in the registry to pay from: record it on the organisation"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        (batch.DebtorName, batch.DebtorOrganisationNumber, batch.DebtorAccountKind, batch.DebtorAccountNumber) =
            (owner.Name, owner.OrganisationNumber, debtorAccount!.Kind, debtorAccount.Number);
        await store.AppendAsync(programme, ledger.Entries.Skip(before).Select(e => (e, (string?)$"Utbetalning {batch.Number}")), actor, now, cancellationToken);
        batch.ApprovedAt = now;
        batch.ApprovedBy = actor.UserName;
        batch.Version = Guid.NewGuid();
        audit.Add(actor, AuditActions.Update, nameof(GrantPaymentBatch), batch.Id.ToString(), string.Create(CultureInfo.InvariantCulture,
            $"programme {programme.Key} batch {batch.Number} approved: {batch.Payments.Count} payments, {GrantsStore.Kr(batch.Payments.Sum(p => p.Amount))}"));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An officer deletes a batch that is not approved, so that its payments can be batched again. An approved
/// batch never changes.</summary>
public sealed class DeleteGrantPaymentBatch(SamverkaDbContext db, GrantPaymentStore payments, AuditLog audit)
{
    public async Task HandleAsync(Guid batchId, Actor actor, CancellationToken cancellationToken = default)
    {
        var (batch, programme) = await payments.BatchAsync(batchId, actor, cancellationToken);
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer deletes payment batches.");
        GrantPaymentBatches.RefuseIfApproved(batch, programme);
        db.Set<GrantPaymentBatch>().Remove(batch);
        audit.Add(actor, AuditActions.Update, nameof(GrantPaymentBatch), batch.Id.ToString(), $"programme {programme.Key} batch {batch.Number} deleted before approval");
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class GrantPaymentBatches
{
    /// <summary>Refuses any change to an approved batch, saying when and by whom it was approved.</summary>
    public static void RefuseIfApproved(GrantPaymentBatch batch, GrantProgramme programme)
    {
        if (batch.ApprovedAt is not { } approved) return;
        throw new InputProblemsException(new InputProblem($"programme {programme.Key} batch {batch.Number}", null, "Batch", string.Create(CultureInfo.InvariantCulture,
            $"the batch was approved on {Platform.SwedishTime.ToLocal(approved):yyyy-MM-dd HH:mm} by {batch.ApprovedBy} and never changes; pay anything else in a new batch")));
    }
}
