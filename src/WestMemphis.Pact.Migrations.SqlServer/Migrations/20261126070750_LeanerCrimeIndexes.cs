using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LeanerCrimeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_AreaId_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_NibrsCode_Description",
                table: "IncidentOffenses");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_Review_Time",
                table: "IncidentOffenses");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_NibrsCode_Description",
                table: "IncidentOffenses",
                columns: new[] { "NibrsCode", "Description" },
                filter: "\"NibrsCode\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Time",
                table: "IncidentOffenses",
                columns: new[] { "OccurredAtUtc", "AreaId", "Category", "PartIClass", "NibrsCode", "IncidentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_NibrsCode_Description",
                table: "IncidentOffenses");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_Review_Time",
                table: "IncidentOffenses");

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_AreaId_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses",
                columns: new[] { "AreaId", "OccurredAtUtc", "Category", "PartIClass", "NibrsCode" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_NibrsCode_Description",
                table: "IncidentOffenses",
                columns: new[] { "NibrsCode", "Description" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses",
                columns: new[] { "OccurredAtUtc", "Category", "PartIClass", "NibrsCode" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Time",
                table: "IncidentOffenses",
                columns: new[] { "OccurredAtUtc", "AreaId", "Category", "PartIClass", "IncidentId" });
        }
    }
}
