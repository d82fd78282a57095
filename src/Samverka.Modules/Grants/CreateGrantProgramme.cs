using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants;

/// <summary>Creates a grant programme owned by the officer's municipality.</summary>
public sealed partial class CreateGrantProgramme(SamverkaDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(ProgrammeInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor) || actor.OrganisationId is not { } owner) throw new AccessDeniedException("Only a grant officer creates programmes.");
        const string source = "programme";
        var problems = new List<InputProblem>();
        var key = input.Key?.Trim().ToLowerInvariant() ?? "";
        if (key.Length == 0) problems.Add(new(source, null, "Key", "is required"));
        else if (!KeyPattern().IsMatch(key)) problems.Add(new(source, null, "Key", "use 2-60 lower-case letters a-z, digits and hyphens"));
        else if (await db.GrantProgrammes.AnyAsync(p => p.Key == key, cancellationToken)) problems.Add(new(source, null, "Key", "another programme has this key"));
        if (string.IsNullOrWhiteSpace(input.Name)) problems.Add(new(source, null, "Name", "is required"));
        else if (input.Name.Trim().Length > 200) problems.Add(new(source, null, "Name", "must be at most 200 characters"));
        if (input.Kind is null) problems.Add(new(source, null, "Kind", "is required"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var programme = new GrantProgramme
        {
            Id = Guid.NewGuid(), Key = key, Name = input.Name!.Trim(), Kind = input.Kind!.Value, OwnerOrganisationId = owner,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.GrantProgrammes.Add(programme);
        audit.Add(actor, AuditActions.Create, nameof(GrantProgramme), programme.Id.ToString(), $"{programme.Key} {programme.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return programme.Id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex KeyPattern();
}
