using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConcernsAndProblems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProblemId",
                table: "ContactLogs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Problems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Offender = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OffenderHandler = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VictimOrTarget = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VictimGuardian = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PlaceManager = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnalysisNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponsePlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OffenseCategories = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResponseCarriedOut = table.Column<bool>(type: "INTEGER", nullable: true),
                    Effective = table.Column<bool>(type: "INTEGER", nullable: true),
                    BeforeStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BeforeEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfterStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfterEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcernsBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcernsAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    IncidentsBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    IncidentsAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    AssessmentNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Problems", x => x.Id);
                    table.CheckConstraint("CK_Problems_ConcernCounts", "(ConcernsBefore IS NULL OR ConcernsBefore >= 0) AND (ConcernsAfter IS NULL OR ConcernsAfter >= 0)");
                    table.CheckConstraint("CK_Problems_IncidentCounts", "(IncidentsBefore IS NULL OR IncidentsBefore >= 0) AND (IncidentsAfter IS NULL OR IncidentsAfter >= 0)");
                    table.ForeignKey(
                        name: "FK_Problems_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Problems_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferenceCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaPlacedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhenItHappens = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReporterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReporterPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReporterUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AssignedOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RaisedAtEventId = table.Column<int>(type: "INTEGER", nullable: true),
                    LoggedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProblemId = table.Column<int>(type: "INTEGER", nullable: true),
                    PhotoStoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhotoContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_AspNetUsers_AssignedOfficerId",
                        column: x => x.AssignedOfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_AspNetUsers_LoggedById",
                        column: x => x.LoggedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_AspNetUsers_ReporterUserId",
                        column: x => x.ReporterUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Concerns_Events_RaisedAtEventId",
                        column: x => x.RaisedAtEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProblemActionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProblemId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProblemActionItems_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProblemCongregations",
                columns: table => new
                {
                    ProblemId = table.Column<int>(type: "INTEGER", nullable: false),
                    CongregationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemCongregations", x => new { x.ProblemId, x.CongregationId });
                    table.ForeignKey(
                        name: "FK_ProblemCongregations_Congregations_CongregationId",
                        column: x => x.CongregationId,
                        principalTable: "Congregations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProblemCongregations_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProblemPartners",
                columns: table => new
                {
                    ProblemId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerOrganizationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemPartners", x => new { x.ProblemId, x.PartnerOrganizationId });
                    table.ForeignKey(
                        name: "FK_ProblemPartners_PartnerOrganizations_PartnerOrganizationId",
                        column: x => x.PartnerOrganizationId,
                        principalTable: "PartnerOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProblemPartners_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernUpdates_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_ProblemId",
                table: "ContactLogs",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AreaId_CreatedUtc",
                table: "Concerns",
                columns: new[] { "AreaId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AssignedOfficerId",
                table: "Concerns",
                column: "AssignedOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_IdempotencyKey",
                table: "Concerns",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_LoggedById",
                table: "Concerns",
                column: "LoggedById");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ProblemId",
                table: "Concerns",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_RaisedAtEventId",
                table: "Concerns",
                column: "RaisedAtEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReferenceCode",
                table: "Concerns",
                column: "ReferenceCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReporterUserId",
                table: "Concerns",
                column: "ReporterUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Status_CreatedUtc",
                table: "Concerns",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernUpdates_ConcernId_Id",
                table: "ConcernUpdates",
                columns: new[] { "ConcernId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemActionItems_ProblemId_Status",
                table: "ProblemActionItems",
                columns: new[] { "ProblemId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemCongregations_CongregationId",
                table: "ProblemCongregations",
                column: "CongregationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProblemPartners_PartnerOrganizationId",
                table: "ProblemPartners",
                column: "PartnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_AreaId",
                table: "Problems",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_OwnerId",
                table: "Problems",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_Stage_AreaId",
                table: "Problems",
                columns: new[] { "Stage", "AreaId" });

            migrationBuilder.AddForeignKey(
                name: "FK_ContactLogs_Problems_ProblemId",
                table: "ContactLogs",
                column: "ProblemId",
                principalTable: "Problems",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContactLogs_Problems_ProblemId",
                table: "ContactLogs");

            migrationBuilder.DropTable(
                name: "ConcernUpdates");

            migrationBuilder.DropTable(
                name: "ProblemActionItems");

            migrationBuilder.DropTable(
                name: "ProblemCongregations");

            migrationBuilder.DropTable(
                name: "ProblemPartners");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Problems");

            migrationBuilder.DropIndex(
                name: "IX_ContactLogs_ProblemId",
                table: "ContactLogs");

            migrationBuilder.DropColumn(
                name: "ProblemId",
                table: "ContactLogs");
        }
    }
}
