namespace Samverka.Data.Migrations;

/// <summary>The data step of <c>CompensationPaysFromTheRegistry</c>, the same SQL for SQLite and PostgreSQL: payment
/// accounts move from the compensation module to the organisations registry before the module's columns are dropped.</summary>
/// <remarks>A provider's account on its approval becomes its organisation's payee account, and the municipality's debtor
/// account in the compensation settings its organisation's payee account, only where the organisation has none (an
/// account already in the registry is the one grants pay to, and stays). Numbers are normalised as
/// <c>PaymentAccounts.Normalise</c> does (no spaces or dashes, upper case); they were check-digit verified when saved.</remarks>
internal static class CompensationRegistryAccounts
{
    private static string CopyToRegistry(string table, string organisationId, string kind, string number) => $"""
        UPDATE "Organisations"
        SET "PayeeAccountKind" = (SELECT c."{kind}" FROM "{table}" AS c WHERE c."{organisationId}" = "Organisations"."Id"),
            "PayeeAccountNumber" = (SELECT UPPER(REPLACE(REPLACE(TRIM(c."{number}"), ' ', ''), '-', '')) FROM "{table}" AS c WHERE c."{organisationId}" = "Organisations"."Id")
        WHERE ("PayeeAccountKind" IS NULL OR "PayeeAccountNumber" IS NULL)
          AND EXISTS (SELECT 1 FROM "{table}" AS c WHERE c."{organisationId}" = "Organisations"."Id" AND c."{kind}" <> '' AND TRIM(c."{number}") <> '');
        """;

    private static string CopyBack(string table, string organisationId, string kind, string number) => $"""
        UPDATE "{table}"
        SET "{kind}" = (SELECT o."PayeeAccountKind" FROM "Organisations" AS o WHERE o."Id" = "{table}"."{organisationId}"),
            "{number}" = (SELECT o."PayeeAccountNumber" FROM "Organisations" AS o WHERE o."Id" = "{table}"."{organisationId}")
        WHERE EXISTS (SELECT 1 FROM "Organisations" AS o WHERE o."Id" = "{table}"."{organisationId}" AND o."PayeeAccountKind" IS NOT NULL AND o."PayeeAccountNumber" IS NOT NULL);
        """;

    /// <summary>Copies the accounts into the registry; run before the columns are dropped.</summary>
    public static readonly string[] Up =
    [
        CopyToRegistry("CompensationProviderApprovals", "ProviderId", "AccountKind", "AccountNumber"),
        CopyToRegistry("CompensationSettings", "MunicipalityId", "DebtorAccountKind", "DebtorAccountNumber"),
    ];

    /// <summary>Fills the re-added columns from the registry; run after they are added back.</summary>
    public static readonly string[] Down =
    [
        CopyBack("CompensationProviderApprovals", "ProviderId", "AccountKind", "AccountNumber"),
        CopyBack("CompensationSettings", "MunicipalityId", "DebtorAccountKind", "DebtorAccountNumber"),
    ];
}
