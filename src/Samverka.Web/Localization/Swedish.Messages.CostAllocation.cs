namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of CostAllocation (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesCostAllocation = new(StringComparer.Ordinal)
    {
        ["the total {0} is negative"] = "totalen {0} är negativ",
        ["the total {0} has more than two decimals (whole öre)"] = "totalen {0} har mer än två decimaler (hela öre)",
        ["at least one key with a weight is needed"] = "minst en nyckel med en vikt behövs",
        ["the key '{0}' is given twice"] = "nyckeln '{0}' anges två gånger",
        ["the weight of '{0}' is negative ({1})"] = "vikten för '{0}' är negativ ({1})",
        ["the weights sum to {0}, not 1 ({1})"] = "vikterna summerar till {0}, inte 1 ({1})",
        ["there are no members to allocate to"] = "det finns inga medlemmar att fördela på",
        ["the member id is empty"] = "medlemmens id är tomt",
        ["the member id '{0}' is a duplicate of line {1}"] = "medlemmens id '{0}' är en dubblett av rad {1}",
        ["the member id '{0}' is a duplicate"] = "medlemmens id '{0}' är en dubblett",
        ["the member has {0} key values, but there are {1} keys"] = "medlemmen har {0} nyckelvärden, men det finns {1} nycklar",
        ["the key value {0} is negative; keys may be zero but not negative"] = "nyckelvärdet {0} är negativt; nycklar får vara noll men inte negativa",
        ["every member's '{0}' is zero, so there is nothing to split by"] = "alla medlemmars '{0}' är noll, så det finns inget att fördela efter",
    };
}
