using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.Partnerships;

/// <summary>Enters a partnership agreement (IOP) with a non-profit organisation of the registry and commits the
/// municipality's money per year in the budget ledger of the chosen programme, all or nothing: refused when the money
/// of any year exceeds what is left in that year of the programme's budget.</summary>
public sealed class CreatePartnership(SamverkaDbContext db, GrantsStore store, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public Guid? PartnerOrganisationId { get; set; }

        public Guid? ProgrammeId { get; set; }

        public string? Purpose { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        /// <summary>Lines <c>year; party; kind; value; hours; description</c> (see <see cref="PartnershipRules.ReadContributions"/>).</summary>
        public string? Contributions { get; set; }

        /// <summary>Lines <c>name; unit; target</c>.</summary>
        public string? Indicators { get; set; }

        public DecisionInput Decision { get; set; } = new();
    }

    public async Task<Guid> HandleAsync(Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor) || actor.OrganisationId is not { } owner) throw new AccessDeniedException("Only a grant officer enters partnerships.");
        const string source = "partnership";
        var problems = new List<InputProblem>();
        GrantProgramme? programme = null;
        if (input.ProgrammeId is null) problems.Add(new(source, null, "ProgrammeId", "is required"));
        else if ((programme = await (await store.VisibleProgrammesAsync(actor, cancellationToken)).SingleOrDefaultAsync(p => p.Id == input.ProgrammeId, cancellationToken)) is null)
            problems.Add(new(source, null, "ProgrammeId", "is not a programme of your municipality"));
        OrganisationInfo? partner = null;
        if (input.PartnerOrganisationId is null) problems.Add(new(source, null, "PartnerOrganisationId", "is required"));
        else if ((partner = await db.OrganisationInfos().SingleOrDefaultAsync(o => o.Id == input.PartnerOrganisationId, cancellationToken)) is null)
            problems.Add(new(source, null, "PartnerOrganisationId", "is not in the registry"));
        else if (partner.Kind is not (OrganisationKind.Association or OrganisationKind.Foundation))
            problems.Add(new(source, null, "PartnerOrganisationId", $"{partner.Name} is not a non-profit organisation (an association or a foundation)"));
        if (string.IsNullOrWhiteSpace(input.Purpose)) problems.Add(new(source, null, "Purpose", "is required"));
        else if (input.Purpose.Trim().Length > 2000) problems.Add(new(source, null, "Purpose", "must be at most 2000 characters"));
        if (input.From is null) problems.Add(new(source, null, "From", "is required"));
        if (input.To is null) problems.Add(new(source, null, "To", "is required"));
        var contributions = PartnershipRules.ReadContributions(source, "Contributions", input.Contributions, problems);
        if (contributions.Count == 0 && !problems.Any(p => p.Field == "Contributions")) problems.Add(new(source, null, "Contributions", "write at least one contribution"));
        var indicators = PartnershipRules.ReadIndicators(source, "Indicators", input.Indicators, problems);
        if (input.From is { } from && input.To is { } to) PartnershipRules.CheckTerm(source, from, to, contributions, problems);
        var decision = input.Decision.Read(source, "Decision.", problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var id = Guid.NewGuid();
        var reference = PartnershipRules.ReferencePrefix + id.ToString("N")[..8].ToUpperInvariant();
        var ledger = await store.LedgerAsync(programme!, cancellationToken);
        var entries = PartnershipRules.Commit(ledger, reference, decision!, PartnershipRules.MunicipalMoney(contributions), problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var partnership = new Partnership
        {
            Id = id, Reference = reference, OwnerOrganisationId = owner, PartnerOrganisationId = partner!.Id, ProgrammeId = programme!.Id,
            Purpose = input.Purpose!.Trim(), From = input.From!.Value, To = input.To!.Value,
            DecisionBody = decision!.Body, DecisionDate = decision.Date, DecisionReference = decision.Reference, DecisionTitle = decision.Title,
            CreatedAt = now, CreatedBy = actor.UserName,
            Contributions = contributions.Select((c, i) => new PartnershipContribution
            {
                PartnershipId = id, Position = i + 1, Year = c.Year, Party = c.Party, Kind = c.Kind, Value = c.Value, Hours = c.Hours, Description = c.Description,
            }).ToList(),
            Indicators = indicators.Select((x, i) => new PartnershipIndicator { Id = Guid.NewGuid(), PartnershipId = id, Position = i + 1, Name = x.Name, Unit = x.Unit, Target = x.Target }).ToList(),
        };
        db.Add(partnership);
        var note = $"IOP {partner.Name}";
        await store.AppendAsync(programme, entries.Select(e => (e, (string?)(note.Length > 300 ? note[..300] : note))), actor, now, cancellationToken);
        audit.Add(actor, AuditActions.Create, nameof(Partnership), reference,
            $"{partner.Name}: {GrantsStore.Years(PartnershipRules.MunicipalMoney(contributions))} ({decision.Reference})");
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
