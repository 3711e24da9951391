using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlimIncidentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AreaId_OccurredAtUtc",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OccurredAtUtc",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AreaId",
                table: "Incidents",
                column: "AreaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_AreaId",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AreaId_OccurredAtUtc",
                table: "Incidents",
                columns: new[] { "AreaId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredAtUtc",
                table: "Incidents",
                column: "OccurredAtUtc");
        }
    }
}
