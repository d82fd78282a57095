using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FosterCareConsultantPrices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FosterCareConsultantPrices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DailyPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Decision_Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision_Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision_Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision_Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareConsultantPrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareConsultantPrices_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareConsultantPrices_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareConsultantPrices_MemberId",
                table: "FosterCareConsultantPrices",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareConsultantPrices_UnitId_MemberId_EffectiveFrom",
                table: "FosterCareConsultantPrices",
                columns: new[] { "UnitId", "MemberId", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FosterCareConsultantPrices");
        }
    }
}
