using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Samverka.Modules;
using Samverka.Modules.Identity;

namespace Samverka.Web.Tests;

/// <summary>Every page and endpoint of the app, taken from its own endpoint data source, requested over HTTP by every
/// role and by an anonymous visitor. What each may do is worked out from the endpoint's own authorisation metadata
/// (its policy, or the fallback policy); a denial must be 401/403 or a redirect to sign-in or access-denied, never data,
/// and an allowed role must not be turned away. New endpoints are covered without touching this test.</summary>
public abstract class RoleMatrixTests(SamverkaAppFixture app)
{
    // Endpoints the framework or the host provides, where "declares its policy" is the host's business.
    private static readonly string[] FrameworkRoutes = ["/health/", "/openapi/", "/_"];

    [Fact]
    public void EveryEndpoint_DeclaresItsAuthorisation()
    {
        var undeclared = Endpoints()
            .Where(e => !FrameworkRoutes.Any(p => e.Route.StartsWith(p, StringComparison.Ordinal)))
            .Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => $"{string.Join(",", e.Methods)} {e.Route}")
            .ToList();
        Assert.True(undeclared.Count == 0, "These endpoints name no policy and rely on the fallback:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryRole_DeniesOrServesAsItsPolicySays()
    {
        var endpoints = Endpoints().ToList();
        Assert.True(endpoints.Count >= 10, $"Only {endpoints.Count} endpoints were found: the data source is not the app's.");

        var failures = new List<string>();
        var checkedRequests = 0;
        foreach (var role in Roles.All.Cast<string?>().Append(null))
        {
            using var client = role is null ? app.CreateClient() : await app.SignInAsync(DemoUserFor(role));
            var principal = role is null ? new ClaimsPrincipal(new ClaimsIdentity())
                : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], "test"));
            foreach (var endpoint in endpoints)
            {
                var allowed = await IsAllowedAsync(endpoint.Endpoint, principal);
                foreach (var method in endpoint.Methods)
                {
                    if (IsSignOut(endpoint.Route)) continue; // would end this client's session mid-matrix
                    if (IsDenialPage(endpoint.Route)) continue; // answers 403 to everyone: it is the denial
                    using var request = new HttpRequestMessage(new HttpMethod(method), endpoint.Url);
                    if (method is "POST" or "PUT" or "PATCH")
                    {
                        // The endpoint's own content type, so that content negotiation does not answer (415) before authorisation.
                        var contentType = endpoint.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json";
                        request.Content = new StringContent(contentType.Contains("json", StringComparison.Ordinal) ? "{}" : "", Encoding.UTF8, contentType);
                    }
                    using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                    checkedRequests++;
                    var denied = IsDenial(response);
                    var who = role ?? "anonymous";
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{who} {method} {endpoint.Url}: a server error {(int)response.StatusCode} (an empty or unknown request must get a clear answer)");
                    if (!allowed && !denied)
                        failures.Add($"{who} {method} {endpoint.Url}: expected a denial, got {(int)response.StatusCode} {response.Headers.Location}");
                    if (allowed && denied && !(method != "GET" && response.StatusCode == HttpStatusCode.BadRequest))
                        failures.Add($"{who} {method} {endpoint.Url}: allowed by its policy, but turned away with {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedRequests} requests broke the role matrix:\n" + string.Join("\n", failures));
    }

    /// <summary>The intended matrix, written out: the endpoint test above proves each endpoint obeys its policy,
    /// this one proves each policy admits exactly the roles it should.</summary>
    [Theory]
    [InlineData(Security.Policies.SignedIn, "Administrator,GrantOfficer,Controller,CommitteeMember,JointUnitStaff,PartnerUser,Auditor")]
    [InlineData(Security.Policies.ManageOrganisations, "Administrator,GrantOfficer,JointUnitStaff")]
    [InlineData(Security.Policies.ReadAuditLog, "Administrator,Auditor")]
    public async Task Policy_AdmitsExactlyItsRoles(string policyName, string admittedRoles)
    {
        var services = app.App.Services;
        var policy = await services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(policyName);
        Assert.NotNull(policy);
        var admitted = new List<string>();
        foreach (var role in Roles.All)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, role), new Claim(ClaimTypes.Role, role)], "test"));
            if ((await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, null, policy)).Succeeded) admitted.Add(role);
        }
        Assert.Equal(admittedRoles, string.Join(",", admitted));
        var anonymous = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), null, policy);
        Assert.False(anonymous.Succeeded);
    }

    [Fact]
    public async Task Anonymous_OnAnyNonPublicEndpoint_GetsNoData()
    {
        using var client = app.CreateClient();
        foreach (var endpoint in Endpoints().Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Methods.Contains("GET")))
        {
            using var response = await client.GetAsync(endpoint.Url, TestContext.Current.CancellationToken);
            Assert.True(IsDenial(response), $"GET {endpoint.Url} answered an anonymous visitor with {(int)response.StatusCode}");
        }
    }

    private static bool IsDenial(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/sign-in", StringComparison.Ordinal) || location.Contains("/access-denied", StringComparison.Ordinal));

    private static bool IsSignOut(string route) => route.Contains("sign-out", StringComparison.OrdinalIgnoreCase);

    private static bool IsDenialPage(string route) => route.StartsWith("/access-denied", StringComparison.Ordinal);

    private async Task<bool> IsAllowedAsync(Endpoint endpoint, ClaimsPrincipal principal)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return true;
        var services = app.App.Services;
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider,
                         endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                         endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                     ?? await policyProvider.GetFallbackPolicyAsync();
        if (policy is null) return true;
        var result = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, resource: null, policy);
        return result.Succeeded;
    }

    private static string DemoUserFor(string role) =>
        DemoData.Users.First(u => u.Role == role).Email;

    private sealed record EndpointCase(RouteEndpoint Endpoint, string Route, string Url, IReadOnlyList<string> Methods);

    private IEnumerable<EndpointCase> Endpoints()
    {
        var source = app.App.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (route.Contains("{**", StringComparison.Ordinal) || route.Contains("{*", StringComparison.Ordinal)) continue; // catch-alls (fallbacks)
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } m ? m : ["GET"];
            yield return new EndpointCase(endpoint, route, FillRoute(endpoint.RoutePattern), methods);
        }
    }

    /// <summary>A concrete URL for the pattern: parameters get a value of their constraint's kind (an id that exists
    /// nowhere, which is enough: a denial must come before any lookup, and an allowed role gets 404, not 401/403).</summary>
    private static string FillRoute(RoutePattern pattern)
    {
        var parts = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => SampleValue(parameter),
                    _ => "",
                });
            }
            parts.Add(text.ToString());
        }
        return "/" + string.Join("/", parts.Where(p => p.Length > 0));
    }

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("guid", StringComparison.Ordinal))) return "3f1b7c2e-0000-4000-8000-000000000001";
        if (constraints.Any(c => c.StartsWith("int", StringComparison.Ordinal) || c.StartsWith("long", StringComparison.Ordinal))) return "2026";
        if (parameter.Name.Contains("month", StringComparison.OrdinalIgnoreCase)) return "2026-11";
        if (parameter.Name.Contains("date", StringComparison.OrdinalIgnoreCase)) return "2026-11-23";
        if (parameter.Name.Contains("year", StringComparison.OrdinalIgnoreCase)) return "2026";
        if (parameter.Name.Contains("id", StringComparison.OrdinalIgnoreCase)) return "3f1b7c2e-0000-4000-8000-000000000001";
        return "x";
    }
}
