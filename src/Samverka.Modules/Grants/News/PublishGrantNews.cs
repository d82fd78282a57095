using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants.News;

/// <summary>Publishes a grant news item of the officer's municipality (on the public news page and in the Atom feed)
/// and mails it to every active subscriber of that municipality. Each subscriber is mailed at most once per item: the
/// delivery is recorded before the mail is sent and then marked sent or failed, one subscriber at a time. Without an
/// SMTP server nothing is mailed and the item records it; <see cref="SendPendingAsync"/> mails those not yet mailed later.</summary>
public sealed class PublishGrantNews(SamverkaDbContext db, GrantNewsMail mail, AuditLog audit, TimeProvider clock)
{
    public sealed class Input
    {
        public string? Title { get; set; }

        public string? Body { get; set; }
    }

    /// <summary>What publishing did: mailed or not, and to how many.</summary>
    public sealed record Result(Guid Id, GrantNewsMailStatus MailStatus, int Sent, int Failed);

    public async Task<Result> HandleAsync(Input input, string publicBaseUrl, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor) || actor.OrganisationId is not { } municipality) throw new AccessDeniedException("Only a grant officer publishes grant news.");
        const string source = "news";
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(input.Title)) problems.Add(new(source, null, "Title", "is required"));
        else if (input.Title.Trim().Length > 200) problems.Add(new(source, null, "Title", "must be at most 200 characters"));
        if (string.IsNullOrWhiteSpace(input.Body)) problems.Add(new(source, null, "Body", "is required"));
        else if (input.Body.Trim().Length > 20_000) problems.Add(new(source, null, "Body", "must be at most 20000 characters"));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var item = new GrantNewsItem
        {
            Id = Guid.NewGuid(), MunicipalityId = municipality, Title = input.Title!.Trim(), Body = input.Body!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal),
            PublishedAt = clock.GetUtcNow().UtcDateTime, PublishedBy = actor.UserName,
            MailStatus = mail.IsConfigured ? GrantNewsMailStatus.Mailed : GrantNewsMailStatus.NoSmtpConfigured,
        };
        db.GrantNewsItems().Add(item);
        audit.Add(actor, AuditActions.Create, nameof(GrantNewsItem), item.Id.ToString(), item.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (item.MailStatus == GrantNewsMailStatus.NoSmtpConfigured) return new Result(item.Id, item.MailStatus, 0, 0);
        var (sent, failed) = await SendAsync(item, publicBaseUrl, cancellationToken);
        return new Result(item.Id, item.MailStatus, sent, failed);
    }

    /// <summary>Mails an item to the active subscribers not yet mailed it (those who subscribed since, or all when no
    /// SMTP server was configured at publishing). Nobody is mailed twice.</summary>
    public async Task<Result> SendPendingAsync(Guid itemId, string publicBaseUrl, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!GrantsStore.IsOfficer(actor)) throw new AccessDeniedException("Only a grant officer sends grant news.");
        var item = await db.GrantNewsItems().SingleOrDefaultAsync(i => i.Id == itemId && (actor.SeesEverything || i.MunicipalityId == actor.OrganisationId), cancellationToken)
            ?? throw new GrantNotFoundException("No such news item.");
        if (!mail.IsConfigured) throw new InputProblemsException([new InputProblem("news", null, "Smtp", "no SMTP server is configured, so nothing can be mailed")]);
        item.MailStatus = GrantNewsMailStatus.Mailed;
        audit.Add(actor, AuditActions.Update, nameof(GrantNewsItem), item.Id.ToString(), "mail pending subscribers");
        await db.SaveChangesAsync(cancellationToken);
        var (sent, failed) = await SendAsync(item, publicBaseUrl, cancellationToken);
        return new Result(item.Id, item.MailStatus, sent, failed);
    }

    private async Task<(int Sent, int Failed)> SendAsync(GrantNewsItem item, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var municipality = await db.OrganisationInfos().Where(o => o.Id == item.MunicipalityId).Select(o => o.Name).SingleAsync(cancellationToken);
        var mailed = db.GrantNewsDeliveries().Where(d => d.ItemId == item.Id).Select(d => d.SubscriberId);
        var pending = await db.GrantNewsSubscribers().Where(s => s.MunicipalityId == item.MunicipalityId && s.UnsubscribedAt == null && !mailed.Contains(s.Id))
            .OrderBy(s => s.Email).ToListAsync(cancellationToken);
        int sent = 0, failed = 0;
        foreach (var subscriber in pending)
        {
            // Claim first: once this row is saved, the subscriber is never mailed this item again.
            var delivery = new GrantNewsDelivery { ItemId = item.Id, SubscriberId = subscriber.Id, Email = subscriber.Email, Status = GrantNewsDeliveryStatus.Sending, At = clock.GetUtcNow().UtcDateTime };
            db.GrantNewsDeliveries().Add(delivery);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.Entry(delivery).State = EntityState.Detached; // claimed by a concurrent run
                continue;
            }
            try
            {
                await mail.SendAsync(subscriber.Email, Subject(item, municipality), Body(item, municipality, subscriber, publicBaseUrl), cancellationToken);
                delivery.Status = GrantNewsDeliveryStatus.Sent;
                sent++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException or FormatException)
            {
                delivery.Status = GrantNewsDeliveryStatus.Failed;
                delivery.Error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                failed++;
            }
            delivery.At = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        return (sent, failed);
    }

    /// <summary>The subject: <c>{title} – bidragsnyheter från {municipality}</c>.</summary>
    public static string Subject(GrantNewsItem item, string municipality) => $"{item.Title} – bidragsnyheter från {municipality}";

    /// <summary>The plain-text body in Swedish, with the link to the item and the subscriber's unsubscribe link.</summary>
    public static string Body(GrantNewsItem item, string municipality, GrantNewsSubscriber subscriber, string publicBaseUrl)
    {
        var baseUrl = publicBaseUrl.TrimEnd('/');
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(item.PublishedAt, ApplicationWindow.Stockholm)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            {item.Title}

            {item.Body}

            Publicerad {day} av {municipality}.
            Läs nyheten på webben: {baseUrl}/grants/news/{item.Id}

            Du får det här brevet eftersom {subscriber.Email} prenumererar på bidragsnyheter från {municipality}.
            Avsluta prenumerationen: {baseUrl}/grants/news/unsubscribe?token={subscriber.Token}
            """;
    }
}
