namespace Samverka.Web.Localization;

/// <summary>Texts of the foster-care gaps closed after issue 4: reasons shown in the lists, inputs of invoiced periods
/// refused, the measure of entered usage, step documents over the API and deleted.</summary>
public static partial class Swedish
{
    private static readonly Dictionary<string, string> FosterCareGaps = new(StringComparer.Ordinal)
    {
        ["Why it ended"] = "Varför den avslutades",
        ["Why it was withdrawn"] = "Varför den togs tillbaka",
        ["the reason is shown to the unit's staff too: write it without the child's name or personnummer"] =
            "skälet visas även för enhetens personal: skriv det utan barnets namn eller personnummer",
        ["What the entered usage counts"] = "Vad det inmatade nyttjandet räknar",
        ["The document has been deleted; the audit log keeps its name and who deleted it."] = "Dokumentet har tagits bort; granskningsloggen behåller dess namn och vem som tog bort det.",
        ["Delete {0}"] = "Ta bort {0}",
        ["Delete"] = "Ta bort",
        ["the file's content does not match its type: a PDF must begin with %PDF-, Word, Excel and OpenDocument files are ZIP packages, text and CSV hold no binary data"] =
            "filens innehåll stämmer inte med dess typ: en PDF börjar med %PDF-, Word-, Excel- och OpenDocument-filer är ZIP-paket, text och CSV innehåller inga binära data",
    };
}
