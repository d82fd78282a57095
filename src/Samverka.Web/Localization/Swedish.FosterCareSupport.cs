namespace Samverka.Web.Localization;

/// <summary>Texts of the foster-care support log, follow-ups and usage measure (issue 4).</summary>
public static partial class Swedish
{
    private static readonly Dictionary<string, string> FosterCareSupport = new(StringComparer.Ordinal)
    {
        ["Choose the kind of support"] = "Välj typ av stöd",
        ["Days left"] = "Dagar kvar",
        ["Due {0}"] = "Ska göras senast {0}",
        ["Due {0}, done {1}"] = "Senast {0}, gjord {1}",
        ["Empty: no follow-up."] = "Tomt: ingen uppföljning.",
        ["Follow-up"] = "Uppföljning",
        ["Follow-up done"] = "Uppföljning gjord",
        ["Follow-up due"] = "Uppföljning senast",
        ["Follow-ups"] = "Uppföljningar",
        ["Follow-ups from the homes' supervision and support logs that are not done: {0} overdue, {1} due."] = "Uppföljningar från hemmens handlednings- och stödlogg som inte är gjorda: {0} försenade, {1} kommande.",
        ["Follow-ups from the homes' supervision and support logs, the overdue first."] = "Uppföljningar från hemmens handlednings- och stödlogg, de försenade först.",
        ["For example 1,5."] = "Till exempel 1,5.",
        ["Hours"] = "Timmar",
        ["Hours booked to"] = "Timmarna bokas på",
        ["Household adults who took part"] = "Familjehemmets vuxna som deltog",
        ["Kind of support"] = "Typ av stöd",
        ["Log supervision or support"] = "Logga handledning eller stöd",
        ["Mark as done"] = "Markera som gjord",
        ["Names, separated by commas."] = "Namn, åtskilda med kommatecken.",
        ["No supervision or support has been logged for the home."] = "Ingen handledning eller stöd har loggats för hemmet.",
        ["Notes"] = "Anteckningar",
        ["Overdue"] = "Försenad",
        ["Overdue since {0}"] = "Försenad sedan {0}",
        ["Save to the log"] = "Spara i loggen",
        ["Staff"] = "Personal",
        ["Staff who took part"] = "Enhetens personal som deltog",
        ["Supervision and support"] = "Handledning och stöd",
        ["The home's supervision and support log, newest first"] = "Hemmets logg över handledning och stöd, senaste först",
        ["The support log has been saved."] = "Stödloggen har sparats.",
        ["Usage is measured in {0}."] = "Nyttjandet mäts i {0}.",
        ["Usage measured in"] = "Nyttjande mäts i",
        ["Who took part"] = "Deltagare",
    };
}
