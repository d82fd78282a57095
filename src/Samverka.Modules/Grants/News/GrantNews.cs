using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Grants.News;

/// <summary>Someone who gets a municipality's grant news by e-mail: a person (any address) or an organisation of the
/// registry (its registered address). Unsubscribing with the token link ends the subscription; it is never deleted.</summary>
public sealed class GrantNewsSubscriber
{
    public Guid Id { get; set; }

    /// <summary>The municipality whose news the subscriber gets (the tenant).</summary>
    public Guid MunicipalityId { get; set; }

    public string Email { get; set; } = "";

    /// <summary>When an organisation subscribes: which one.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The secret in the unsubscribe link.</summary>
    public string Token { get; set; } = "";

    public DateTime SubscribedAt { get; set; }

    public DateTime? UnsubscribedAt { get; set; }
}

/// <summary>Whether a published item was mailed.</summary>
public enum GrantNewsMailStatus
{
    /// <summary>Mailed to the subscribers (each delivery says sent or failed).</summary>
    Mailed,

    /// <summary>No SMTP server is configured: nothing was mailed.</summary>
    NoSmtpConfigured,
}

/// <summary>A news item an officer published for the municipality's grants: public, in the feed, and mailed to subscribers.</summary>
public sealed class GrantNewsItem
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";

    public GrantNewsMailStatus MailStatus { get; set; }
}

/// <summary>How mailing one item to one subscriber went.</summary>
public enum GrantNewsDeliveryStatus
{
    /// <summary>Claimed and being sent (a crash leaves it here: it is never sent again).</summary>
    Sending,

    Sent,

    Failed,
}

/// <summary>One item mailed to one subscriber. The key (item, subscriber) means an item is never mailed twice to the
/// same subscriber: the row is written before the mail is sent.</summary>
public sealed class GrantNewsDelivery
{
    public Guid ItemId { get; set; }

    public Guid SubscriberId { get; set; }

    public string Email { get; set; } = "";

    public GrantNewsDeliveryStatus Status { get; set; }

    public string? Error { get; set; }

    public DateTime At { get; set; }
}

public static class GrantNewsData
{
    public static DbSet<GrantNewsSubscriber> GrantNewsSubscribers(this SamverkaDbContext db) => db.Set<GrantNewsSubscriber>();

    public static DbSet<GrantNewsItem> GrantNewsItems(this SamverkaDbContext db) => db.Set<GrantNewsItem>();

    public static DbSet<GrantNewsDelivery> GrantNewsDeliveries(this SamverkaDbContext db) => db.Set<GrantNewsDelivery>();
}

internal sealed class GrantNewsSubscriberConfiguration : IEntityTypeConfiguration<GrantNewsSubscriber>
{
    public void Configure(EntityTypeBuilder<GrantNewsSubscriber> s)
    {
        s.ToTable("GrantNewsSubscribers");
        s.HasKey(x => x.Id);
        s.ReferencesOrganisation(x => x.MunicipalityId);
        s.ReferencesOrganisation(x => x.OrganisationId);
        s.Property(x => x.Email).HasMaxLength(256).IsRequired();
        s.Property(x => x.Token).HasMaxLength(64).IsRequired();
        s.HasIndex(x => x.Token).IsUnique();
        s.HasIndex(x => new { x.MunicipalityId, x.Email });
        s.Property(x => x.SubscribedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        s.Property(x => x.UnsubscribedAt).HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : null);
    }
}

internal sealed class GrantNewsItemConfiguration : IEntityTypeConfiguration<GrantNewsItem>
{
    public void Configure(EntityTypeBuilder<GrantNewsItem> i)
    {
        i.ToTable("GrantNewsItems");
        i.HasKey(x => x.Id);
        i.ReferencesOrganisation(x => x.MunicipalityId);
        i.Property(x => x.Title).HasMaxLength(200).IsRequired();
        i.Property(x => x.Body).HasMaxLength(20000).IsRequired();
        i.Property(x => x.PublishedBy).HasMaxLength(256);
        i.Property(x => x.MailStatus).HasConversion<string>().HasMaxLength(30);
        i.HasIndex(x => x.PublishedAt);
        i.Property(x => x.PublishedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}

internal sealed class GrantNewsDeliveryConfiguration : IEntityTypeConfiguration<GrantNewsDelivery>
{
    public void Configure(EntityTypeBuilder<GrantNewsDelivery> d)
    {
        d.ToTable("GrantNewsDeliveries");
        d.HasKey(x => new { x.ItemId, x.SubscriberId });
        d.HasOne<GrantNewsItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        d.HasOne<GrantNewsSubscriber>().WithMany().HasForeignKey(x => x.SubscriberId).OnDelete(DeleteBehavior.Restrict);
        d.Property(x => x.Email).HasMaxLength(256);
        d.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        d.Property(x => x.Error).HasMaxLength(1000);
        d.Property(x => x.At).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
