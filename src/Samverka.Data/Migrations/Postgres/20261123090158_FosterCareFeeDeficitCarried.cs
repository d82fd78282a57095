using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <inheritdoc />
    /// <summary>A home's negative fee month total carried into the member's next month (Avräkning): one line per home and
    /// approved month, closed like the month's other lines.</summary>
    public partial class FosterCareFeeDeficitCarried : Migration
    {
        // As FosterCareFeePayments: a carried deficit of an approved month is never changed or deleted.
        private const string Table = "FosterFeeCarriedDeficits";
        private const string Message = "A carried deficit of an approved fee month is closed: it cannot be changed or deleted.";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FosterFeeCarriedDeficits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FeeMonthId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    HomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterFeeCarriedDeficits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterFeeCarriedDeficits_FosterFeeMonths_FeeMonthId",
                        column: x => x.FeeMonthId,
                        principalTable: "FosterFeeMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFeeCarriedDeficits_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeeCarriedDeficits_FeeMonthId_HomeId",
                table: "FosterFeeCarriedDeficits",
                columns: new[] { "FeeMonthId", "HomeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeeCarriedDeficits_HomeId",
                table: "FosterFeeCarriedDeficits",
                column: "HomeId");
            // samverka_refuse_change() comes from ClosedRecordsAreImmutable.
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{Table}_Closed" BEFORE UPDATE OR DELETE ON "{Table}"
                FOR EACH ROW EXECUTE FUNCTION samverka_refuse_change('{Message}');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{Table}_Closed_NoTruncate" BEFORE TRUNCATE ON "{Table}"
                FOR EACH STATEMENT EXECUTE FUNCTION samverka_refuse_change('{Message}');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{Table}_Closed" ON "{Table}";""");
            migrationBuilder.Sql($"""DROP TRIGGER "{Table}_Closed_NoTruncate" ON "{Table}";""");
            migrationBuilder.DropTable(
                name: "FosterFeeCarriedDeficits");
        }
    }
}
