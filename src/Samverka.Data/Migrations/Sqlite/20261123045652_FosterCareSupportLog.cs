using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FosterCareSupportLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UsageMeasure",
                table: "FosterCareCostWeights",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlacementDays");

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
                name: "FosterCareSupportLog");

            migrationBuilder.DropColumn(
                name: "UsageMeasure",
                table: "FosterCareCostWeights");
        }
    }
}
