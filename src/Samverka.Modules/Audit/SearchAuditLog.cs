using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Modules.Platform;

namespace Samverka.Modules.Audit;

/// <summary>Searches the audit log: by user, action, date range and subject, newest first unless sorted otherwise.</summary>
/// <remarks>An administrator searches everything; an auditor the entries of users in the organisations it can see
/// (its own, those it registered, its joint organisations' members).</remarks>
public sealed class SearchAuditLog(SamverkaDbContext db, OrganisationScope scope)
{
    /// <param name="User">Part of the user name.</param>
    /// <param name="Action">Exactly this action (see <see cref="AuditActions"/>).</param>
    /// <param name="From">First Swedish day, inclusive.</param>
    /// <param name="To">Last Swedish day, inclusive.</param>
    /// <param name="Subject">The subject type (<c>Organisation</c>) or id, or part of it.</param>
    /// <param name="Page">Which page, sorted how.</param>
    public sealed record Request(string? User, string? Action, DateOnly? From, DateOnly? To, string? Subject, PageRequest Page);

    /// <summary>The sort keys: <c>at</c> (default), <c>user</c>, <c>action</c>, <c>subject</c>.</summary>
    public static IReadOnlyDictionary<string, Expression<Func<AuditEntry, object?>>> SortKeys { get; } =
        new Dictionary<string, Expression<Func<AuditEntry, object?>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["at"] = e => e.Id, // ids grow with time, and sorting by them works on every provider
            ["user"] = e => e.UserName,
            ["action"] = e => e.Action,
            ["subject"] = e => e.SubjectType,
        };

    public async Task<PagedList<AuditEntry>> HandleAsync(Request request, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Administrator) && !actor.IsInRole(Roles.Auditor))
            throw new AccessDeniedException("Only an auditor or administrator may search the audit log.");
        var query = db.AuditEntries.AsNoTracking();
        if (await scope.VisibleOrganisationIdsAsync(actor, cancellationToken) is { } visible)
            query = query.Where(e => e.OrganisationId != null && visible.Contains(e.OrganisationId.Value));
        if (!string.IsNullOrWhiteSpace(request.User))
        {
            var user = request.User.Trim().ToLowerInvariant();
            query = query.Where(e => e.UserName.ToLower().Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(request.Action)) query = query.Where(e => e.Action == request.Action.Trim());
        if (request.From is { } from)
        {
            var fromUtc = SwedishTime.StartOfDayUtc(from);
            query = query.Where(e => e.At >= fromUtc);
        }
        if (request.To is { } to)
        {
            var toUtc = SwedishTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.At < toUtc);
        }
        if (!string.IsNullOrWhiteSpace(request.Subject))
        {
            var subject = request.Subject.Trim().ToLowerInvariant();
            query = query.Where(e => (e.SubjectType != null && e.SubjectType.ToLower().Contains(subject)) || (e.SubjectId != null && e.SubjectId.ToLower().Contains(subject)));
        }
        var page = request.Page.Sort is null ? request.Page with { Sort = "at", Descending = true } : request.Page;
        return await query.ToPagedListAsync(page, SortKeys, "at", e => e.Id, cancellationToken);
    }
}
