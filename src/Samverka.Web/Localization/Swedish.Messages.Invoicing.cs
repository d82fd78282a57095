namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of Invoicing (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesInvoicing = new(StringComparer.Ordinal)
    {
        ["'{0}' is not a bankgiro number (7 or 8 digits)"] = "'{0}' är inte ett bankgironummer (7 eller 8 siffror)",
        ["the check digit of bankgiro number '{0}' does not match the other digits"] = "kontrollsiffran i bankgironumret '{0}' stämmer inte med de övriga siffrorna",
    };
}
