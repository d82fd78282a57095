using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Grants.News;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Web.Api;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants.News;

/// <summary>For grant officers: write and publish news (mailed to the subscribers), see how each mailing went, and
/// see and add the municipality's subscribers (a person's address or an organisation of the registry).</summary>
[Authorize(Policy = Policies.GrantsManage)]
public sealed class ManageModel(PublishGrantNews publish, ListGrantNewsMailings mailings, ListGrantNewsSubscribers subscribers, SubscribeToGrantNews subscribe,
    SamverkaDbContext db) : PageModel
{
    [BindProperty] public PublishGrantNews.Input Input { get; set; } = new();

    [BindProperty] public SubscribeToGrantNews.Input Subscriber { get; set; } = new();

    /// <summary>The item just published: the page says how its mailing went.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Published { get; set; }

    [BindProperty(SupportsGet = true)] public bool SubscriberAdded { get; set; }

    public ListGrantNewsMailings.Item? Outcome { get; private set; }

    public IReadOnlyList<ListGrantNewsMailings.Item> Mailings { get; private set; } = [];

    public IReadOnlyList<ListGrantNewsSubscribers.Item> Subscribers { get; private set; } = [];

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public IReadOnlyList<FieldView> SubscriberFields { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await BuildAsync(cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var result = await publish.HandleAsync(Input, GrantNewsApi.PublicBaseUrl(Request), HttpContext.Actor(), cancellationToken);
            return Redirect($"/grants/news/manage?published={result.Id}");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            await BuildAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            Subscriber.MunicipalityId = HttpContext.Actor().OrganisationId;
            if (Subscriber.OrganisationId is not null) Subscriber.Email = null;
            await subscribe.HandleAsync(Subscriber, HttpContext.Actor(), cancellationToken);
            return Redirect("/grants/news/manage?subscriberAdded=true#subscribers");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Subscriber));
            await BuildAsync(cancellationToken);
            return Page();
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        Mailings = await mailings.HandleAsync(HttpContext.Actor(), cancellationToken);
        Outcome = Mailings.FirstOrDefault(m => m.Id == Published);
        Subscribers = await subscribers.HandleAsync(HttpContext.Actor(), cancellationToken);
        var organisations = await db.OrganisationInfos().Where(o => o.Email != null && o.Email != "" && !(o.Kind == OrganisationKind.Municipality || o.Kind == OrganisationKind.Region))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        Fields =
        [
            FieldView.For(ModelState, "Input.Title", Text.Translate("Title"), Input.Title) with { Required = true },
            FieldView.For(ModelState, "Input.Body", Text.Translate("Text"), Input.Body) with { Type = "textarea", Required = true, Hint = Text.Translate("A blank line starts a new paragraph.") },
        ];
        SubscriberFields =
        [
            FieldView.For(ModelState, "Subscriber.Email", Text.Translate("E-mail address"), Subscriber.Email) with { Type = "email" },
            FieldView.For(ModelState, "Subscriber.OrganisationId", Text.Translate("Or an organisation (its registered address)"), Subscriber.OrganisationId?.ToString()) with
            {
                Type = "select", Options = [("", Text.Translate("No organisation")), .. organisations.Select(o => (o.Id.ToString(), o.Name))],
            },
        ];
    }
}
