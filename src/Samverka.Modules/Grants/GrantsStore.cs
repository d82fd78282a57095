using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>Loads the Grants module's stored rows as the rule engine's values (programme year, ledger, applications)
/// and says who may do what. Shared by the module's use cases; not a use case itself.</summary>
public sealed class GrantsStore(SamverkaDbContext db, OrganisationScope scope)
{
    /// <summary>Officers and administrators run programmes, assess and propose.</summary>
    public static bool IsOfficer(Actor actor) => actor.IsInRole(Roles.GrantOfficer) || actor.IsInRole(Roles.Administrator);

    /// <summary>Who may read programmes, ledgers and every application of them (not only their own).</summary>
    public static bool IsReader(Actor actor) =>
        IsOfficer(actor) || actor.IsInRole(Roles.CommitteeMember) || actor.IsInRole(Roles.Controller) || actor.IsInRole(Roles.Auditor);

    /// <summary>An applicant: a partner user, who sees only the applications of its own organisation.</summary>
    public static bool IsApplicant(Actor actor) => actor.IsInRole(Roles.PartnerUser) && actor.OrganisationId is not null;

    public static OrganisationForm FormOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Association => OrganisationForm.NonProfitAssociation,
        OrganisationKind.Foundation => OrganisationForm.Foundation,
        _ => OrganisationForm.Other,
    };

    /// <summary>The programmes whose owner the actor's organisation can see (a municipality's own programmes);
    /// applicants see every programme (calls for applications are public).</summary>
    public async Task<IQueryable<GrantProgramme>> VisibleProgrammesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var query = db.GrantProgrammes.AsQueryable();
        if (!IsReader(actor)) return IsApplicant(actor) ? query : query.Where(_ => false);
        if (await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible)
            query = query.Where(p => visible.Contains(p.OwnerOrganisationId));
        return query;
    }

    /// <summary>The programme year with its programme and criteria, when the actor may see it.</summary>
    public async Task<GrantProgrammeYear?> FindYearAsync(Guid programmeYearId, Actor actor, CancellationToken cancellationToken)
    {
        var programmes = await VisibleProgrammesAsync(actor, cancellationToken);
        var ids = programmes.Select(p => p.Id);
        return await db.GrantProgrammeYears.Include(y => y.Programme).Include(y => y.Criteria)
            .Where(y => y.Id == programmeYearId && ids.Contains(y.ProgrammeId)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The application when the actor may see it: readers of its programme, or users of the applying organisation.</summary>
    public async Task<GrantApplicationRecord?> FindApplicationAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        var application = await db.GrantApplications.Include(a => a.Amounts)
            .Include(a => a.ProgrammeYear!).ThenInclude(y => y.Programme)
            .Include(a => a.ProgrammeYear!).ThenInclude(y => y.Criteria)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null) return null;
        if (IsApplicant(actor) && application.OrganisationId == actor.OrganisationId) return application;
        if (!IsReader(actor)) return null;
        return await scope.CanSeeAsync(actor, application.ProgrammeYear!.Programme!.OwnerOrganisationId, cancellationToken) ? application : null;
    }

    public async Task<BudgetLedger> LedgerAsync(GrantProgramme programme, CancellationToken cancellationToken)
    {
        var entries = await db.GrantLedgerEntries.Where(e => e.ProgrammeId == programme.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return entries.Count == 0 ? BudgetLedger.Empty(programme.Key) : BudgetLedger.Empty(programme.Key).Add(entries.Select(e => e.ToRule()));
    }

    /// <summary>Adds ledger rows after the programme's last one (the caller saves).</summary>
    public async Task AppendAsync(GrantProgramme programme, IEnumerable<(LedgerEntry Entry, string? Note)> entries, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var last = await db.GrantLedgerEntries.Where(e => e.ProgrammeId == programme.Id).Select(e => (long?)e.Sequence).MaxAsync(cancellationToken) ?? 0;
        foreach (var (entry, note) in entries)
        {
            var row = GrantLedgerEntry.From(programme.Id, entry, note, now, actor.UserName);
            row.Sequence = ++last;
            db.GrantLedgerEntries.Add(row);
        }
    }

    public static ProgrammeYear ToRule(GrantProgrammeYear y)
    {
        var p = y.Programme ?? throw new InvalidOperationException("The programme year is loaded without its programme.");
        return new ProgrammeYear(p.Key, p.Kind, y.Year, y.Pot,
            new ApplicationWindow(new DateTimeOffset(y.OpensAtUtc, TimeSpan.Zero), new DateTimeOffset(y.ClosesAtUtc, TimeSpan.Zero)),
            y.DecisionDate, Lines(y.PriorityAreas),
            y.Criteria.OrderBy(c => c.Position).Select(c => new AssessmentCriterion(c.Key, c.Name, c.Weight)).ToList(),
            y.CapPerYear, Forms(y.DirectForms), Forms(y.AfterAssessmentForms), y.MaxYears,
            new Decision(y.DecisionBody, y.DecisionDay, y.DecisionReference, y.DecisionTitle));
    }

    public static GrantApplication ToRule(GrantApplicationRecord a, OrganisationKind kind, GrantAmountKind amounts = GrantAmountKind.Applied)
    {
        var y = a.ProgrammeYear ?? throw new InvalidOperationException("The application is loaded without its programme year.");
        return new GrantApplication(a.Id.ToString(), y.Programme!.Key, y.Year, a.OrganisationId.ToString(), FormOf(kind),
            new DateTimeOffset(a.SubmittedAt ?? a.UpdatedAt, TimeSpan.Zero), AmountsOf(a, amounts))
        {
            PriorityAreas = Lines(a.PriorityAreas),
            Assessment = a.AssessmentEligible is { } eligible
                ? new IndividualAssessment(a.AssessmentOfficerName ?? a.AssessmentOfficerId ?? "", a.AssessmentDate ?? default, eligible, a.AssessmentReasoning ?? "")
                : null,
        };
    }

    public static IReadOnlyList<YearAmount> AmountsOf(GrantApplicationRecord a, GrantAmountKind kind) =>
        a.Amounts.Where(x => x.Kind == kind).OrderBy(x => x.Year).Select(x => new YearAmount(x.Year, x.Amount)).ToList();

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static IReadOnlySet<OrganisationForm> Forms(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<OrganisationForm>).ToHashSet();

    public static string Kr(decimal amount) => new Money(amount).ToSwedishString();

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Amounts per year as <c>2027: 150 000 kr, 2028: 150 000 kr</c>.</summary>
    public static string Years(IEnumerable<YearAmount> amounts) => string.Join(", ", amounts.Select(a => $"{Year(a.Year)}: {Kr(a.Amount)}"));
}
