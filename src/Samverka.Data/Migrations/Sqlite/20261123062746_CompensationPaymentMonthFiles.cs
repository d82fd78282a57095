using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
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
                    PaymentMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pain001 = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sie = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationPaymentMonthFiles", x => x.PaymentMonthId);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentMonthFiles_CompensationPaymentMonths_PaymentMonthId",
                        column: x => x.PaymentMonthId,
                        principalTable: "CompensationPaymentMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
            foreach (var operation in new[] { "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "CompensationPaymentMonthFiles_Kept_No{operation}" BEFORE {operation} ON "CompensationPaymentMonthFiles"
                    BEGIN SELECT RAISE(ABORT, 'The payment files of an approved month are kept as approved: they cannot be changed or deleted.'); END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "CompensationPaymentMonthFiles_Kept_NoUPDATE";""");
            migrationBuilder.Sql("""DROP TRIGGER "CompensationPaymentMonthFiles_Kept_NoDELETE";""");
            migrationBuilder.DropTable(
                name: "CompensationPaymentMonthFiles");
        }
    }
}
