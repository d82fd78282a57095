using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules;
using Samverka.Modules.Grants;
using Samverka.Modules.Grants.News;
using Samverka.Modules.Identity;
using Samverka.Web.Api;
using Samverka.Web.Forms;

namespace Samverka.Web.Pages.Grants.News;

/// <summary>The public news page: every municipality's published grant news, and subscribing by e-mail (anyone) or
/// as an organisation (its signed-in users).</summary>
[AllowAnonymous]
public sealed class IndexModel(ListGrantNews list, SubscribeToGrantNews subscribe, SamverkaDbContext db) : PageModel
{
    [BindProperty] public SubscribeToGrantNews.Input Input { get; set; } = new();

    [BindProperty] public SubscribeToGrantNews.Input Organisation { get; set; } = new();

    [BindProperty(SupportsGet = true)] public bool Subscribed { get; set; }

    public IReadOnlyList<ListGrantNews.Item> Items { get; private set; } = [];

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public IReadOnlyList<FieldView> OrganisationFields { get; private set; } = [];

    public bool IsOfficer { get; private set; }

    public bool IsPartner { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await BuildAsync(cancellationToken);

    public Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken) => SubscribeAsync(Input, nameof(Input), cancellationToken);

    public Task<IActionResult> OnPostSubscribeOrganisationAsync(CancellationToken cancellationToken)
    {
        Organisation.Email = null;
        Organisation.OrganisationId = GrantNewsApi.Visitor(HttpContext).OrganisationId;
        return SubscribeAsync(Organisation, nameof(Organisation), cancellationToken);
    }

    private async Task<IActionResult> SubscribeAsync(SubscribeToGrantNews.Input input, string prefix, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await subscribe.HandleAsync(input, GrantNewsApi.Visitor(HttpContext), cancellationToken);
            return Redirect("/grants/news?subscribed=true#subscribe");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (InputProblemsException e)
        {
            // An organisation subscribes with its registered address: a problem with it is shown at the one field of that form.
            foreach (var p in e.Problems) ModelState.AddModelError($"{prefix}.{(p.Field == "OrganisationId" ? "MunicipalityId" : p.Field)}", p.Message);
            await BuildAsync(cancellationToken);
            return Page();
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        var actor = GrantNewsApi.Visitor(HttpContext);
        IsOfficer = GrantsStore.IsOfficer(actor);
        IsPartner = GrantsStore.IsApplicant(actor);
        Items = await list.HandleAsync(cancellationToken: cancellationToken);
        var municipalities = await NewsForms.MunicipalitiesAsync(db, cancellationToken);
        Fields = NewsForms.Subscription(ModelState, "Input", Input, municipalities, withEmail: true);
        OrganisationFields = NewsForms.Subscription(ModelState, "Organisation", Organisation, municipalities, withEmail: false);
    }
}
