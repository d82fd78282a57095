namespace Samverka.Web.Localization;

/// <summary>Texts of the documents on a foster home's recruitment steps (issue 4).</summary>
public static partial class Swedish
{
    private static readonly Dictionary<string, string> FosterCareDocuments = new(StringComparer.Ordinal)
    {
        ["Change what the home can take"] = "Ändra vad hemmet kan ta emot",
        ["The home's places and what it can take have been changed."] = "Hemmets platser och vad det kan ta emot har ändrats.",
        ["Save the change"] = "Spara ändringen",
        ["Add a document to a step"] = "Lägg till ett dokument på ett steg",
        ["Choose the step"] = "Välj steg",
        ["Choose the step the document belongs to."] = "Välj det steg som dokumentet hör till.",
        ["Documents"] = "Dokument",
        ["Every step, dated, with its documents (downloading one is logged)"] = "Varje steg, daterat, med sina dokument (den som hämtar ett dokument loggas)",
        ["Save the document"] = "Spara dokumentet",
        ["The document has been saved to the step."] = "Dokumentet har sparats på steget.",
        ["the step is not one of this home's steps"] = "steget är inte ett av hemmets steg",
        ["the file name must be at most 200 characters"] = "filnamnet får vara högst 200 tecken",
    };
}
