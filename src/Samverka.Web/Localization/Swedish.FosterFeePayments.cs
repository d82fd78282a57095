namespace Samverka.Web.Localization;

/// <summary>Texts of the fees paid by the placing member and the homes' payee accounts (issue 4).</summary>
public static partial class Swedish
{
    private static readonly Dictionary<string, string> FosterFeePayments = new(StringComparer.Ordinal)
    {
        ["Approve and pay {0}"] = "Attestera och betala ut {0}",
        ["Approved {0} by {1}. Total {2}."] = "Attesterad {0} av {1}. Summa {2}.",
        ["Bankgiro 1234-5678, plusgiro 4 12 34-5 or IBAN SE45 5000 …; the check digits are checked."] = "Bankgiro 1234-5678, plusgiro 4 12 34-5 eller IBAN SE45 5000 …; kontrollsiffrorna kontrolleras.",
        ["correction"] = "rättelse",
        ["Members' approved fee months (no child data)"] = "Medlemmarnas attesterade arvodesmånader (inga uppgifter om barn)",
        ["No fee is payable in this month."] = "Inget arvode ska betalas ut för månaden.",
        ["No member has approved a fee month yet."] = "Ingen medlem har attesterat någon arvodesmånad än.",
        ["No payee account is recorded: the members cannot approve fees to the home."] = "Inget utbetalningskonto är registrerat: medlemmarna kan inte attestera arvoden till hemmet.",
        ["no payee account"] = "inget utbetalningskonto",
        ["Open month, not yet approved. Total {0}."] = "Öppen månad, inte attesterad. Summa {0}.",
        ["Payee (the household's name as the bank shows it)"] = "Betalningsmottagare (familjens namn som banken visar det)",
        ["Payee account for the fees"] = "Utbetalningskonto för arvodena",
        ["Payee account for the fees of {0}"] = "Utbetalningskonto för arvodena till {0}",
        ["Payment file (pain.001)"] = "Betalfil (pain.001)",
        ["Optional: where the placing members pay the fees; it can be recorded later on the home's page."] = "Frivilligt: dit de placerande kommunerna betalar arvodena; kan registreras senare på hemmets sida.",
        ["Paying the homes' fees"] = "Utbetalning av arvoden",
        ["Paying the homes' fees {0}"] = "Utbetalning av arvoden {0}",
        ["Record the payee account"] = "Registrera utbetalningskonto",
        ["The placing member approves its month of fees: a payment file to the homes' accounts and a voucher, corrections of approved months."] =
            "Den placerande medlemmen attesterar sin månad av arvoden: en betalfil till hemmens konton och en verifikation, rättelser av attesterade månader.",
        ["The month cannot be approved"] = "Månaden kan inte attesteras",
        ["The payee account has been saved."] = "Utbetalningskontot har sparats.",
        ["The placing municipalities pay the home's arvode and expense allowance to this account. They see the payee and the account in their payment files, nothing else of the home."] =
            "De placerande kommunerna betalar hemmets arvode och omkostnadsersättning till det här kontot. De ser mottagaren och kontot i sina betalfiler, inget annat om hemmet.",
        ["The placing municipality pays its children's family homes directly: arvode and expense allowance per placement, for the month in the month (from its first day), with corrections of months already approved."] =
            "Den placerande kommunen betalar sina barns familjehem direkt: arvode och omkostnadsersättning per placering, för månaden under månaden (från den första dagen), med rättelser av redan attesterade månader.",
        ["Your approved fee months"] = "Era attesterade arvodesmånader",
        ["{0}, paid to {1}: {2}"] = "{0}, betalas till {1}: {2}",
        ["{0}, paid to {1}: nothing; the deficit of {2} is set off against the home's next payments"] = "{0}, betalas till {1}: inget; underskottet på {2} avräknas mot hemmets kommande utbetalningar",
        ["Deficits after the latest approved month, set off against the homes' next payments"] = "Underskott efter den senast attesterade månaden, avräknas mot hemmens kommande utbetalningar",
        ["From month"] = "Från månad",
        ["Set-off of a deficit"] = "Avräkning",
        ["Still owed"] = "Kvar att avräkna",
        ["What the homes still owe"] = "Vad hemmen är skyldiga",
    };
}
