using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompensationPaysFromTheRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The accounts move to the organisations registry first (only where the organisation has none), then the columns go.
            foreach (var sql in CompensationRegistryAccounts.Up) migrationBuilder.Sql(sql);

            migrationBuilder.DropColumn(
                name: "DebtorAccountKind",
                table: "CompensationSettings");

            migrationBuilder.DropColumn(
                name: "DebtorAccountNumber",
                table: "CompensationSettings");

            migrationBuilder.DropColumn(
                name: "AccountKind",
                table: "CompensationProviderApprovals");

            migrationBuilder.DropColumn(
                name: "AccountNumber",
                table: "CompensationProviderApprovals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DebtorAccountKind",
                table: "CompensationSettings",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DebtorAccountNumber",
                table: "CompensationSettings",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AccountKind",
                table: "CompensationProviderApprovals",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AccountNumber",
                table: "CompensationProviderApprovals",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            foreach (var sql in CompensationRegistryAccounts.Down) migrationBuilder.Sql(sql);
        }
    }
}
