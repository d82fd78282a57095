namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of Agreements (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesAgreements = new(StringComparer.Ordinal)
    {
        ["the initial term must be at least 1 year, not {0}"] = "den första avtalsperioden måste vara minst 1 år, inte {0}",
        ["the notice period must not be negative ({0})"] = "uppsägningstiden får inte vara negativ ({0})",
        ["the renewal period must not be negative ({0}); 0 means rolling"] = "förlängningsperioden får inte vara negativ ({0}); 0 betyder löpande",
        ["the initial term of {0} years ends after year 9999"] = "den första avtalsperioden på {0} år slutar efter år 9999",
    };
}
