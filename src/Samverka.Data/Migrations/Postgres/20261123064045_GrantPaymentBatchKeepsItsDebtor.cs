using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GrantPaymentBatchKeepsItsDebtor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DebtorAccountKind",
                table: "GrantPaymentBatches",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DebtorAccountNumber",
                table: "GrantPaymentBatches",
                type: "character varying(34)",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DebtorName",
                table: "GrantPaymentBatches",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DebtorOrganisationNumber",
                table: "GrantPaymentBatches",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DebtorAccountKind",
                table: "GrantPaymentBatches");

            migrationBuilder.DropColumn(
                name: "DebtorAccountNumber",
                table: "GrantPaymentBatches");

            migrationBuilder.DropColumn(
                name: "DebtorName",
                table: "GrantPaymentBatches");

            migrationBuilder.DropColumn(
                name: "DebtorOrganisationNumber",
                table: "GrantPaymentBatches");
        }
    }
}
