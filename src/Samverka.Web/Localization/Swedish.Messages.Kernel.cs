namespace Samverka.Web.Localization;

public static partial class Swedish
{
    /// <summary>Messages of Kernel (input problems and refusals, with their values as placeholders); the test
    /// MessageTranslationTests lists any the code has that are missing here.</summary>
    private static readonly Dictionary<string, string> MessagesKernel = new(StringComparer.Ordinal)
    {
        ["'{0}' is not a month of the form YYYY-MM."] = "'{0}' är inte en månad på formen ÅÅÅÅ-MM.",
        ["the header has no column '{0}' (found: {1})"] = "rubrikraden saknar kolumnen '{0}' (hittade: {1})",
        ["the file is empty: a header line is required"] = "filen är tom: en rubrikrad krävs",
        ["a quoted field is not closed"] = "ett citerat fält är inte avslutat",
        ["the text is empty"] = "texten är tom",
        ["it has more than one separator"] = "det har mer än ett skiljetecken",
        ["it contains a space or control character; only digits and {0} are allowed"] = "det innehåller ett mellanslag eller styrtecken; bara siffror och {0} är tillåtna",
        ["it contains '{0}'; only digits and {1} are allowed"] = "det innehåller '{0}'; bara siffror och {1} är tillåtna",
        ["Not a valid organisationsnummer: {0}."] = "Inte ett giltigt organisationsnummer: {0}.",
        ["it has {0} digits; an organisationsnummer has 10 (12 with the prefix 16)"] = "det har {0} siffror; ett organisationsnummer har 10 (12 med prefixet 16)",
        ["12 digits must start with 16, not {0}"] = "12 siffror måste börja med 16, inte {0}",
        ["the '-' must come just before the last four digits"] = "'-' måste stå direkt före de fyra sista siffrorna",
        ["the third digit is {0}; below 2 it is a personnummer, not an organisationsnummer"] = "den tredje siffran är {0}; under 2 är det ett personnummer, inte ett organisationsnummer",
        ["the check digit does not match the other digits"] = "kontrollsiffran stämmer inte med de övriga siffrorna",
        ["Parameter '{0}' has no value in force on {1}: its first value takes effect {2}."] = "Parametern '{0}' har inget gällande värde den {1}: dess första värde börjar gälla {2}.",
        ["Parameter '{0}' has no value in force on {1}: it has no values."] = "Parametern '{0}' har inget gällande värde den {1}: den har inga värden.",
        ["Not a valid personnummer: {0}."] = "Inte ett giltigt personnummer: {0}.",
        ["it has {0} digits; a personnummer has 10 or 12"] = "det har {0} siffror; ett personnummer har 10 eller 12",
        ["the separator '{0}' must come just before the last four digits"] = "skiljetecknet '{0}' måste stå direkt före de fyra sista siffrorna",
        ["'+' (age 100 or more) is used only in the 10-digit form"] = "'+' (100 år eller äldre) används bara i den tiosiffriga formen",
        ["month {0} does not exist"] = "månad {0} finns inte",
        ["day {0} is neither a day of the month (01-31) nor a samordningsnummer day (61-91)"] = "dag {0} är varken en dag i månaden (01–31) eller en samordningsnummerdag (61–91)",
        ["the century {0} is not 18, 19 or 20"] = "århundradet {0} är inte 18, 19 eller 20",
        ["the century cannot be resolved (the birth year would be before year 1)"] = "århundradet kan inte avgöras (födelseåret skulle bli före år 1)",
        ["{0}-{1} has no day {2} (samordningsnummer day {3})"] = "{0}-{1} har ingen dag {2} (samordningsnummerdag {3})",
        ["{0}-{1} has no day {2}"] = "{0}-{1} har ingen dag {2}",
        ["the birth date is after {0}"] = "födelsedatumet är efter {0}",
    };
}
