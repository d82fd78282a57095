using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompensationAnnualAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompensationAnnualAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    StaffCosts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PremisesCosts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    FoodCosts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OtherCosts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationAnnualAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationAnnualAccounts_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationAnnualAccounts_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationAnnualAccountBands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    ChildMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationAnnualAccountBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationAnnualAccountBands_CompensationAnnualAccounts_A~",
                        column: x => x.AccountId,
                        principalTable: "CompensationAnnualAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationAnnualAccountBands_AccountId",
                table: "CompensationAnnualAccountBands",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationAnnualAccounts_MunicipalityId_Year",
                table: "CompensationAnnualAccounts",
                columns: new[] { "MunicipalityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationAnnualAccounts_ProviderId_Year",
                table: "CompensationAnnualAccounts",
                columns: new[] { "ProviderId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompensationAnnualAccountBands");

            migrationBuilder.DropTable(
                name: "CompensationAnnualAccounts");
        }
    }
}
