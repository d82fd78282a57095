namespace Samverka.Modules.Identity;

/// <summary>Who is doing something: the signed-in user (web, API) or the operator of the command line.
/// Use cases take it to decide what may be seen and to write the audit log.</summary>
/// <param name="UserId">The user's id, or null for the command line.</param>
/// <param name="UserName">The sign-in name, or <c>cli:</c> and the operating-system user.</param>
/// <param name="OrganisationId">The user's organisation (the tenant); null for the command line.</param>
/// <param name="Roles">The user's roles.</param>
/// <param name="RemoteIp">Where the request came from, when there was one.</param>
public sealed record Actor(string? UserId, string UserName, Guid? OrganisationId, IReadOnlySet<string> Roles, string? RemoteIp)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Administrators, and so the command line (run by whoever operates the server), see every organisation.</summary>
    public bool SeesEverything => IsInRole(Identity.Roles.Administrator);

    /// <summary>Someone not (yet) signed in, e.g. a failed sign-in attempt under the name given.</summary>
    public static Actor Anonymous(string userName, string? remoteIp) => new(null, userName, null, new HashSet<string>(), remoteIp);

    /// <summary>The operator of the command line: sees and may change everything.</summary>
    public static Actor CommandLine() =>
        new(null, "cli:" + Environment.UserName, null, new HashSet<string> { Identity.Roles.Administrator }, null);
}
