using System.Globalization;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>Reports the value of an agreed indicator for a year of the term: the partner organisation's users (the only
/// change they may make to their partnership) or the municipality's grant officers. A year is reported once.</summary>
public sealed class ReportIndicatorValue(SamverkaDbContext db, OrganisationScope scope, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public Guid? IndicatorId { get; set; }

        public int? Year { get; set; }

        public decimal? Value { get; set; }

        public string? Comment { get; set; }
    }

    public async Task HandleAsync(Guid partnershipId, Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        var p = await PartnershipAccess.FindAsync(db, scope, partnershipId, actor, cancellationToken);
        if (!PartnershipAccess.IsPartnerOf(actor, p) && !GrantsStore.IsOfficer(actor))
            throw new AccessDeniedException("Only the partner's users and grant officers report indicator values.");
        var source = $"partnership {p.Reference}";
        var problems = new List<InputProblem>();
        var indicator = p.Indicators.SingleOrDefault(i => i.Id == input.IndicatorId);
        if (indicator is null) problems.Add(new(source, null, "IndicatorId", "is not an indicator of this partnership"));
        if (input.Year is null) problems.Add(new(source, null, "Year", "is required"));
        else if (!PartnershipRules.InTerm(p.From, p.To, input.Year.Value))
            problems.Add(new(source, null, "Year", string.Create(CultureInfo.InvariantCulture, $"{input.Year} is outside the term {p.From:yyyy-MM-dd} – {p.To:yyyy-MM-dd}")));
        else if (indicator?.Values.Any(v => v.Year == input.Year) == true)
            problems.Add(new(source, null, "Year", string.Create(CultureInfo.InvariantCulture, $"{indicator.Name} is already reported for {input.Year}")));
        if (input.Value is null) problems.Add(new(source, null, "Value", "is required"));
        if (input.Comment?.Length > 1000) problems.Add(new(source, null, "Comment", "must be at most 1000 characters"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        db.Add(new PartnershipIndicatorValue
        {
            IndicatorId = indicator!.Id, Year = input.Year!.Value, Value = input.Value!.Value, Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(),
            ReportedAt = clock.GetUtcNow().UtcDateTime, ReportedBy = actor.UserName,
        });
        audit.Add(actor, AuditActions.Create, nameof(PartnershipIndicatorValue), p.Reference,
            string.Create(CultureInfo.InvariantCulture, $"{indicator.Name} {input.Year}: {input.Value}"));
        await db.SaveChangesAsync(cancellationToken);
    }
}
