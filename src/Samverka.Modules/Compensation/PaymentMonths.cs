using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using static System.FormattableString;

namespace Samverka.Modules.Compensation;

/// <summary>The payment months: approved ones as they were paid, and the next open one.</summary>
public sealed class ListPaymentMonths(SamverkaDbContext db, CompensationAccess access, TimeProvider clock)
{
    public sealed record Item(string Month, DateTime ApprovedAt, string ApprovedBy, int Lines, decimal Total);

    // NextOpen: The month to preview and approve next: the one after the latest approved, or this month.
    public sealed record Result(IReadOnlyList<Item> Approved, string? NextOpen);

    public async Task<Result> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.TenantAsync(actor, cancellationToken);
        var months = await db.Set<PaymentMonth>().AsNoTracking().Where(m => m.MunicipalityId == tenant.MunicipalityId)
            .Select(m => new { m.Id, m.Month, m.ApprovedAt, m.ApprovedBy }).ToListAsync(cancellationToken);
        var ids = months.Select(m => m.Id).ToList();
        var lines = db.Set<PaymentLine>().AsNoTracking().Where(l => ids.Contains(l.PaymentMonthId));
        if (tenant.ProviderId is { } own) lines = lines.Where(l => l.ProviderId == own);
        var sums = (await lines.Select(l => new { l.PaymentMonthId, l.Amount }).ToListAsync(cancellationToken))
            .GroupBy(l => l.PaymentMonthId).ToDictionary(g => g.Key, g => (Count: g.Count(), Total: g.Sum(l => l.Amount)));
        var items = months.OrderByDescending(m => m.Month, StringComparer.Ordinal)
            .Select(m => new Item(m.Month, m.ApprovedAt, tenant.IsProvider ? "" : m.ApprovedBy, sums.GetValueOrDefault(m.Id).Count, sums.GetValueOrDefault(m.Id).Total))
            .Where(i => !tenant.IsProvider || i.Lines > 0)
            .ToList();
        var next = months.Count == 0 ? CalendarMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) : CalendarMonth.Parse(months.Max(m => m.Month)!).Plus(1);
        return new Result(items, tenant.IsProvider ? null : next.ToString());
    }
}

/// <summary>One payment month: an approved month as it was paid (a provider sees only its own lines), or the preview of an
/// open month (the municipality's users only). Reading it is audited: the lines name children.</summary>
public sealed class GetPaymentMonth(SamverkaDbContext db, CompensationAccess access, AuditLog audit)
{
    public async Task<PaymentMonthView?> HandleAsync(CalendarMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.TenantAsync(actor, cancellationToken);
        var approved = await ReadApprovedAsync(db, tenant.MunicipalityId, month, tenant.ProviderId, cancellationToken);
        if (approved is null)
        {
            if (tenant.IsProvider) return null;
            var latest = await db.Set<PaymentMonth>().Where(m => m.MunicipalityId == tenant.MunicipalityId).MaxAsync(m => (string?)m.Month, cancellationToken);
            if (latest is not null && string.CompareOrdinal(month.ToString(), latest) < 0)
                throw new InputProblemsException(new InputProblem("month", null, "month",
                    $"{month} was not paid: months before the latest approved month ({latest}) are closed; what is owed for them is paid as corrections in the next open month"));
            approved = await new PaymentMonthCalculator(db).PreviewAsync(tenant.MunicipalityId, month, cancellationToken);
        }
        else if (tenant.IsProvider && approved.Lines.Count == 0) return null;
        await audit.WriteAsync(actor, AuditActions.Read, nameof(PaymentMonth), month.ToString(),
            $"{(approved.Approved ? "approved" : "preview")}: {approved.Lines.Count} lines{(tenant.ProviderId is { } p ? $" of provider {p}" : "")}", cancellationToken);
        return approved;
    }

    internal static async Task<PaymentMonthView?> ReadApprovedAsync(SamverkaDbContext db, Guid municipalityId, CalendarMonth month, Guid? providerId, CancellationToken cancellationToken)
    {
        var text = month.ToString();
        var paid = await db.Set<PaymentMonth>().AsNoTracking().SingleOrDefaultAsync(m => m.MunicipalityId == municipalityId && m.Month == text, cancellationToken);
        if (paid is null) return null;
        var query = db.Set<PaymentLine>().AsNoTracking().Where(l => l.PaymentMonthId == paid.Id);
        if (providerId is { } own) query = query.Where(l => l.ProviderId == own);
        var lines = await query.ToListAsync(cancellationToken);
        var providers = await db.OrganisationInfos().AsNoTracking().Where(o => o.RegisteredById == municipalityId)
            .ToDictionaryAsync(o => o.Id, o => (o.OrganisationNumber, o.Name), cancellationToken);
        var ruleSet = await db.Set<StoredRuleSet>().AsNoTracking().Where(r => r.Id == paid.RuleSetId).Select(r => r.Name).SingleAsync(cancellationToken);
        var views = lines
            .Select(l => new PaymentLineView(l.ForMonth, l.ProviderId, providers.GetValueOrDefault(l.ProviderId).OrganisationNumber ?? "",
                providers.GetValueOrDefault(l.ProviderId).Name ?? "", l.ChildId, l.ChildKey, l.Kind, l.Age, l.Band, l.Amount, l.RateFrom, l.Decision,
                l.Explanation, l.CorrectsLineId, l.Id))
            .OrderBy(l => l.ProviderName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ThenBy(l => l.ChildKey, StringComparer.Ordinal).ThenBy(l => l.ForMonth, StringComparer.Ordinal)
            .ToList();
        return new PaymentMonthView(text, true, paid.ApprovedAt, providerId is null ? paid.ApprovedBy : null, paid.RuleSetId, ruleSet, views,
            PaymentMonthCalculator.Totals(views), [], []);
    }
}

/// <summary>Approves (closes) an open payment month: its lines are written as computed now and never change.
/// Refused: a month already approved, a month before the latest approved (closed), a month that skips one, a month the
/// rules cannot compute (no rates in force), a provider without approval, a paid provider without a payee account in the
/// organisations registry, and a municipality without one (it pays from it).</summary>
public sealed class ApprovePaymentMonth(SamverkaDbContext db, CompensationAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<PaymentMonthView> HandleAsync(CalendarMonth month, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.ManagerAsync(actor, cancellationToken);
        var text = month.ToString();
        InputProblemsException Refuse(string message) => new(new InputProblem("month", null, "month", message));
        var months = await db.Set<PaymentMonth>().AsNoTracking().Where(m => m.MunicipalityId == tenant.MunicipalityId)
            .Select(m => new { m.Month, m.ApprovedAt, m.ApprovedBy }).ToListAsync(cancellationToken);
        if (months.FirstOrDefault(m => m.Month == text) is { } done)
            throw Refuse(Invariant($"{text} is already approved ({done.ApprovedAt:yyyy-MM-dd HH:mm} UTC by {done.ApprovedBy}): an approved month is closed and never changes; a change of facts is paid as corrections in the next open month"));
        if (months.Count > 0)
        {
            var latest = CalendarMonth.Parse(months.Max(m => m.Month)!);
            if (month < latest) throw Refuse($"{text} is before the latest approved month {latest}: closed months never change; a change of facts is paid as corrections in {latest.Plus(1)}");
            if (month > latest.Plus(1)) throw Refuse($"{text} skips {latest.Plus(1)}: approve the months in order, next {latest.Plus(1)}");
        }
        var preview = await new PaymentMonthCalculator(db).PreviewAsync(tenant.MunicipalityId, month, cancellationToken);
        var problems = preview.Problems.Select(p => new InputProblem("month", null, "month", p)).ToList();
        if (preview.Lines.Count == 0) problems.Add(new InputProblem("month", null, "month", $"nothing is payable in {text}"));
        problems.AddRange(await AccountProblemsAsync(tenant.MunicipalityId, preview, cancellationToken));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var paymentMonth = new PaymentMonth
        {
            Id = Guid.NewGuid(), MunicipalityId = tenant.MunicipalityId, Month = text, RuleSetId = preview.RuleSetId, ApprovedAt = now, ApprovedBy = actor.UserName,
        };
        foreach (var l in preview.Lines)
            paymentMonth.Lines.Add(new PaymentLine
            {
                Id = Guid.NewGuid(), PaymentMonthId = paymentMonth.Id, ForMonth = l.ForMonth, ProviderId = l.ProviderId, ChildId = l.ChildId, ChildKey = l.ChildKey,
                Kind = l.Kind, Age = l.Age, Band = l.Band, Amount = l.Amount, RateFrom = l.RateFrom, Decision = l.Decision, Explanation = l.Explanation,
                CorrectsLineId = l.CorrectsLineId,
            });
        db.Add(paymentMonth);
        audit.Add(actor, AuditActions.Update, nameof(PaymentMonth), text,
            Invariant($"approved {text}: {preview.Lines.Count} lines, {preview.Providers.Count} providers, {preview.Total:0.00} SEK"));
        // The month and its payment files are written together or not at all: the files are made from what was approved.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two approvals at once: the unique (municipality, month) index lets one through.
            throw Refuse($"{text} was approved by someone else at the same time: an approved month never changes");
        }
        var files = (await ExportPaymentMonth.MakeAsync(db, tenant.MunicipalityId, month, cancellationToken))!;
        files.PaymentMonthId = paymentMonth.Id;
        db.Add(files);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetPaymentMonth.ReadApprovedAsync(db, tenant.MunicipalityId, month, null, cancellationToken))!;
    }

    /// <summary>The payment file needs the registry's payee account of every provider paid (a positive total) and of the
    /// municipality, which pays: one problem per organisation without one, naming it and the registry's field.</summary>
    private async Task<List<InputProblem>> AccountProblemsAsync(Guid municipalityId, PaymentMonthView preview, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        var municipality = await CompensationProviders.MunicipalityAsync(db, municipalityId, cancellationToken);
        if (municipality.PayeeAccount() is null)
            problems.Add(new InputProblem($"organisation {municipality.OrganisationNumber}", null, "PayeeAccount",
                $"{municipality.Name} has no payee account in the registry to pay from: record it on the organisation"));
        var paid = preview.Providers.Where(p => p.Total > 0).Select(p => p.ProviderId).ToHashSet();
        foreach (var p in (await CompensationProviders.OfMunicipalityAsync(db, municipalityId, cancellationToken)).Where(p => paid.Contains(p.Id) && p.Account is null))
            problems.Add(new InputProblem($"organisation {p.OrganisationNumber}", null, "PayeeAccount",
                $"{p.Name} has no payee account in the registry: record it on the organisation before paying"));
        return problems;
    }
}
