using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;

namespace Samverka.Modules.Organisations;

/// <summary>Registers the organisations of a CSV file, all or nothing: one bad row and nothing is written,
/// and the exception lists every bad row.</summary>
/// <remarks>
/// Columns (header names in English or Swedish, any order, comma or semicolon):
/// <c>OrganisationNumber</c>/<c>Organisationsnummer</c>, <c>Name</c>/<c>Namn</c>, <c>Kind</c>/<c>Typ</c> (required);
/// <c>Email</c>/<c>E-post</c>, <c>Phone</c>/<c>Telefon</c>, <c>Address</c>/<c>Adress</c>,
/// <c>MemberOf</c>/<c>MedlemI</c> (organisation number of a joint organisation, in the registry or earlier in the file),
/// <c>Host</c>/<c>Värd</c> (for a joint organisation: the organisation number of its host, which becomes a member) (optional).
/// A kind is written as its code (<c>Provider</c>) or its Swedish or English name (<c>Anordnare</c>).
/// Numbers already in the registry are reported, not updated.
/// </remarks>
public sealed class ImportOrganisations(SamverkaDbContext db, OrganisationScope scope, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string Text, string FileName);

    public sealed record Result(int Created);

    private static readonly (string Field, string[] Headers)[] Columns =
    [
        (nameof(OrganisationInput.OrganisationNumber), ["OrganisationNumber", "Organisationsnummer"]),
        (nameof(OrganisationInput.Name), ["Name", "Namn"]),
        (nameof(OrganisationInput.Kind), ["Kind", "Typ"]),
        (nameof(OrganisationInput.Email), ["Email", "E-post"]),
        (nameof(OrganisationInput.Phone), ["Phone", "Telefon"]),
        (nameof(OrganisationInput.Address), ["Address", "Adress"]),
        ("MemberOf", ["MemberOf", "MedlemI"]),
        (nameof(OrganisationInput.HostId), ["Host", "Värd"]),
    ];

    public async Task<Result> HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        var table = CsvTable.Parse(request.Text, request.FileName);
        string Header(string field)
        {
            var headers = Columns.SingleOrDefault(c => c.Field == field).Headers ?? [field];
            return headers.FirstOrDefault(table.HasColumn) ?? headers[0];
        }
        var problems = new List<InputProblem>();
        foreach (var required in new[] { nameof(OrganisationInput.OrganisationNumber), nameof(OrganisationInput.Name), nameof(OrganisationInput.Kind) })
            if (!Columns.Single(c => c.Field == required).Headers.Any(table.HasColumn))
                problems.Add(new InputProblem(table.Source, 1, Header(required), $"the header has no column '{Header(required)}' (found: {string.Join(",", table.Header)})"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        if (table.Rows.Count == 0) throw new InputProblemsException(new InputProblem(table.Source, null, "(file)", "the file has no rows"));

        var visible = await scope.VisibleOrganisationIdsAsync(actor, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var inFile = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        var created = new List<(Organisation Organisation, CsvRow Row, string? MemberOf, string? Host)>();
        foreach (var row in table.Rows)
        {
            InputProblem Problem(string field, string message) => row.Problem(Header(field), message);
            var kindText = row.Get(Header(nameof(OrganisationInput.Kind)));
            var input = new OrganisationInput
            {
                OrganisationNumber = row.Get(Header(nameof(OrganisationInput.OrganisationNumber))),
                Name = row.Get(Header(nameof(OrganisationInput.Name))),
                Kind = OrganisationKinds.TryParse(kindText, out var kind) ? kind : null,
                Email = row.Get(Header(nameof(OrganisationInput.Email))),
                Phone = row.Get(Header(nameof(OrganisationInput.Phone))),
                Address = row.Get(Header(nameof(OrganisationInput.Address))),
            };
            var rowProblems = input.Check(Problem);
            if (kindText is not null && input.Kind is null)
            {
                rowProblems.RemoveAll(p => p.Field == Header(nameof(OrganisationInput.Kind)));
                rowProblems.Add(Problem(nameof(OrganisationInput.Kind), $"'{kindText}' is not a kind (one of: {string.Join(", ", OrganisationKinds.All.Select(k => k.SwedishName()))})"));
            }
            rowProblems.AddRange(await OrganisationInput.CheckAgainstRegistryAsync(db, actor, visible, input, existing: null, Problem, cancellationToken));
            var number = OrganisationNumbers.Normalise(input.OrganisationNumber, out _);
            if (number is not null && inFile.ContainsKey(number))
                rowProblems.Add(Problem(nameof(OrganisationInput.OrganisationNumber), "appears more than once in the file"));
            var host = row.Get(Header(nameof(OrganisationInput.HostId)));
            if (host is not null && input.Kind is not OrganisationKind.JointOrganisation)
                rowProblems.Add(Problem(nameof(OrganisationInput.HostId), "only a joint organisation has a host"));
            problems.AddRange(rowProblems);
            if (rowProblems.Count > 0 || number is null) continue;

            var organisation = new Organisation { Id = Guid.NewGuid(), RegisteredById = actor.SeesEverything ? null : actor.OrganisationId, CreatedAt = now, UpdatedAt = now };
            input.ApplyTo(organisation);
            inFile[number] = organisation;
            created.Add((organisation, row, row.Get(Header("MemberOf")), host));
        }

        // Memberships and hosts may name organisations earlier or later in the file, or already in the registry.
        foreach (var (organisation, row, memberOf, host) in created)
        {
            if (memberOf is not null)
            {
                var joint = await FindAsync(memberOf, inFile, visible, cancellationToken);
                if (joint is null || joint.Kind != OrganisationKind.JointOrganisation)
                    problems.Add(row.Problem(Header("MemberOf"), $"'{memberOf}' is not a joint organisation in the registry or in the file"));
                else if (!actor.SeesEverything && !inFile.ContainsKey(joint.OrganisationNumber))
                    problems.Add(row.Problem(Header("MemberOf"), "only an administrator can add members to a joint organisation already in the registry"));
                else joint.Members.Add(new OrganisationMembership { JointOrganisationId = joint.Id, MemberId = organisation.Id });
            }
            if (host is not null)
            {
                var hostOrganisation = await FindAsync(host, inFile, visible, cancellationToken);
                if (hostOrganisation is null)
                    problems.Add(row.Problem(Header(nameof(OrganisationInput.HostId)), $"'{host}' is not an organisation in the registry or in the file"));
                else
                {
                    organisation.HostId = hostOrganisation.Id;
                    if (organisation.Members.All(m => m.MemberId != hostOrganisation.Id))
                        organisation.Members.Add(new OrganisationMembership { JointOrganisationId = organisation.Id, MemberId = hostOrganisation.Id });
                }
            }
        }
        if (problems.Count > 0)
            throw new InputProblemsException(problems.OrderBy(p => p.Line ?? 0).ToList());

        db.Organisations.AddRange(created.Select(c => c.Organisation));
        audit.Add(actor, AuditActions.Import, nameof(Organisation), null, $"{request.FileName}: {created.Count} organisations");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(created.Count);
    }

    private async Task<Organisation?> FindAsync(string numberText, Dictionary<string, Organisation> inFile, IReadOnlySet<Guid>? visible, CancellationToken cancellationToken)
    {
        if (OrganisationNumbers.Normalise(numberText, out _) is not { } number) return null;
        if (inFile.TryGetValue(number, out var o)) return o;
        var existing = await db.Organisations.Include(x => x.Members).SingleOrDefaultAsync(x => x.OrganisationNumber == number, cancellationToken);
        return existing is not null && (visible is null || visible.Contains(existing.Id)) ? existing : null;
    }
}
