using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Modules.Grants.News;

namespace Samverka.Web.Pages.Grants.News;

/// <summary>One published news item: public.</summary>
[AllowAnonymous]
public sealed class ItemModel(ListGrantNews list) : PageModel
{
    public ListGrantNews.Item Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((await list.HandleAsync(id, 1, cancellationToken)).SingleOrDefault() is not { } item) return NotFound();
        Item = item;
        return Page();
    }
}
