using Samverka.Rules.Grants;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Partnerships;

/// <summary>How the partnership pages show the module's values.</summary>
public static class PartnershipsText
{
    public static string Party(PartnershipParty party) => Text.Translate(party == PartnershipParty.Municipality ? "The municipality" : "The partner");

    public static string Kind(ContributionKind kind) => Text.Translate(kind switch
    {
        ContributionKind.Money => "Money",
        ContributionKind.Premises => "Premises",
        _ => "Staff time",
    });

    public static string Number(decimal value) => value.ToString("#,##0.####", Text.IsEnglish ? Text.EnglishCulture : Text.SwedishCulture);
}
