namespace Samverka.Web.Localization;

public static partial class Swedish
{
    // Child-care grants paid from and to the organisations registry's payee accounts.
    private static readonly Dictionary<string, string> CompensationRegistry = new(StringComparer.Ordinal)
    {
        ["Providers come from the organisations registry (kind Provider, registered by the municipality). A provider is paid from the day it is approved, to its payee account in the registry."] = "Anordnarna kommer från organisationsregistret (typ Anordnare, registrerade av kommunen). En anordnare får bidrag från den dag den är godkänd, till sitt utbetalningskonto i registret.",
        ["Grants are paid to the provider's payee account in the organisations registry. It is changed on the organisation."] = "Bidraget betalas till anordnarens utbetalningskonto i organisationsregistret. Det ändras på organisationen.",
        ["No payee account: the provider cannot be paid until one is recorded."] = "Inget utbetalningskonto: anordnaren kan inte få bidrag förrän ett är registrerat.",
        ["Change the payee account of {0}"] = "Ändra utbetalningskontot för {0}",
        ["Grants are paid from the municipality's payee account in the organisations registry. It is changed on the organisation."] = "Bidraget betalas från kommunens utbetalningskonto i organisationsregistret. Det ändras på organisationen.",
        ["No payee account: no month can be approved until one is recorded."] = "Inget utbetalningskonto: ingen månad kan attesteras förrän ett är registrerat.",
    };
}
