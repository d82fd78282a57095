namespace Samverka.Modules.Organisations.Contracts;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>Kommun.</summary>
    Municipality = 1,

    /// <summary>Region.</summary>
    Region = 2,

    /// <summary>Gemensam organisation: a body several municipalities run together (e.g. a joint foster-home unit),
    /// hosted by one of them.</summary>
    JointOrganisation = 3,

    /// <summary>Anordnare: runs care or education for a municipality.</summary>
    Provider = 4,

    /// <summary>Förening.</summary>
    Association = 5,

    /// <summary>Stiftelse.</summary>
    Foundation = 6,

    /// <summary>Myndighet, e.g. Försäkringskassan.</summary>
    Agency = 7,
}

public static class OrganisationKinds
{
    public static IReadOnlyList<OrganisationKind> All { get; } = Enum.GetValues<OrganisationKind>();

    public static string SwedishName(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Municipality => "Kommun",
        OrganisationKind.Region => "Region",
        OrganisationKind.JointOrganisation => "Gemensam organisation",
        OrganisationKind.Provider => "Anordnare",
        OrganisationKind.Association => "Förening",
        OrganisationKind.Foundation => "Stiftelse",
        OrganisationKind.Agency => "Myndighet",
        _ => kind.ToString(),
    };

    public static string EnglishName(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Municipality => "Municipality",
        OrganisationKind.Region => "Region",
        OrganisationKind.JointOrganisation => "Joint organisation",
        OrganisationKind.Provider => "Provider",
        OrganisationKind.Association => "Association",
        OrganisationKind.Foundation => "Foundation",
        OrganisationKind.Agency => "Agency",
        _ => kind.ToString(),
    };

    /// <summary>Public bodies are registered by an administrator only; a municipality registers its partners.</summary>
    public static bool IsPublicBody(this OrganisationKind kind) =>
        kind is OrganisationKind.Municipality or OrganisationKind.Region or OrganisationKind.JointOrganisation or OrganisationKind.Agency;

    /// <summary>Reads a kind from its code name (<c>Provider</c>) or its Swedish or English display name (<c>Anordnare</c>), ignoring case.</summary>
    public static bool TryParse(string? text, out OrganisationKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        foreach (var k in All)
        {
            if (string.Equals(k.ToString(), t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.SwedishName(), t, StringComparison.OrdinalIgnoreCase)
                || string.Equals(k.EnglishName(), t, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        return false;
    }
}
