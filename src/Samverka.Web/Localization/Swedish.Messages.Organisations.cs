namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of Organisations (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesOrganisations = new(StringComparer.Ordinal)
    {
        ["is not bankgiro, plusgiro or IBAN"] = "är inte bankgiro, plusgiro eller IBAN",
        ["is required with a payee account number"] = "krävs tillsammans med ett mottagarkontonummer",
        ["is required with a payee account kind"] = "krävs tillsammans med en mottagarkontotyp",
        ["Only an administrator or the organisation that registered it may change this organisation."] = "Bara en administratör eller den organisation som registrerade den får ändra den här organisationen.",
        ["'{0}' is not a kind (one of: {1})"] = "'{0}' är inte en typ (någon av: {1})",
        ["'{0}' is not a joint organisation in the registry or in the file"] = "'{0}' är inte en gemensam organisation i registret eller i filen",
        ["'{0}' is not an organisation in the registry or in the file"] = "'{0}' är inte en organisation i registret eller i filen",
    };
}
