using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FosterCareSupportFeesAndAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FosterCareAgreements_UnitId_MemberId",
                table: "FosterCareAgreements");

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "FosterPlacements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "FosterCareRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsageMeasure",
                table: "FosterCareCostWeights",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlacementDays");

            migrationBuilder.AddColumn<string>(
                name: "Decision_Body",
                table: "FosterCareAgreements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Decision_Date",
                table: "FosterCareAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Reference",
                table: "FosterCareAgreements",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Title",
                table: "FosterCareAgreements",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FosterCareFeeTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision_Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision_Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision_Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision_Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareFeeTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareFeeTables_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareSupportLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Staff = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Household = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FollowUpDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareSupportLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareSupportLog_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareSupportLog_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareFeeBands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromAge = table.Column<int>(type: "INTEGER", nullable: false),
                    ToAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExpenseAllowance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareFeeBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareFeeBands_FosterCareFeeTables_VersionId",
                        column: x => x.VersionId,
                        principalTable: "FosterCareFeeTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareAgreements_UnitId_MemberId",
                table: "FosterCareAgreements",
                columns: new[] { "UnitId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareFeeBands_VersionId",
                table: "FosterCareFeeBands",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareFeeTables_UnitId_EffectiveFrom",
                table: "FosterCareFeeTables",
                columns: new[] { "UnitId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareSupportLog_HomeId",
                table: "FosterCareSupportLog",
                column: "HomeId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareSupportLog_UnitId_HomeId_Date",
                table: "FosterCareSupportLog",
                columns: new[] { "UnitId", "HomeId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FosterCareFeeBands");

            migrationBuilder.DropTable(
                name: "FosterCareSupportLog");

            migrationBuilder.DropTable(
                name: "FosterCareFeeTables");

            migrationBuilder.DropIndex(
                name: "IX_FosterCareAgreements_UnitId_MemberId",
                table: "FosterCareAgreements");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "FosterPlacements");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "FosterCareRequests");

            migrationBuilder.DropColumn(
                name: "UsageMeasure",
                table: "FosterCareCostWeights");

            migrationBuilder.DropColumn(
                name: "Decision_Body",
                table: "FosterCareAgreements");

            migrationBuilder.DropColumn(
                name: "Decision_Date",
                table: "FosterCareAgreements");

            migrationBuilder.DropColumn(
                name: "Decision_Reference",
                table: "FosterCareAgreements");

            migrationBuilder.DropColumn(
                name: "Decision_Title",
                table: "FosterCareAgreements");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareAgreements_UnitId_MemberId",
                table: "FosterCareAgreements",
                columns: new[] { "UnitId", "MemberId" },
                unique: true);
        }
    }
}
