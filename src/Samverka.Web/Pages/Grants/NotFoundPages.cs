using Microsoft.AspNetCore.Mvc;
using Samverka.Modules.Grants;

namespace Samverka.Web.Pages.Grants;

/// <summary>For the payment and follow-up pages: a programme, batch or grant year the actor may not see (or that does
/// not exist) is a 404 page, as on the other Grants pages.</summary>
internal static class NotFoundPages
{
    public static async Task<IActionResult> OrNotFoundAsync(Func<Task<IActionResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (GrantNotFoundException)
        {
            return new NotFoundResult();
        }
    }
}
