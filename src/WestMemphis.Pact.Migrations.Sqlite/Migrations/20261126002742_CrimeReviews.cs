using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CrimeReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrimeReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AreasKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ProblemsDiscussed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeReviews_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrimeActionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RaisedInReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    TimesCarried = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PartnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomeReviewId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeActionItems", x => x.Id);
                    table.CheckConstraint("CK_CrimeActionItems_TimesCarried", "TimesCarried >= 0");
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_CurrentReviewId",
                        column: x => x.CurrentReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_OutcomeReviewId",
                        column: x => x.OutcomeReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_RaisedInReviewId",
                        column: x => x.RaisedInReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrimeReviewAreas",
                columns: table => new
                {
                    CrimeReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeReviewAreas", x => new { x.CrimeReviewId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_CrimeReviewAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeReviewAreas_CrimeReviews_CrimeReviewId",
                        column: x => x.CrimeReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Area",
                table: "IncidentOffenses",
                columns: new[] { "AreaId", "Category", "PartIClass", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Citywide",
                table: "IncidentOffenses",
                columns: new[] { "Category", "PartIClass", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_CurrentReviewId_Status",
                table: "CrimeActionItems",
                columns: new[] { "CurrentReviewId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_OutcomeReviewId",
                table: "CrimeActionItems",
                column: "OutcomeReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_OwnerUserId_Status_DueDate",
                table: "CrimeActionItems",
                columns: new[] { "OwnerUserId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_RaisedInReviewId",
                table: "CrimeActionItems",
                column: "RaisedInReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviewAreas_AreaId",
                table: "CrimeReviewAreas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_AreasKey_MeetingDate",
                table: "CrimeReviews",
                columns: new[] { "AreasKey", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_CreatedById",
                table: "CrimeReviews",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_MeetingDate",
                table: "CrimeReviews",
                column: "MeetingDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrimeActionItems");

            migrationBuilder.DropTable(
                name: "CrimeReviewAreas");

            migrationBuilder.DropTable(
                name: "CrimeReviews");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_Review_Area",
                table: "IncidentOffenses");

            migrationBuilder.DropIndex(
                name: "IX_IncidentOffenses_Review_Citywide",
                table: "IncidentOffenses");
        }
    }
}
