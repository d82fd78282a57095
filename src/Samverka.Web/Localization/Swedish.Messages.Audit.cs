namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of Audit (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesAudit = new(StringComparer.Ordinal)
    {
        ["Only an auditor or administrator may search the audit log."] = "Bara en revisor eller administratör får söka i granskningsloggen.",
    };
}
