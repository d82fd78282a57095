using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Modules.Grants.News;
using Samverka.Web.Security;

namespace Samverka.Web.Api;

/// <summary>Grant news over HTTP: the public Atom 1.0 feed at <c>/grants/news/feed.atom</c>, the public list, subscribing
/// and unsubscribing (anyone), and publishing and the subscriber list (grant officers) under <c>/api/grants/news</c>.</summary>
public static class GrantNewsApi
{
    public const string FeedPath = "/grants/news/feed.atom";

    public static IEndpointRouteBuilder MapGrantNewsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedPath, FeedAsync).WithName("GrantNewsFeed").WithTags("Grant news").AllowAnonymous();
        var api = app.MapGroup("/api/grants/news").WithTags("Grant news").WithProblemResponses();
        api.MapGet("/", ListAsync).WithName("ListGrantNews").AllowAnonymous();
        api.MapPost("/", PublishAsync).WithName("PublishGrantNews").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/{id:guid}/send", SendPendingAsync).WithName("SendPendingGrantNews").RequireAuthorization(Policies.GrantsManage);
        api.MapGet("/subscribers", SubscribersAsync).WithName("ListGrantNewsSubscribers").RequireAuthorization(Policies.GrantsManage);
        api.MapPost("/subscriptions", SubscribeAsync).WithName("SubscribeToGrantNews").AllowAnonymous();
        api.MapPost("/unsubscribe", UnsubscribeAsync).WithName("UnsubscribeFromGrantNews").AllowAnonymous();
        return app;
    }

    /// <summary>The address the app is reached at, for links in mails and the feed: <c>https://samverka.example.se</c>.</summary>
    public static string PublicBaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The signed-in user, or an anonymous visitor (news pages and subscribing are public).</summary>
    public static Modules.Identity.Actor Visitor(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.Actor() : Modules.Identity.Actor.Anonymous("anonymous visitor", http.Connection.RemoteIpAddress?.ToString());

    public sealed record UnsubscribeInput(string? Token);

    public static async Task<Ok<IReadOnlyList<ListGrantNews.Item>>> ListAsync(ListGrantNews list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(cancellationToken: cancellationToken));

    public static async Task<Created<PublishGrantNews.Result>> PublishAsync(PublishGrantNews.Input input, PublishGrantNews publish, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await publish.HandleAsync(input, PublicBaseUrl(http.Request), http.Actor(), cancellationToken);
        return TypedResults.Created($"/grants/news/{result.Id}", result);
    }

    public static async Task<Ok<PublishGrantNews.Result>> SendPendingAsync(Guid id, PublishGrantNews publish, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await publish.SendPendingAsync(id, PublicBaseUrl(http.Request), http.Actor(), cancellationToken));

    public static async Task<Ok<IReadOnlyList<ListGrantNewsSubscribers.Item>>> SubscribersAsync(ListGrantNewsSubscribers list, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.HandleAsync(http.Actor(), cancellationToken));

    public static async Task<NoContent> SubscribeAsync(SubscribeToGrantNews.Input input, SubscribeToGrantNews subscribe, HttpContext http, CancellationToken cancellationToken)
    {
        // The token is mailed with every item, not handed to whoever asks: anyone may subscribe any address.
        await subscribe.HandleAsync(input, Visitor(http), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> UnsubscribeAsync(UnsubscribeInput input, UnsubscribeFromGrantNews unsubscribe, HttpContext http, CancellationToken cancellationToken)
    {
        await unsubscribe.HandleAsync(input.Token, Visitor(http), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The published news as an Atom 1.0 feed (RFC 4287), newest first.</summary>
    public static async Task<IResult> FeedAsync(ListGrantNews list, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var items = await list.HandleAsync(cancellationToken: cancellationToken);
        var baseUrl = PublicBaseUrl(http.Request);
        const string atom = "http://www.w3.org/2005/Atom";
        static string Time(DateTime utc) => XmlConvert.ToString(DateTime.SpecifyKind(utc, DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, "sv");
            xml.WriteElementString("id", atom, baseUrl + "/grants/news");
            xml.WriteElementString("title", atom, "Bidragsnyheter");
            xml.WriteElementString("subtitle", atom, "Nyheter om föreningsbidrag och partnerskap från kommunerna i Samverka");
            xml.WriteElementString("updated", atom, Time(items.Count > 0 ? items.Max(i => i.PublishedAt) : clock.GetUtcNow().UtcDateTime));
            Link(xml, "self", baseUrl + FeedPath, "application/atom+xml");
            Link(xml, "alternate", baseUrl + "/grants/news", "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, "Samverka");
            xml.WriteEndElement();
            foreach (var item in items)
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, "urn:uuid:" + item.Id.ToString("D", CultureInfo.InvariantCulture));
                xml.WriteElementString("title", atom, item.Title);
                xml.WriteElementString("updated", atom, Time(item.PublishedAt));
                xml.WriteElementString("published", atom, Time(item.PublishedAt));
                Link(xml, "alternate", $"{baseUrl}/grants/news/{item.Id}", "text/html");
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, item.Municipality);
                xml.WriteEndElement();
                xml.WriteStartElement("content", atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(item.Body);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // The StringBuilder is UTF-16; the declaration must say what is sent.
        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8", Encoding.UTF8);

        static void Link(XmlWriter xml, string rel, string href, string type)
        {
            xml.WriteStartElement("link", atom);
            xml.WriteAttributeString("rel", rel);
            xml.WriteAttributeString("type", type);
            xml.WriteAttributeString("href", href);
            xml.WriteEndElement();
        }
    }
}
