using Samverka.Web.Security;

namespace Samverka.Web;

/// <summary>The modules in the navigation and on the start page, each with the policy that shows it.</summary>
public static class Navigation
{
    public sealed record Item(string Title, string Href, string Policy, string Description);

    public static IReadOnlyList<Item> Modules { get; } =
    [
        new("Organisations", "/organisations", Policies.SignedIn, "Municipalities, regions, joint organisations, providers, associations, foundations and agencies."),
        new("Audit log", "/audit", Policies.ReadAuditLog, "Who signed in, read, changed and exported what, and when."),
        new("Child-care grants", "/compensation", Policies.ReadCompensation, "Per-child grants to family networks and other providers: children, rate tables, payment months, payment files."),
        new("Foster care", "/foster-care", Policies.FosterCare, "The joint foster-home unit: homes, recruitment, placements, member agreements, cost split and invoices."),
        new("Grants", "/grants", Policies.SignedIn, "Grants to associations: programmes, budgets, applications, assessment, decisions."),
        new("Partnerships (IOP)", "/partnerships", Policies.SignedIn, "Partnership agreements with non-profit organisations: contributions, follow-up meetings and indicators."),
        new("Grant news", "/grants/news", Policies.SignedIn, "News about grants and partnerships from the municipalities."),
    ];
}

/// <summary>One step of the breadcrumb trail; the last has no link (it is the current page).</summary>
public sealed record Breadcrumb(string Text, string? Href = null);
