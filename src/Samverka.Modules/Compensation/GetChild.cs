using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Compensation;

/// <summary>A child's record: birth date, enrollments and what has been paid for the child. Every read is audited.</summary>
public sealed class GetChild(SamverkaDbContext db, CompensationAccess access, AuditLog audit)
{
    public sealed record EnrollmentView(Guid Id, Guid ProviderId, string ProviderNumber, string ProviderName, DateOnly Start, DateOnly? End, DateOnly? Notice);

    public sealed record PaidLine(string PaymentMonth, string ForMonth, string ProviderName, string Kind, decimal Amount, string Explanation);

    public sealed record Details(Guid Id, string Key, string? Personnummer, DateOnly BirthDate, IReadOnlyList<EnrollmentView> Enrollments,
        IReadOnlyList<PaidLine> Paid, bool CanChange);

    public async Task<Details?> HandleAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        var tenant = await access.MunicipalityUserAsync(actor, cancellationToken);
        var child = await db.Set<CompensationChild>().AsNoTracking().Include(c => c.Enrollments)
            .SingleOrDefaultAsync(c => c.Id == id && c.MunicipalityId == tenant.MunicipalityId, cancellationToken);
        if (child is null) return null;
        var names = await db.OrganisationInfos().AsNoTracking().Where(o => o.RegisteredById == tenant.MunicipalityId)
            .ToDictionaryAsync(o => o.Id, o => (o.OrganisationNumber, o.Name), cancellationToken);
        var paid = await db.Set<PaymentLine>().AsNoTracking().Where(l => l.ChildId == id)
            .Join(db.Set<PaymentMonth>(), l => l.PaymentMonthId, m => m.Id, (l, m) => new { m.Month, l })
            .ToListAsync(cancellationToken);
        await audit.WriteAsync(actor, AuditActions.Read, nameof(CompensationChild), child.Id.ToString(), $"child {child.Key}", cancellationToken);
        return new Details(child.Id, child.Key, child.Personnummer, child.BirthDate,
            child.Enrollments.OrderBy(e => e.Start)
                .Select(e => new EnrollmentView(e.Id, e.ProviderId, names.GetValueOrDefault(e.ProviderId).OrganisationNumber ?? "",
                    names.GetValueOrDefault(e.ProviderId).Name ?? "", e.Start, e.End, e.Notice)).ToList(),
            paid.OrderBy(p => p.Month, StringComparer.Ordinal).ThenBy(p => p.l.ForMonth, StringComparer.Ordinal)
                .Select(p => new PaidLine(p.Month, p.l.ForMonth, names.GetValueOrDefault(p.l.ProviderId).Name ?? "", p.l.Kind, p.l.Amount, p.l.Explanation)).ToList(),
            tenant.CanChange);
    }
}
