using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants.News;

/// <summary>Subscribes a person (any e-mail address, anyone may) or an organisation of the registry (its registered
/// address; its own users or a grant officer) to a municipality's grant news. Returns the unsubscribe token.</summary>
public sealed class SubscribeToGrantNews(SamverkaDbContext db, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public Guid? MunicipalityId { get; set; }

        public string? Email { get; set; }

        /// <summary>Instead of an address: an organisation of the registry, mailed at its registered address.</summary>
        public Guid? OrganisationId { get; set; }
    }

    public async Task<string> HandleAsync(Input input, Actor actor, CancellationToken cancellationToken = default)
    {
        const string source = "subscription";
        var problems = new List<InputProblem>();
        if (input.MunicipalityId is null) problems.Add(new(source, null, "MunicipalityId", "is required"));
        else if (!await db.OrganisationInfos().AnyAsync(o => o.Id == input.MunicipalityId && o.Kind == OrganisationKind.Municipality, cancellationToken))
            problems.Add(new(source, null, "MunicipalityId", "is not a municipality"));
        string? email = null;
        if (input.OrganisationId is { } organisationId)
        {
            if (!GrantsStore.IsOfficer(actor) && actor.OrganisationId != organisationId)
                throw new AccessDeniedException("Only the organisation's own users or a grant officer subscribe an organisation.");
            var organisation = await db.OrganisationInfos().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
            if (organisation is null) problems.Add(new(source, null, "OrganisationId", "is not in the registry"));
            else if (string.IsNullOrWhiteSpace(organisation.Email)) problems.Add(new(source, null, "OrganisationId", $"{organisation.Name} has no e-mail address in the registry"));
            else email = organisation.Email.Trim();
        }
        else if (string.IsNullOrWhiteSpace(input.Email)) problems.Add(new(source, null, "Email", "is required"));
        else if (!MailAddress.TryCreate(input.Email.Trim(), out var address) || address.Address != input.Email.Trim() || address.Address.Length > 256)
            problems.Add(new(source, null, "Email", "is not an e-mail address"));
        else email = address.Address;
        if (problems.Count == 0 && await db.GrantNewsSubscribers().AnyAsync(s => s.MunicipalityId == input.MunicipalityId && s.Email == email && s.UnsubscribedAt == null, cancellationToken))
            problems.Add(new(source, null, input.OrganisationId is null ? "Email" : "OrganisationId", $"{email} already subscribes"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var subscriber = new GrantNewsSubscriber
        {
            Id = Guid.NewGuid(), MunicipalityId = input.MunicipalityId!.Value, Email = email!, OrganisationId = input.OrganisationId,
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), SubscribedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.GrantNewsSubscribers().Add(subscriber);
        audit.Add(actor, AuditActions.Create, nameof(GrantNewsSubscriber), subscriber.Id.ToString(), subscriber.Email);
        await db.SaveChangesAsync(cancellationToken);
        return subscriber.Token;
    }
}
