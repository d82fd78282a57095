using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules.Organisations;

/// <summary>Changes an organisation. Returns false when the actor cannot see it (or it does not exist).</summary>
/// <remarks>An administrator may change any organisation; others the organisations their own organisation registered
/// and their own organisation's contact details (but not its kind).</remarks>
public sealed class UpdateOrganisation(SamverkaDbContext db, OrganisationScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<bool> HandleAsync(Guid id, OrganisationInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var visible = await scope.VisibleOrganisationIdsAsync(actor, cancellationToken);
        var organisation = await db.Organisations.Include(o => o.Members).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null || (visible is not null && !visible.Contains(id))) return false;
        if (!CanChange(actor, organisation)) throw new AccessDeniedException("Only an administrator or the organisation that registered it may change this organisation.");

        var problems = input.Check(OrganisationInput.FormProblem);
        problems.AddRange(await OrganisationInput.CheckAgainstRegistryAsync(db, actor, visible, input, organisation, OrganisationInput.FormProblem, cancellationToken));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var before = $"{organisation.OrganisationNumber} {organisation.Name} {organisation.Kind}";
        input.ApplyTo(organisation);
        organisation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(Organisation), id.ToString(), $"{before} -> {organisation.OrganisationNumber} {organisation.Name} {organisation.Kind}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Whether the actor may change the organisation (which it can see).</summary>
    public static bool CanChange(Actor actor, Organisation organisation) =>
        actor.SeesEverything
        || (actor.OrganisationId is { } own && (organisation.RegisteredById == own || organisation.Id == own)
            && (actor.IsInRole(Roles.GrantOfficer) || actor.IsInRole(Roles.JointUnitStaff)));
}
