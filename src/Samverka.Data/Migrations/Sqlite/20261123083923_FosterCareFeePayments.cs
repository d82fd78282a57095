using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    /// <summary>Fees to the homes paid by the placing member: homes' payee accounts, members' approved fee months with
    /// their lines and kept pain.001/SIE 4 files; the database refuses to change or delete what is approved.</summary>
    public partial class FosterCareFeePayments : Migration
    {
        // What is approved stays approved, whoever asks (as ClosedRecordsAreImmutable): a member's approved fee month, its
        // lines and its kept files are never changed or deleted; a change of facts is a correction in the next open month.
        private static readonly (string Table, string Message)[] Guards =
        [
            ("FosterFeeMonths", "An approved fee month is closed: it cannot be changed or deleted."),
            ("FosterFeePaymentLines", "A fee line of an approved month is closed: it cannot be changed or deleted; correct it in the next open month."),
            ("FosterFeeMonthFiles", "The payment files of an approved fee month are kept as approved: they cannot be changed or deleted."),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FosterFeeMonths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterFeeMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterFeeMonths_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFeeMonths_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterHomePayees",
                columns: table => new
                {
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayeeName = table.Column<string>(type: "TEXT", maxLength: 70, nullable: false),
                    AccountKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterHomePayees", x => x.HomeId);
                    table.ForeignKey(
                        name: "FK_FosterHomePayees_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FosterFeeMonthFiles",
                columns: table => new
                {
                    FeeMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pain001 = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sie = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterFeeMonthFiles", x => x.FeeMonthId);
                    table.ForeignKey(
                        name: "FK_FosterFeeMonthFiles_FosterFeeMonths_FeeMonthId",
                        column: x => x.FeeMonthId,
                        principalTable: "FosterFeeMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterFeePaymentLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeeMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChildRef = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PaymentKind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CorrectsLineId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterFeePaymentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterFeePaymentLines_FosterFeeMonths_FeeMonthId",
                        column: x => x.FeeMonthId,
                        principalTable: "FosterFeeMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFeePaymentLines_FosterFeePaymentLines_CorrectsLineId",
                        column: x => x.CorrectsLineId,
                        principalTable: "FosterFeePaymentLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFeePaymentLines_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterFeePaymentLines_FosterPlacements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "FosterPlacements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeeMonths_MemberId",
                table: "FosterFeeMonths",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeeMonths_UnitId_MemberId_Month",
                table: "FosterFeeMonths",
                columns: new[] { "UnitId", "MemberId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeePaymentLines_CorrectsLineId",
                table: "FosterFeePaymentLines",
                column: "CorrectsLineId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeePaymentLines_FeeMonthId",
                table: "FosterFeePaymentLines",
                column: "FeeMonthId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeePaymentLines_HomeId",
                table: "FosterFeePaymentLines",
                column: "HomeId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterFeePaymentLines_PlacementId_ForMonth",
                table: "FosterFeePaymentLines",
                columns: new[] { "PlacementId", "ForMonth" });
            foreach (var (table, message) in Guards)
            {
                foreach (var operation in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER "{table}_Closed_No{operation}" BEFORE {operation} ON "{table}"
                        BEGIN SELECT RAISE(ABORT, '{message}'); END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, _) in Guards)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Closed_NoUPDATE";""");
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_Closed_NoDELETE";""");
            }
            migrationBuilder.DropTable(
                name: "FosterFeeMonthFiles");

            migrationBuilder.DropTable(
                name: "FosterFeePaymentLines");

            migrationBuilder.DropTable(
                name: "FosterHomePayees");

            migrationBuilder.DropTable(
                name: "FosterFeeMonths");
        }
    }
}
