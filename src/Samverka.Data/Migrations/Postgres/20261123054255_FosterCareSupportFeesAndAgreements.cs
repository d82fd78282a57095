using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "FosterCareRequests",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsageMeasure",
                table: "FosterCareCostWeights",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlacementDays");

            migrationBuilder.AddColumn<string>(
                name: "Decision_Body",
                table: "FosterCareAgreements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Decision_Date",
                table: "FosterCareAgreements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Reference",
                table: "FosterCareAgreements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision_Title",
                table: "FosterCareAgreements",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FosterCareFeeTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision_Body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Decision_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision_Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Decision_Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Staff = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Household = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FollowUpDue = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromAge = table.Column<int>(type: "integer", nullable: false),
                    ToAge = table.Column<int>(type: "integer", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ExpenseAllowance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
