using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Modules.Identity;
using Samverka.Rules.Grants;
using Samverka.Web.Api;

namespace Samverka.Web.Security;

/// <summary>API errors as ProblemDetails, so endpoints need no try/catch of their own: bad input is a 400 naming
/// the fields, a refused action a 403 with its reason, a missing thing a 404, a change to something closed (or
/// changed by someone else at the same moment) a 409, anything else a 500 without internals.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already rewritten Request.Path to the error page; the path that failed is kept here.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (path is null || !new PathString(path).StartsWithSegments("/api")) return false;
        string? title = null, detail = null;
        switch (exception)
        {
            case InputProblemsException e:
                await e.ToValidationProblem().ExecuteAsync(context);
                return true;
            case AccessDeniedException e:
                (context.Response.StatusCode, title, detail) = (StatusCodes.Status403Forbidden, "Access denied.", e.Message);
                break;
            case GrantNotFoundException e:
                (context.Response.StatusCode, title, detail) = (StatusCodes.Status404NotFound, "Not found.", e.Message);
                break;
            case ClosedRoundCannotChangeException e:
                (context.Response.StatusCode, title, detail) = (StatusCodes.Status409Conflict, "The round is closed.", e.Message);
                break;
            case DbUpdateException e when ConcurrencyConflicts.IsConflict(e):
                (context.Response.StatusCode, title, detail) = (StatusCodes.Status409Conflict, "Changed by someone else.", ConcurrencyConflicts.Message);
                break;
            default:
                logger.LogError(exception, "Unhandled exception in {Path}", path);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                break;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Title = title, Detail = detail, Status = context.Response.StatusCode },
        });
    }
}

/// <summary>Pages need no try/catch for these either: a refused action goes to the access-denied page, and a thing the
/// user may not see (or that does not exist) is a 404, shown by the status page (<c>/error/404</c>).</summary>
public sealed class PageExceptionHandler : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case AccessDeniedException:
                context.Response.Redirect("/access-denied");
                return ValueTask.FromResult(true);
            case GrantNotFoundException:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return ValueTask.FromResult(true);
            default:
                return ValueTask.FromResult(false);
        }
    }
}

/// <summary>Two requests that changed the same thing at the same instant: the second save fails on a concurrency token
/// (<see cref="DbUpdateConcurrencyException"/>) or on a unique index (e.g. a ledger's sequence number), and nothing of
/// it is written.</summary>
public static class ConcurrencyConflicts
{
    public const string Message = "Someone else changed the same thing at the same moment; nothing of this request was saved. Reload and try again.";

    /// <summary>Whether the failed save lost a race (not a bug such as a missing reference): a concurrency token, or a
    /// unique index (PostgreSQL 23505, SQLite "UNIQUE constraint failed").</summary>
    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is System.Data.Common.DbException db
            && (db.SqlState == "23505" || db.Message.Contains("UNIQUE constraint failed", StringComparison.Ordinal));
}
