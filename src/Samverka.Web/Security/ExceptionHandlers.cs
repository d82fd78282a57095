using Microsoft.AspNetCore.Diagnostics;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Web.Api;

namespace Samverka.Web.Security;

/// <summary>API errors as ProblemDetails: bad input 400 naming the fields, access denied 403, anything else 500 without internals.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!context.Request.Path.StartsWithSegments("/api")) return false;
        switch (exception)
        {
            case InputProblemsException e:
                await e.ToValidationProblem().ExecuteAsync(context);
                return true;
            case AccessDeniedException:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            default:
                logger.LogError(exception, "Unhandled exception in {Path}", context.Request.Path);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                break;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception });
    }
}

/// <summary>A page that refuses an action: to the access-denied page.</summary>
public sealed class PageExceptionHandler : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not AccessDeniedException) return ValueTask.FromResult(false);
        context.Response.Redirect("/access-denied");
        return ValueTask.FromResult(true);
    }
}
