using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;

namespace Samverka.Modules.Grants.News;

/// <summary>Ends the subscription whose unsubscribe token is given (anyone holding the link may). Returns the address.</summary>
public sealed class UnsubscribeFromGrantNews(SamverkaDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<string> HandleAsync(string? token, Actor actor, CancellationToken cancellationToken = default)
    {
        var subscriber = string.IsNullOrWhiteSpace(token) ? null
            : await db.GrantNewsSubscribers().SingleOrDefaultAsync(s => s.Token == token.Trim() && s.UnsubscribedAt == null, cancellationToken);
        if (subscriber is null) throw new InputProblemsException([new InputProblem("subscription", null, "Token", "the link is not valid, or the subscription has already ended")]);
        subscriber.UnsubscribedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(actor, AuditActions.Update, nameof(GrantNewsSubscriber), subscriber.Id.ToString(), "unsubscribed");
        await db.SaveChangesAsync(cancellationToken);
        return subscriber.Email;
    }
}
