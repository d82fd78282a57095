using System.Globalization;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Grants;

/// <summary>How the Grants pages show the module's values.</summary>
public static class GrantsText
{
    public static string Kr(decimal amount) => Format.Amount(new Kernel.Money(amount));

    public static string Kind(GrantKind kind) => Text.Translate(kind switch
    {
        GrantKind.Operating => "Operating grant",
        GrantKind.Development => "Development grant",
        _ => "Other grant",
    });

    public static string Form(OrganisationForm form) => Text.Translate(form switch
    {
        OrganisationForm.NonProfitAssociation => "Non-profit association",
        OrganisationForm.Foundation => "Foundation",
        _ => "Other form",
    });

    public static string Status(GrantApplicationStatus status) => Text.Translate(status switch
    {
        GrantApplicationStatus.Draft => "Draft",
        GrantApplicationStatus.Submitted => "Submitted",
        GrantApplicationStatus.Granted => "Granted",
        _ => "Refused",
    });

    public static string Window(WindowPosition position) => Text.Translate(position switch
    {
        WindowPosition.BeforeOpening => "Not open yet",
        WindowPosition.Open => "Open for applications",
        _ => "Closed for applications",
    });

    public static string Entry(LedgerEntryKind kind, bool partnership = false) => Text.Translate(partnership ? "Commitment of a partnership (IOP)" : kind switch
    {
        LedgerEntryKind.PotSet => "Budget",
        LedgerEntryKind.BudgetChange => "Budget change",
        LedgerEntryKind.Commitment => "Commitment from an earlier decision",
        LedgerEntryKind.Decided => "Decided",
        _ => "Paid",
    });

    public static string Mode(ProposalMode mode) => Text.Translate(mode == ProposalMode.FullFunding ? "Full funding in rank order" : "Proportional scaling");

    public static string Outcome(ProposalOutcome outcome) => Text.Translate(outcome switch
    {
        ProposalOutcome.Funded => "Funded",
        ProposalOutcome.Scaled => "Scaled",
        _ => "Below the line",
    });

    public static string Attachment(GrantAttachmentKind kind) => Text.Translate(kind switch
    {
        GrantAttachmentKind.ActivityPlan => "Activity plan",
        GrantAttachmentKind.Budget => "Budget",
        _ => "Annual report and accounts",
    });

    public static string Years(IEnumerable<YearAmount> amounts) =>
        string.Join(", ", amounts.Select(a => a.Year.ToString(CultureInfo.InvariantCulture) + ": " + Kr(a.Amount)));

    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Text.IsEnglish ? Text.EnglishCulture : Text.SwedishCulture);
}
