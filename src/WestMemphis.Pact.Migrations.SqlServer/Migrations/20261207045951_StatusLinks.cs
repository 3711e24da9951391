using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatusLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatusLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PresentationRequestId = table.Column<int>(type: "int", nullable: true),
                    ConcernId = table.Column<int>(type: "int", nullable: true),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusLinks", x => x.Id);
                    table.CheckConstraint("CK_StatusLinks_OneRecord", "(PresentationRequestId IS NULL AND ConcernId IS NOT NULL) OR (PresentationRequestId IS NOT NULL AND ConcernId IS NULL)");
                    table.ForeignKey(
                        name: "FK_StatusLinks_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StatusLinks_PresentationRequests_PresentationRequestId",
                        column: x => x.PresentationRequestId,
                        principalTable: "PresentationRequests",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatusLinks_ConcernId",
                table: "StatusLinks",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusLinks_PresentationRequestId",
                table: "StatusLinks",
                column: "PresentationRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_StatusLinks_TokenHash",
                table: "StatusLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatusLinks");
        }
    }
}
