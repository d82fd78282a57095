using System.Globalization;
using Samverka.Kernel;
using Samverka.Modules.Organisations;
using Samverka.Modules.Platform;

namespace Samverka.Web.Localization;

/// <summary>How values are shown: dates as 2026-11-23 (sv-SE, in both languages), amounts as 1 400 000 kr.</summary>
public static class Format
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as a Swedish local date.</summary>
    public static string Date(DateTime utc) => SwedishTime.ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as Swedish local date and time.</summary>
    public static string DateTime(DateTime utc) => SwedishTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Amount(Money money) => money.ToSwedishString();

    public static string Kind(OrganisationKind kind) => Text.IsEnglish ? kind.EnglishName() : kind.SwedishName();

    /// <summary>An account kind as banks write it (the same in Swedish and English).</summary>
    public static string AccountKind(Samverka.Modules.PaymentFiles.PaymentAccountKind kind) => kind switch
    {
        Samverka.Modules.PaymentFiles.PaymentAccountKind.Bankgiro => "Bankgiro",
        Samverka.Modules.PaymentFiles.PaymentAccountKind.Plusgiro => "Plusgiro",
        _ => "IBAN",
    };

    public static string AuditAction(string action) => Text.IsEnglish
        ? action switch
        {
            "SignIn" => "Sign-in", "SignInFailed" => "Failed sign-in", "SignOut" => "Sign-out", "Read" => "Read", "Create" => "Create",
            "Update" => "Change", "Import" => "Import", "Export" => "Export", "Delete" => "Delete", _ => action,
        }
        : action switch
        {
            "SignIn" => "Inloggning", "SignInFailed" => "Misslyckad inloggning", "SignOut" => "Utloggning", "Read" => "Läsning",
            "Create" => "Nyregistrering", "Update" => "Ändring", "Import" => "Import", "Export" => "Export", "Delete" => "Borttagning", _ => action,
        };

    public static string Role(string role) => Text.IsEnglish ? Modules.Identity.Roles.EnglishName(role) : Modules.Identity.Roles.SwedishName(role);
}
