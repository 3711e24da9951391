using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RecordsRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RecordKind = table.Column<int>(type: "int", nullable: true),
                    RecordId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProblemId = table.Column<int>(type: "int", nullable: true),
                    PersonId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    FromUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ToUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    PlacedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PlacedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReleasedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReleasedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleaseReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DayKey = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_ReleasedUtc",
                table: "LegalHolds",
                column: "ReleasedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_DayKey",
                table: "RetentionRuns",
                column: "DayKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "RetentionRuns");
        }
    }
}
