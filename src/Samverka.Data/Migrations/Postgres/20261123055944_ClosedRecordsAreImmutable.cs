using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <summary>What is closed stays closed, whoever asks: the database refuses to change or delete approved payment
    /// months and their lines, the grants budget ledger, a closed grant round, an approved grant payment batch and its
    /// payments, and issued foster-care invoices and credit notes (TRUNCATE too, for the tables that are wholly
    /// append-only). The use cases refuse first, with a clear message; these triggers are the floor under them.</summary>
    public partial class ClosedRecordsAreImmutable : Migration
    {
        private static readonly (string Table, string Name, string When, string Message)[] Guards =
        [
            ("CompensationPaymentMonths", "Closed", "", "An approved payment month is closed: it cannot be changed or deleted."),
            ("CompensationPaymentLines", "Closed", "", "A payment line of an approved month is closed: it cannot be changed or deleted; correct it in the next open month."),
            ("GrantLedgerEntries", "AppendOnly", "", "The budget ledger is append-only: an entry cannot be changed or deleted; record a new entry."),
            ("GrantProgrammeYears", "Closed", "WHEN (OLD.\"ClosedAt\" IS NOT NULL)", "The grant round is closed: it cannot be changed or deleted."),
            ("GrantPaymentBatches", "Approved", "WHEN (OLD.\"ApprovedAt\" IS NOT NULL)", "An approved payment batch is closed: it cannot be changed or deleted."),
            ("GrantPayments", "Approved", "", "A payment of an approved batch is closed: it cannot be changed or deleted."),
            ("FosterCareInvoices", "Issued", "", "An issued invoice cannot be changed or deleted; a credit note corrects it."),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION samverka_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '%', TG_ARGV[0];
                END
                $$;
                """);
            // A payment is closed when its batch is approved: a WHEN clause cannot query, so the function looks.
            migrationBuilder.Sql("""
                CREATE FUNCTION samverka_refuse_change_of_approved_payment() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM "GrantPaymentBatches" b WHERE b."Id" = OLD."BatchId" AND b."ApprovedAt" IS NOT NULL) THEN
                        RAISE EXCEPTION '%', TG_ARGV[0];
                    END IF;
                    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                    RETURN NEW;
                END
                $$;
                """);
            foreach (var (table, name, when, message) in Guards)
            {
                var function = table == "GrantPayments" ? "samverka_refuse_change_of_approved_payment" : "samverka_refuse_change";
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_{name}" BEFORE UPDATE OR DELETE ON "{table}"
                    FOR EACH ROW {when} EXECUTE FUNCTION {function}('{message}');
                    """);
                if (when == "" && table != "GrantPayments")
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_{name}_NoTruncate" BEFORE TRUNCATE ON "{table}"
                        FOR EACH STATEMENT EXECUTE FUNCTION samverka_refuse_change('{message}');
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, name, when, _) in Guards)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_{name}" ON "{table}";""");
                if (when == "" && table != "GrantPayments") migrationBuilder.Sql($"""DROP TRIGGER "{table}_{name}_NoTruncate" ON "{table}";""");
            }
            migrationBuilder.Sql("DROP FUNCTION samverka_refuse_change_of_approved_payment();");
            migrationBuilder.Sql("DROP FUNCTION samverka_refuse_change();");
        }
    }
}
