using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Grants;

/// <summary>What an officer chooses for a new payment batch.</summary>
public sealed class GrantPaymentBatchInput
{
    /// <summary>The day the bank is asked to pay; today or later.</summary>
    public DateOnly? PaymentDate { get; set; }

    /// <summary>Only the payments of these grants; empty for every payment due by the payment date that is not held.</summary>
    public List<Guid> ApplicationIds { get; set; } = [];
}

/// <summary>An officer gathers the due payments of a programme into a new batch (not yet approved): every decided grant
/// year whose payment month has begun by the payment date and that is in no batch. A payment whose previous year's
/// follow-up report is overdue is held: left out, or refused when asked for by name. Refused, with nothing written,
/// when a payee has no payee account, the municipality has no account to pay from, or nothing is due.</summary>
public sealed class CreateGrantPaymentBatch(SamverkaDbContext db, GrantPaymentStore payments, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Guid programmeId, GrantPaymentBatchInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var programme = await payments.ProgrammeAsync(programmeId, actor, cancellationToken);
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer makes payment batches.");
        var source = $"programme {programme.Key}";
        var problems = new List<InputProblem>();
        if (input.PaymentDate is not { } date)
            throw new InputProblemsException(new InputProblem(source, null, nameof(input.PaymentDate), "is required"));
        if (date < payments.Today)
            problems.Add(new(source, null, nameof(input.PaymentDate), string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} has passed; choose today or a later day")));

        var years = await payments.GrantYearsAsync([programme.Id], null, cancellationToken);
        var wanted = input.ApplicationIds.ToHashSet();
        var due = years.Where(g => g.BatchId is null && g.Payment.Month.FirstDay <= date && (wanted.Count == 0 || wanted.Contains(g.ApplicationId))).ToList();
        var held = due.Select(g => (Grant: g, Holds: GrantPaymentStore.Holds(g, years, date))).Where(h => h.Holds.Count > 0).ToList();
        if (wanted.Count > 0) problems.AddRange(held.SelectMany(h => h.Holds.Select(p => p with { Field = "ApplicationIds", Source = $"application {h.Grant.Number}" })));
        var paid = due.Except(held.Select(h => h.Grant)).ToList();
        if (paid.Count == 0 && problems.Count == 0)
            problems.Add(new(source, null, nameof(input.PaymentDate), string.Create(CultureInfo.InvariantCulture,
                $"no payment is due by {date:yyyy-MM-dd}{(held.Count > 0 ? $"; {held.Count} held while a follow-up report is overdue" : "")}")));

        var organisationIds = paid.Select(g => g.OrganisationId).Append(programme.OwnerOrganisationId).Distinct().ToList();
        var organisations = await db.OrganisationInfos().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var owner = organisations[programme.OwnerOrganisationId];
        if (owner.PayeeAccount() is null)
            problems.Add(new(source, null, "DebtorAccount", $"{owner.Name} has no payee account in the registry to pay from: record it on the organisation"));
        foreach (var g in paid.Where(g => organisations[g.OrganisationId].PayeeAccount() is null).DistinctBy(g => g.OrganisationId))
            problems.Add(new($"application {g.Number}", null, "PayeeAccount", $"{g.OrganisationName} has no payee account in the registry: record it on the organisation before paying"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var number = (await db.Set<GrantPaymentBatch>().Where(b => b.ProgrammeId == programme.Id).MaxAsync(b => (int?)b.Number, cancellationToken) ?? 0) + 1;
        var batch = new GrantPaymentBatch
        {
            Id = Guid.NewGuid(), ProgrammeId = programme.Id, Number = number, PaymentDate = date, CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName, Version = Guid.NewGuid(),
        };
        foreach (var g in paid)
        {
            var payee = organisations[g.OrganisationId];
            batch.Payments.Add(new GrantPaymentRecord
            {
                Id = Guid.NewGuid(), BatchId = batch.Id, ApplicationId = g.ApplicationId, Year = g.Payment.Year, Amount = g.Payment.Amount,
                PayeeId = payee.Id, PayeeName = payee.Name, PayeeOrganisationNumber = payee.OrganisationNumber,
                AccountKind = payee.PayeeAccountKind!.Value, AccountNumber = payee.PayeeAccountNumber!,
                Explanation = string.Create(CultureInfo.InvariantCulture,
                    $"Bidrag {g.Payment.Year} enligt beslut {g.Decision.Body} {g.Decision.Date:yyyy-MM-dd} {g.Decision.Reference}, ansökan {g.Number}: {GrantsStore.Kr(g.Payment.Amount)}"),
            });
        }
        db.Set<GrantPaymentBatch>().Add(batch);
        audit.Add(actor, AuditActions.Create, nameof(GrantPaymentBatch), batch.Id.ToString(),
            $"{source} batch {number}: {batch.Payments.Count} payments, {GrantsStore.Kr(batch.Payments.Sum(p => p.Amount))}, {date:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return batch.Id;
    }
}
