using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <summary>What is closed stays closed, whoever asks: the database refuses to change or delete approved payment
    /// months and their lines, the grants budget ledger, a closed grant round, an approved grant payment batch and its
    /// payments, and issued foster-care invoices and credit notes. The use cases refuse first, with a clear message;
    /// these triggers are the floor under them (a raw UPDATE, a bug, a hand in the database).</summary>
    public partial class ClosedRecordsAreImmutable : Migration
    {
        private static readonly (string Table, string Name, string When, string Message)[] Guards =
        [
            ("CompensationPaymentMonths", "Closed", "", "An approved payment month is closed: it cannot be changed or deleted."),
            ("CompensationPaymentLines", "Closed", "", "A payment line of an approved month is closed: it cannot be changed or deleted; correct it in the next open month."),
            ("GrantLedgerEntries", "AppendOnly", "", "The budget ledger is append-only: an entry cannot be changed or deleted; record a new entry."),
            ("GrantProgrammeYears", "Closed", "WHEN OLD.\"ClosedAt\" IS NOT NULL", "The grant round is closed: it cannot be changed or deleted."),
            ("GrantPaymentBatches", "Approved", "WHEN OLD.\"ApprovedAt\" IS NOT NULL", "An approved payment batch is closed: it cannot be changed or deleted."),
            ("GrantPayments", "Approved", "WHEN EXISTS (SELECT 1 FROM \"GrantPaymentBatches\" b WHERE b.\"Id\" = OLD.\"BatchId\" AND b.\"ApprovedAt\" IS NOT NULL)",
                "A payment of an approved batch is closed: it cannot be changed or deleted."),
            ("FosterCareInvoices", "Issued", "", "An issued invoice cannot be changed or deleted; a credit note corrects it."),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, name, when, message) in Guards)
            {
                foreach (var operation in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_{name}_No{operation}" BEFORE {operation} ON "{table}" {when}
                        BEGIN SELECT RAISE(ABORT, '{message}'); END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, name, _, _) in Guards)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_{name}_NoUPDATE";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_{name}_NoDELETE";""");
            }
        }
    }
}
