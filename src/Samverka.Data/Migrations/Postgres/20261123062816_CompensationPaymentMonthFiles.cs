using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <summary>An approved month's pain.001 and SIE 4 files, made at approval and kept; like the month itself, the
    /// database refuses to change or delete them (ClosedRecordsAreImmutable).</summary>
    public partial class CompensationPaymentMonthFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompensationPaymentMonthFiles",
                columns: table => new
                {
                    PaymentMonthId = table.Column<Guid>(type: "uuid", nullable: false),
                    Pain001 = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sie = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationPaymentMonthFiles", x => x.PaymentMonthId);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentMonthFiles_CompensationPaymentMonths_Pay~",
                        column: x => x.PaymentMonthId,
                        principalTable: "CompensationPaymentMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
            migrationBuilder.Sql("""
                CREATE TRIGGER "CompensationPaymentMonthFiles_Kept" BEFORE UPDATE OR DELETE ON "CompensationPaymentMonthFiles"
                FOR EACH ROW EXECUTE FUNCTION samverka_refuse_change('The payment files of an approved month are kept as approved: they cannot be changed or deleted.');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CompensationPaymentMonthFiles_Kept_NoTruncate" BEFORE TRUNCATE ON "CompensationPaymentMonthFiles"
                FOR EACH STATEMENT EXECUTE FUNCTION samverka_refuse_change('The payment files of an approved month are kept as approved: they cannot be changed or deleted.');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "CompensationPaymentMonthFiles_Kept_NoTruncate" ON "CompensationPaymentMonthFiles";""");
            migrationBuilder.Sql("""DROP TRIGGER "CompensationPaymentMonthFiles_Kept" ON "CompensationPaymentMonthFiles";""");
            migrationBuilder.DropTable(
                name: "CompensationPaymentMonthFiles");
        }
    }
}
