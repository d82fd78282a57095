using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Platform;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>The decided grant years with their follow-up reports: an applicant's own (whatever the programme), or every
/// grant year of the programmes an officer or the committee may read, with those overdue on a day (today unless
/// another day is asked for) listed by <see cref="GrantPayments.Overdue"/>. Others see nothing.</summary>
public sealed class ListFollowUpReports(GrantsStore store, GrantPaymentStore payments)
{
    public sealed record Item(Guid ApplicationId, string Number, string Programme, string Organisation, int Year, decimal Amount, bool Paid,
        DateOnly Due, DateOnly? Submitted, bool Overdue);

    public sealed record Result(DateOnly OverdueOn, IReadOnlyList<Item> Items, IReadOnlyList<Item> Overdue);

    public async Task<Result> HandleAsync(DateOnly? overdueOn, Actor actor, CancellationToken cancellationToken = default)
    {
        var on = overdueOn ?? payments.Today;
        IReadOnlyList<GrantPaymentStore.GrantYear> years;
        if (GrantsStore.IsReader(actor))
        {
            var programmes = await store.VisibleProgrammesAsync(actor, cancellationToken);
            years = await payments.GrantYearsAsync(await programmes.Select(p => p.Id).ToListAsync(cancellationToken), null, cancellationToken);
        }
        else if (GrantsStore.IsApplicant(actor)) years = await payments.GrantYearsAsync(null, actor.OrganisationId, cancellationToken);
        else years = [];
        var overdue = GrantPayments.Overdue(years.Select(g => g.Report), on).Select(r => (r.ApplicationId, r.Year)).ToList();
        var items = years.Select(g => new Item(g.ApplicationId, g.Number, g.ProgrammeName, g.OrganisationName, g.Payment.Year, g.Payment.Amount, g.Paid,
            g.Report.Due, g.Report.Submitted, overdue.Contains((g.Payment.ApplicationId, g.Payment.Year)))).ToList();
        var overdueItems = overdue.Select(o => items.Single(i => i.ApplicationId.ToString() == o.ApplicationId && i.Year == o.Year)).ToList();
        return new Result(on, items, overdueItems);
    }
}

/// <summary>One grant year's follow-up report as its organisation and the officers see it; null when the report is not
/// submitted yet. The grant year must be one the actor may see (its own organisation's, or a readable programme's).</summary>
public sealed class GetFollowUpReport(GrantsStore store, GrantPaymentStore payments, SamverkaDbContext db, AuditLog audit)
{
    public sealed record Report(DateOnly SubmittedOn, string SubmittedBy, string Text, string? AttachmentName, DateTime? AcceptedAt, string? AcceptedBy);

    public sealed record Result(Guid ApplicationId, string Number, string Programme, string Organisation, int Year, decimal Amount, DateOnly Due, bool Overdue,
        Report? Submitted, bool CanSubmit, bool CanAccept);

    public sealed record File(string FileName, string ContentType, byte[] Content);

    public async Task<Result> HandleAsync(Guid applicationId, int year, Actor actor, CancellationToken cancellationToken = default)
    {
        var grantYear = await FindAsync(store, payments, applicationId, year, actor, cancellationToken);
        var r = await db.Set<GrantFollowUpReportRecord>().AsNoTracking().SingleOrDefaultAsync(x => x.ApplicationId == applicationId && x.Year == year, cancellationToken);
        var own = GrantsStore.IsApplicant(actor) && actor.OrganisationId == grantYear.OrganisationId;
        return new Result(applicationId, grantYear.Number, grantYear.ProgrammeName, grantYear.OrganisationName, year, grantYear.Payment.Amount, grantYear.Report.Due,
            grantYear.Report.IsOverdueOn(payments.Today),
            r is null ? null : new Report(r.SubmittedOn, r.SubmittedBy, r.Text, r.AttachmentName, r.AcceptedAt, r.AcceptedBy),
            own && r is null, GrantsStore.IsOfficer(actor) && r is { AcceptedAt: null });
    }

    /// <summary>The report's attached file, read audited.</summary>
    public async Task<File?> AttachmentAsync(Guid applicationId, int year, Actor actor, CancellationToken cancellationToken = default)
    {
        await FindAsync(store, payments, applicationId, year, actor, cancellationToken);
        var r = await db.Set<GrantFollowUpReportRecord>().AsNoTracking().SingleOrDefaultAsync(x => x.ApplicationId == applicationId && x.Year == year, cancellationToken);
        if (r?.AttachmentContent is null) return null;
        await audit.WriteAsync(actor, AuditActions.Read, nameof(GrantFollowUpReportRecord), r.Id.ToString(), r.AttachmentName, cancellationToken);
        return new File(r.AttachmentName!, r.AttachmentContentType!, r.AttachmentContent);
    }

    /// <summary>The decided grant year when the actor may see its application; otherwise <see cref="GrantNotFoundException"/>.</summary>
    internal static async Task<GrantPaymentStore.GrantYear> FindAsync(GrantsStore store, GrantPaymentStore payments, Guid applicationId, int year, Actor actor,
        CancellationToken cancellationToken)
    {
        var application = await store.FindApplicationAsync(applicationId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such application.");
        var years = await payments.GrantYearsAsync([application.ProgrammeYear!.ProgrammeId], application.OrganisationId, cancellationToken);
        return years.SingleOrDefault(g => g.ApplicationId == applicationId && g.Payment.Year == year)
            ?? throw new GrantNotFoundException(string.Create(CultureInfo.InvariantCulture, $"{year} is not a decided year of a grant in a closed round."));
    }
}

/// <summary>The association reports how a grant year's money was used: a text and, if it wants, a file (PDF, Word,
/// Excel, OpenDocument, text; at most 5 MB). Only the grant's own organisation, once per grant year; a late report is
/// accepted (the next year's payment is held only while it is missing).</summary>
public sealed class SubmitFollowUpReport(SamverkaDbContext db, GrantsStore store, GrantPaymentStore payments, AuditLog audit, TimeProvider clock)
{
    public const int MaxTextLength = 8000;

    public async Task HandleAsync(Guid applicationId, int year, string? text, string? fileName, Stream? content, long length, Actor actor,
        CancellationToken cancellationToken = default)
    {
        var grantYear = await GetFollowUpReport.FindAsync(store, payments, applicationId, year, actor, cancellationToken);
        if (!GrantsStore.IsApplicant(actor) || actor.OrganisationId != grantYear.OrganisationId)
            throw new AccessDeniedException("Only the grant's own organisation submits its follow-up report.");
        var source = string.Create(CultureInfo.InvariantCulture, $"application {grantYear.Number} {year}");
        var problems = new List<InputProblem>();
        if (await db.Set<GrantFollowUpReportRecord>().AnyAsync(r => r.ApplicationId == applicationId && r.Year == year, cancellationToken))
            problems.Add(new(source, null, "Report", string.Create(CultureInfo.InvariantCulture, $"the follow-up report for {year} is already submitted; a submitted report never changes")));
        if (string.IsNullOrWhiteSpace(text)) problems.Add(new(source, null, "Text", "is required: say how the money was used"));
        else if (text.Trim().Length > MaxTextLength) problems.Add(new(source, null, "Text", string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxTextLength} characters")));
        var name = content is null ? null : UploadedFiles.Check(source, fileName, length, problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new GrantFollowUpReportRecord
        {
            Id = Guid.NewGuid(), ApplicationId = applicationId, Year = year, Text = text!.Trim(), SubmittedOn = payments.Today, SubmittedAt = now, SubmittedBy = actor.UserName,
        };
        if (content is not null)
        {
            report.AttachmentContent = await UploadedFiles.ReadAsync(content, name!, source, cancellationToken);
            report.AttachmentName = name;
            report.AttachmentContentType = UploadedFiles.ContentType(name!);
        }
        db.Set<GrantFollowUpReportRecord>().Add(report);
        audit.Add(actor, AuditActions.Create, nameof(GrantFollowUpReportRecord), report.Id.ToString(),
            $"{source}: follow-up report submitted{(grantYear.Report.IsOverdueOn(report.SubmittedOn) ? " late" : "")}{(name is null ? "" : $" with {name}")}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An officer accepts a submitted follow-up report (once).</summary>
public sealed class AcceptFollowUpReport(SamverkaDbContext db, GrantsStore store, GrantPaymentStore payments, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid applicationId, int year, Actor actor, CancellationToken cancellationToken = default)
    {
        var grantYear = await GetFollowUpReport.FindAsync(store, payments, applicationId, year, actor, cancellationToken);
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer accepts follow-up reports.");
        var source = string.Create(CultureInfo.InvariantCulture, $"application {grantYear.Number} {year}");
        var report = await db.Set<GrantFollowUpReportRecord>().SingleOrDefaultAsync(r => r.ApplicationId == applicationId && r.Year == year, cancellationToken)
            ?? throw new InputProblemsException(new InputProblem(source, null, "Report", "no follow-up report is submitted yet"));
        if (report.AcceptedAt is not null)
            throw new InputProblemsException(new InputProblem(source, null, "Report", $"the report was accepted by {report.AcceptedBy} already"));
        report.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        report.AcceptedBy = actor.UserName;
        audit.Add(actor, AuditActions.Update, nameof(GrantFollowUpReportRecord), report.Id.ToString(), $"{source}: follow-up report accepted");
        await db.SaveChangesAsync(cancellationToken);
    }
}
