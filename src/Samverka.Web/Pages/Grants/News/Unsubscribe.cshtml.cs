using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants.News;
using Samverka.Web.Api;
using Samverka.Web.Forms;

namespace Samverka.Web.Pages.Grants.News;

/// <summary>The unsubscribe link of every mail: a GET shows a button (link checkers in mail systems must not end
/// subscriptions), the POST ends it.</summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(UnsubscribeFromGrantNews unsubscribe) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public string? Ended { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            Ended = await unsubscribe.HandleAsync(Token, GrantNewsApi.Visitor(HttpContext), cancellationToken);
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems) ModelState.AddModelError("", p.Message);
        }
        return Page();
    }
}
