using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PreventionMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrimeFlagEvents",
                columns: table => new
                {
                    CrimeFlagAlertId = table.Column<int>(type: "int", nullable: false),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeFlagEvents", x => new { x.CrimeFlagAlertId, x.EventId });
                    table.ForeignKey(
                        name: "FK_CrimeFlagEvents_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeFlagEvents_CrimeFlagAlerts_CrimeFlagAlertId",
                        column: x => x.CrimeFlagAlertId,
                        principalTable: "CrimeFlagAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeFlagEvents_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreventionMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CrimeFlagAlertId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    TemplateKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SentUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecipientCount = table.Column<int>(type: "int", nullable: true),
                    WithdrawnUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreventionMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreventionMessages_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PreventionMessages_AspNetUsers_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PreventionMessages_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PreventionMessages_CrimeFlagAlerts_CrimeFlagAlertId",
                        column: x => x.CrimeFlagAlertId,
                        principalTable: "CrimeFlagAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeFlagEvents_CreatedById",
                table: "CrimeFlagEvents",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeFlagEvents_EventId",
                table: "CrimeFlagEvents",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMessages_ApprovedById",
                table: "PreventionMessages",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMessages_AreaId",
                table: "PreventionMessages",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMessages_CreatedById",
                table: "PreventionMessages",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMessages_CrimeFlagAlertId",
                table: "PreventionMessages",
                column: "CrimeFlagAlertId");

            migrationBuilder.CreateIndex(
                name: "IX_PreventionMessages_Status_CreatedUtc",
                table: "PreventionMessages",
                columns: new[] { "Status", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrimeFlagEvents");

            migrationBuilder.DropTable(
                name: "PreventionMessages");
        }
    }
}
