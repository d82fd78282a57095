using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules.Organisations;

/// <summary>Registers an organisation. Throws <see cref="InputProblemsException"/> naming every bad field.</summary>
public sealed class CreateOrganisation(SamverkaDbContext db, OrganisationScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(OrganisationInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var problems = input.Check(OrganisationInput.FormProblem);
        var visible = await scope.VisibleOrganisationIdsAsync(actor, cancellationToken);
        problems.AddRange(await OrganisationInput.CheckAgainstRegistryAsync(db, actor, visible, input, existing: null, OrganisationInput.FormProblem, cancellationToken));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Id = Guid.NewGuid(), RegisteredById = actor.SeesEverything ? null : actor.OrganisationId, CreatedAt = now, UpdatedAt = now };
        input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        audit.Add(actor, AuditActions.Create, nameof(Organisation), organisation.Id.ToString(), $"{organisation.OrganisationNumber} {organisation.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return organisation.Id;
    }
}
