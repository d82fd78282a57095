using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>An applicant saves an application as a draft, or submits it. A submission is checked by
/// <see cref="ApplicationRules.ValidateSubmission"/> at the current instant: outside the window, an amount above
/// the cap or not above zero, too many years, an unknown priority area or a form that cannot be eligible are refused,
/// and nothing is written. A submitted application can no longer be changed by the applicant.</summary>
public sealed class SaveGrantApplication(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public string? Purpose { get; set; }

        public string? Activities { get; set; }

        public string? TargetGroup { get; set; }

        public List<string> PriorityAreas { get; set; } = [];

        public string? Budget { get; set; }

        /// <summary>Amount for the programme year, the year after and the year after that (leave later years empty).</summary>
        public decimal? Amount1 { get; set; }

        public decimal? Amount2 { get; set; }

        public decimal? Amount3 { get; set; }
    }

    /// <summary>Creates (when <paramref name="applicationId"/> is null) or updates the applicant's draft, and submits it when asked.</summary>
    /// <returns>The application's id.</returns>
    public async Task<Guid> HandleAsync(Guid programmeYearId, Guid? applicationId, Input input, bool submit, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsApplicant(actor)) throw new AccessDeniedException("Only an organisation's own users apply for grants.");
        var year = await store.FindYearAsync(programmeYearId, actor, cancellationToken) ?? throw new GrantNotFoundException("No such programme year.");
        var organisation = await db.OrganisationInfos().SingleAsync(o => o.Id == actor.OrganisationId, cancellationToken);
        GrantApplicationRecord? application = null;
        if (applicationId is { } id)
        {
            application = await db.GrantApplications.Include(a => a.Amounts).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (application is null || application.OrganisationId != organisation.Id || application.ProgrammeYearId != year.Id)
                throw new GrantNotFoundException("No such application of your organisation.");
            if (application.Status != GrantApplicationStatus.Draft)
                throw new InputProblemsException(new InputProblem(Source(year, application), null, "Status", "the application is already submitted and can no longer be changed"));
        }

        var source = Source(year, application);
        var problems = new List<InputProblem>();
        void Add(string field, string message) => problems.Add(new InputProblem(source, null, field, message));
        Limit(input.Purpose, "Purpose", 4000, Add);
        Limit(input.Activities, "Activities", 4000, Add);
        Limit(input.TargetGroup, "TargetGroup", 2000, Add);
        Limit(input.Budget, "Budget", 4000, Add);
        var amounts = new List<YearAmount>();
        foreach (var (amount, offset) in new[] { (input.Amount1, 0), (input.Amount2, 1), (input.Amount3, 2) })
            if (amount is { } a) amounts.Add(new YearAmount(year.Year + offset, a));
        if (amounts.Any(a => a.Amount < 0)) foreach (var a in amounts.Where(a => a.Amount < 0)) Add(AmountField(year.Year, a.Year), $"{GrantsStore.Kr(a.Amount)} is negative");
        var now = clock.GetUtcNow();
        if (submit)
        {
            if (string.IsNullOrWhiteSpace(input.Purpose)) Add("Purpose", "is required");
            if (string.IsNullOrWhiteSpace(input.Activities)) Add("Activities", "is required");
            if (string.IsNullOrWhiteSpace(input.TargetGroup)) Add("TargetGroup", "is required");
            if (string.IsNullOrWhiteSpace(input.Budget)) Add("Budget", "is required");
            var rule = GrantsStore.ToRule(year);
            var candidate = new GrantApplication(application?.Id.ToString() ?? "new", rule.ProgrammeId, rule.Year, organisation.Id.ToString(),
                GrantsStore.FormOf(organisation.Kind), now, amounts) { PriorityAreas = input.PriorityAreas };
            foreach (var p in ApplicationRules.ValidateSubmission(rule, candidate))
                if (problems.All(x => x.Message != p.Message)) problems.Add(p with { Source = source, Field = FormField(p.Field, year.Year) });
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var utc = now.UtcDateTime;
        if (application is null)
        {
            var number = await db.GrantApplications.CountAsync(a => a.ProgrammeYearId == year.Id, cancellationToken) + 1;
            application = new GrantApplicationRecord
            {
                Id = Guid.NewGuid(), ProgrammeYearId = year.Id, Number = number, OrganisationId = organisation.Id,
                Status = GrantApplicationStatus.Draft, CreatedAt = utc,
            };
            db.GrantApplications.Add(application);
        }
        application.Purpose = input.Purpose?.Trim() ?? "";
        application.Activities = input.Activities?.Trim() ?? "";
        application.TargetGroup = input.TargetGroup?.Trim() ?? "";
        application.Budget = input.Budget?.Trim() ?? "";
        application.PriorityAreas = string.Join('\n', input.PriorityAreas.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct());
        application.UpdatedAt = utc;
        application.Amounts.RemoveAll(a => a.Kind == GrantAmountKind.Applied);
        foreach (var a in amounts) application.Amounts.Add(new GrantApplicationAmount { ApplicationId = application.Id, Kind = GrantAmountKind.Applied, Year = a.Year, Amount = a.Amount });
        if (submit)
        {
            application.Status = GrantApplicationStatus.Submitted;
            application.SubmittedAt = utc;
        }
        audit.Add(actor, applicationId is null ? AuditActions.Create : AuditActions.Update, nameof(GrantApplicationRecord), application.Id.ToString(),
            $"{application.DisplayNumber(year.Year)} {organisation.Name}: {(submit ? "submitted" : "draft saved")}");
        await db.SaveChangesAsync(cancellationToken);
        return application.Id;
    }

    private static string Source(GrantProgrammeYear year, GrantApplicationRecord? application) =>
        application is null ? $"application to {year.Programme!.Key} {year.Year}" : $"application {application.DisplayNumber(year.Year)}";

    private static void Limit(string? text, string field, int max, Action<string, string> add)
    {
        if (text?.Trim().Length > max) add(field, $"must be at most {max.ToString(CultureInfo.InvariantCulture)} characters");
    }

    private static string AmountField(int first, int year) => "Amount" + (year - first + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The rule engine's field (<c>amounts[2028]</c>, <c>priority_areas</c>) as the form's field.</summary>
    private static string FormField(string field, int first)
    {
        if (field.StartsWith("amounts[", StringComparison.Ordinal) && int.TryParse(field[8..^1], CultureInfo.InvariantCulture, out var y) && y - first is >= 0 and <= 2)
            return AmountField(first, y);
        return field switch
        {
            "amounts" => "Amount1",
            "priority_areas" => "PriorityAreas",
            "submitted_at" => "Window",
            _ => field,
        };
    }
}
