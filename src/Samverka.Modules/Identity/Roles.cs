namespace Samverka.Modules.Identity;

/// <summary>The roles a user can have; the names are stored in the database, the display names are shown.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string GrantOfficer = "GrantOfficer";
    public const string Controller = "Controller";
    public const string CommitteeMember = "CommitteeMember";
    public const string JointUnitStaff = "JointUnitStaff";
    public const string PartnerUser = "PartnerUser";
    public const string Auditor = "Auditor";

    /// <summary>Every role, in the order they are listed.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Administrator, GrantOfficer, Controller, CommitteeMember, JointUnitStaff, PartnerUser, Auditor];

    /// <summary>Swedish display name (English name in parentheses is the code name).</summary>
    public static string SwedishName(string role) => role switch
    {
        Administrator => "Administratör",
        GrantOfficer => "Handläggare",
        Controller => "Controller",
        CommitteeMember => "Nämndledamot",
        JointUnitStaff => "Personal i gemensam enhet",
        PartnerUser => "Partner (anordnare eller förening)",
        Auditor => "Revisor",
        _ => role,
    };

    public static string EnglishName(string role) => role switch
    {
        Administrator => "Administrator",
        GrantOfficer => "Grant officer",
        Controller => "Controller",
        CommitteeMember => "Committee member",
        JointUnitStaff => "Joint unit staff",
        PartnerUser => "Partner (provider or association)",
        Auditor => "Auditor",
        _ => role,
    };
}
