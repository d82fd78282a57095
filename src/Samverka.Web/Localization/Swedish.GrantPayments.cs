namespace Samverka.Web.Localization;

public static partial class Swedish
{
    // Payee accounts of organisations, grant payments (schedule, batches, exports) and follow-up reports.
    private static readonly Dictionary<string, string> GrantPayments = new(StringComparer.Ordinal)
    {
        ["Payee account"] = "Utbetalningskonto",
        ["Payee account kind"] = "Typ av utbetalningskonto",
        ["Payee account number"] = "Utbetalningskontonummer",
        ["No payee account"] = "Inget utbetalningskonto",
        ["Where grants and other payments to the organisation are paid."] = "Dit bidrag och andra utbetalningar till organisationen betalas.",
        ["E.g. bankgiro 5050-1055, plusgiro 4 12 34-5 or IBAN SE45 5000 0000 0583 9825 7466"] = "T.ex. bankgiro 5050-1055, plusgiro 4 12 34-5 eller IBAN SE45 5000 0000 0583 9825 7466",
    };
}
