using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>The payment schedule of a programme: every decided grant year of its closed rounds with its payment month,
/// whether it is in a batch or paid, and why it is held when the previous year's follow-up report is overdue; and the
/// programme's batches.</summary>
public sealed class GetGrantPayments(SamverkaDbContext db, GrantPaymentStore payments)
{
    public sealed record Line(Guid ApplicationId, string Number, string Organisation, int Year, decimal Amount, string Month, DateOnly ReportDue,
        DateOnly? ReportSubmitted, Guid? BatchId, int? BatchNumber, bool Paid, IReadOnlyList<string> Holds);

    public sealed record Batch(Guid Id, int Number, DateOnly PaymentDate, int Payments, decimal Total, DateTime? ApprovedAt, string? ApprovedBy);

    public sealed record Result(Guid ProgrammeId, string ProgrammeName, DateOnly Today, IReadOnlyList<Line> Lines, IReadOnlyList<Batch> Batches);

    public async Task<Result> HandleAsync(Guid programmeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var programme = await payments.ProgrammeAsync(programmeId, actor, cancellationToken);
        var years = await payments.GrantYearsAsync([programme.Id], null, cancellationToken);
        var today = payments.Today;
        var lines = years.Select(g => new Line(g.ApplicationId, g.Number, g.OrganisationName, g.Payment.Year, g.Payment.Amount, g.Payment.Month.ToString(),
            g.Report.Due, g.Report.Submitted, g.BatchId, g.BatchNumber, g.Paid,
            g.BatchId is null ? GrantPaymentStore.Holds(g, years, Max(today, g.Payment.Month.FirstDay)).Select(p => p.Message).ToList() : [])).ToList();
        var batches = await db.Set<GrantPaymentBatch>().AsNoTracking().Where(b => b.ProgrammeId == programme.Id).OrderByDescending(b => b.Number)
            .Select(b => new Batch(b.Id, b.Number, b.PaymentDate, b.Payments.Count, b.Payments.Sum(p => p.Amount), b.ApprovedAt, b.ApprovedBy))
            .ToListAsync(cancellationToken);
        return new Result(programme.Id, programme.Name, today, lines, batches);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
