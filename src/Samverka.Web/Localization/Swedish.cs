namespace Samverka.Web.Localization;

/// <summary>The Swedish text for every English string the UI shows (the code is written in English).
/// A test visits the pages in Swedish and fails on any string missing here.</summary>
/// <remarks>Each module keeps its texts in its own part of this class (<c>Swedish.&lt;Module&gt;.cs</c>): a private
/// static <c>Dictionary&lt;string, string&gt;</c> field. They are merged on first use; the same English text with two
/// different translations is an error.</remarks>
public static partial class Swedish
{
    private static IReadOnlyDictionary<string, string>? _translations;

    public static IReadOnlyDictionary<string, string> Translations => _translations ??= Merge();

    private static Dictionary<string, string> Merge()
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = typeof(Swedish)
            .GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Dictionary<string, string>))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (english, swedish) in (Dictionary<string, string>)part.GetValue(null)!)
            {
                if (merged.TryGetValue(english, out var other) && other != swedish)
                    throw new InvalidOperationException($"'{english}' is translated both as '{other}' and as '{swedish}' ({part.Name}).");
                merged[english] = swedish;
            }
        }
        return merged;
    }

    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        // Layout and navigation
        ["Skip to main content"] = "Hoppa till huvudinnehållet",
        ["Signed in as"] = "Inloggad som",
        ["Sign in"] = "Logga in",
        ["Sign out"] = "Logga ut",
        ["Sign in with {0}"] = "Logga in med {0}",
        ["Signing in through your organisation did not succeed: you have no Samverka account, or it is locked. Ask your administrator."] =
            "Inloggningen via din organisation lyckades inte: du har inget konto i Samverka, eller så är det låst. Fråga din administratör.",
        ["Modules"] = "Moduler",
        ["Breadcrumbs"] = "Brödsmulor",
        ["Start"] = "Start",
        ["Samverka – money and follow-up of welfare collaboration"] = "Samverka – ekonomi och uppföljning av samverkan i välfärden",
        ["Welcome, {0}"] = "Välkommen, {0}",
        ["You work for {0} as {1}."] = "Du arbetar för {0} som {1}.",
        ["Your modules"] = "Dina moduler",
        ["Organisations"] = "Organisationer",
        ["Municipalities, regions, joint organisations, providers, associations, foundations and agencies."] =
            "Kommuner, regioner, gemensamma organisationer, anordnare, föreningar, stiftelser och myndigheter.",
        ["Audit log"] = "Granskningslogg",
        ["Who signed in, read, changed and exported what, and when."] = "Vem som loggade in, läste, ändrade och exporterade vad, och när.",
        ["Access denied"] = "Åtkomst nekad",
        ["Your role does not give access to this page. Ask your administrator if you need it."] =
            "Din roll ger inte åtkomst till den här sidan. Fråga din administratör om du behöver den.",
        ["Go to the start page"] = "Gå till startsidan",
        ["Something went wrong"] = "Något gick fel",
        ["Account"] = "Konto",
        ["Account kind"] = "Kontotyp",
        ["Account number"] = "Kontonummer",
        ["Page not found"] = "Sidan finns inte",
        ["The page does not exist, or it is not one you may see. Check the address, or start again from the menu."] = "Sidan finns inte, eller så har du inte behörighet att se den. Kontrollera adressen eller börja om från menyn.",
        ["The request could not be carried out"] = "Begäran kunde inte genomföras",
        ["The request could not be carried out. Go back, reload the page and try again."] = "Begäran kunde inte genomföras. Gå tillbaka, ladda om sidan och försök igen.",
        ["To the start page"] = "Till startsidan",
        ["The error has been logged. Try again, and contact your administrator if it happens again."] =
            "Felet har loggats. Försök igen och kontakta din administratör om det händer igen.",
        ["Reference"] = "Referens",

        // Forms
        ["There is a problem"] = "Det finns ett problem",
        ["Error"] = "Fel",
        ["required"] = "obligatoriskt",
        ["E-mail address"] = "E-postadress",
        ["Password"] = "Lösenord",
        ["Enter your e-mail address"] = "Ange din e-postadress",
        ["Enter your password"] = "Ange ditt lösenord",
        ["The e-mail address or password is wrong."] = "E-postadressen eller lösenordet är fel.",
        ["The account is locked after too many failed attempts. Try again in 15 minutes."] =
            "Kontot är låst efter för många misslyckade försök. Försök igen om 15 minuter.",
        ["Cancel"] = "Avbryt",
        ["Save"] = "Spara",
        ["Register"] = "Registrera",
        ["Change"] = "Ändra",
        ["Change {0}"] = "Ändra {0}",
        ["Search"] = "Sök",
        ["Filter"] = "Filtrera",

        // Tables
        ["{0} rows"] = "{0} rader",
        ["page {0} of {1}"] = "sida {0} av {1}",
        ["Export"] = "Exportera",
        ["(sort)"] = "(sortera)",
        ["(sorted ascending)"] = "(sorterad stigande)",
        ["(sorted descending)"] = "(sorterad fallande)",
        ["Nothing matches."] = "Inget matchar.",
        ["Pages"] = "Sidor",
        ["Page {0}"] = "Sida {0}",
        ["Previous"] = "Föregående",
        ["Next"] = "Nästa",

        // Organisations
        ["Name"] = "Namn",
        ["Organisation number"] = "Organisationsnummer",
        ["Kind"] = "Typ",
        ["E-mail"] = "E-post",
        ["Phone"] = "Telefon",
        ["Address"] = "Adress",
        ["Host"] = "Värdorganisation",
        ["No host"] = "Ingen värd",
        ["Members"] = "Medlemmar",
        ["Member of"] = "Medlem i",
        ["Registered by"] = "Registrerad av",
        ["Registered"] = "Registrerad",
        ["Changed"] = "Ändrad",
        ["All kinds"] = "Alla typer",
        ["Choose a kind"] = "Välj typ",
        ["Name or organisation number"] = "Namn eller organisationsnummer",
        ["Filter organisations"] = "Filtrera organisationer",
        ["Register an organisation"] = "Registrera en organisation",
        ["Import from CSV"] = "Importera från CSV",
        ["Import organisations"] = "Importera organisationer",
        ["Import"] = "Importera",
        ["Ten digits, e.g. 212000-2627"] = "Tio siffror, t.ex. 212000-2627",
        ["Joint organisation: members and host"] = "Gemensam organisation: medlemmar och värd",
        ["Only for a joint organisation: the municipalities and regions that run it together."] =
            "Bara för en gemensam organisation: de kommuner och regioner som driver den tillsammans.",
        ["Only for a joint organisation: the member that hosts it."] = "Bara för en gemensam organisation: den medlem som är värd.",
        ["The changes have been saved."] = "Ändringarna är sparade.",
        ["CSV file"] = "CSV-fil",
        ["Choose a CSV file"] = "Välj en CSV-fil",
        ["Columns: Organisationsnummer, Namn, Typ (required); E-post, Telefon, Adress, MedlemI, Värd (optional). Comma or semicolon. Every row must be correct: otherwise nothing is imported."] =
            "Kolumner: Organisationsnummer, Namn, Typ (obligatoriska); E-post, Telefon, Adress, MedlemI, Värd (frivilliga). Komma eller semikolon. Alla rader måste vara rätt: annars importeras ingenting.",
        ["{0} organisations were registered."] = "{0} organisationer registrerades.",
        ["Nothing was imported: the file has {0} problems"] = "Ingenting importerades: filen har {0} problem",
        ["Correct every row below and import the whole file again."] = "Rätta alla rader nedan och importera hela filen igen.",
        ["Problems in {0}"] = "Problem i {0}",
        ["Line"] = "Rad",
        ["Column"] = "Kolumn",
        ["Problem"] = "Problem",

        // Use-case messages (Samverka.Modules writes them in English)
        ["is required"] = "måste fyllas i",
        ["must be ten digits, e.g. 212000-2627"] = "ska vara tio siffror, t.ex. 212000-2627",
        ["is not an organisation number: the third digit must be 2 or more"] = "är inget organisationsnummer: tredje siffran ska vara 2 eller högre",
        ["has a wrong check digit (the last digit)"] = "har fel kontrollsiffra (den sista siffran)",
        ["must be at most 200 characters"] = "får vara högst 200 tecken",
        ["must be at most 40 characters"] = "får vara högst 40 tecken",
        ["must be at most 300 characters"] = "får vara högst 300 tecken",
        ["is not an e-mail address"] = "är ingen e-postadress",
        ["only a joint organisation has a host and members"] = "bara en gemensam organisation har värd och medlemmar",
        ["the host must be one of the members"] = "värden måste vara en av medlemmarna",
        ["is already in the registry"] = "finns redan i registret",
        ["only an administrator can register a municipality, region, joint organisation or agency"] =
            "bara en administratör kan registrera en kommun, region, gemensam organisation eller myndighet",
        ["names an organisation that is not in the registry"] = "anger en organisation som inte finns i registret",
        ["an organisation cannot be its own member"] = "en organisation kan inte vara medlem i sig själv",
        ["appears more than once in the file"] = "förekommer mer än en gång i filen",
        ["only a joint organisation has a host"] = "bara en gemensam organisation har värd",
        ["only an administrator can add members to a joint organisation already in the registry"] =
            "bara en administratör kan lägga till medlemmar i en gemensam organisation som redan finns i registret",
        ["the file has no rows"] = "filen har inga rader",

        // Audit log
        ["Search the audit log"] = "Sök i granskningsloggen",
        ["User"] = "Användare",
        ["Action"] = "Händelse",
        ["All actions"] = "Alla händelser",
        ["From date"] = "Från och med datum",
        ["To date"] = "Till och med datum",
        ["For example 2026-11-23"] = "Till exempel 2026-11-23",
        ["Write the date as YYYY-MM-DD, e.g. 2026-11-23"] = "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-23",
        ["Subject"] = "Objekt",
        ["Time"] = "Tid",
        ["Detail"] = "Detaljer",
        ["From address"] = "Från adress",
    };
}
