using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages;

/// <summary>The page shown for an unhandled error (<c>/error</c>, a 500) and, re-executed by the status-code pages, for
/// a page's 4xx without a body of its own (<c>/error/404</c>). The status code of the failed request is kept.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string? RequestId { get; private set; }

    public string Title => Code switch
    {
        404 => Text.Translate("Page not found"),
        >= 400 and < 500 => Text.Translate("The request could not be carried out"),
        _ => Text.Translate("Something went wrong"),
    };

    public void OnGet(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }

    public void OnPost(int? code) => OnGet(code);
}
