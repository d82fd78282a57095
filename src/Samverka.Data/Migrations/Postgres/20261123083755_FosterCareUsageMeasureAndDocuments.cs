using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FosterCareUsageMeasureAndDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnteredUsageMeasure",
                table: "FosterCareMemberKeys",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "PlacementDays");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnteredUsageMeasure",
                table: "FosterCareMemberKeys");
        }
    }
}
