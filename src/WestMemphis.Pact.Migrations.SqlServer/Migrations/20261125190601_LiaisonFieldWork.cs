using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LiaisonFieldWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Congregations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Denomination = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Congregations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Congregations_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpDigests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfficerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "date", nullable: false),
                    QueuedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenFollowUps = table.Column<int>(type: "int", nullable: false),
                    Overdue = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpDigests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpDigests_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiaisonAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfficerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WeeklyHours = table.Column<int>(type: "int", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonAssignments_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LiaisonAssignments_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerOrganizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Services = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    AgreementDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerOrganizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StreetRanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    StreetName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Directional = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    NameKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Suffix = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    FromNumber = table.Column<int>(type: "int", nullable: false),
                    ToNumber = table.Column<int>(type: "int", nullable: false),
                    Parity = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreetRanges", x => x.Id);
                    table.CheckConstraint("CK_StreetRanges_Numbers", "FromNumber >= 0 AND ToNumber >= FromNumber");
                    table.ForeignKey(
                        name: "FK_StreetRanges_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Clergy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CongregationId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PreferredContact = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clergy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clergy_Congregations_CongregationId",
                        column: x => x.CongregationId,
                        principalTable: "Congregations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SecurityAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CongregationId = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    OfficerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Attendance = table.Column<int>(type: "int", nullable: true),
                    YouthPrograms = table.Column<bool>(type: "bit", nullable: false),
                    Daycare = table.Column<bool>(type: "bit", nullable: false),
                    Cameras = table.Column<bool>(type: "bit", nullable: false),
                    Alarm = table.Column<bool>(type: "bit", nullable: false),
                    AccessControl = table.Column<bool>(type: "bit", nullable: false),
                    SecurityTeam = table.Column<bool>(type: "bit", nullable: false),
                    Recommendations = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FollowUpDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecurityAssessments_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SecurityAssessments_Congregations_CongregationId",
                        column: x => x.CongregationId,
                        principalTable: "Congregations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerAreas",
                columns: table => new
                {
                    PartnerOrganizationId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerAreas", x => new { x.PartnerOrganizationId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_PartnerAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerAreas_PartnerOrganizations_PartnerOrganizationId",
                        column: x => x.PartnerOrganizationId,
                        principalTable: "PartnerOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OfficerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    WhenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    CongregationId = table.Column<int>(type: "int", nullable: true),
                    ClergyId = table.Column<int>(type: "int", nullable: true),
                    PartnerOrganizationId = table.Column<int>(type: "int", nullable: true),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PositiveContacts = table.Column<int>(type: "int", nullable: false),
                    FollowUp = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FollowUpOwnerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    FollowUpDue = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FollowUpOutcome = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactLogs", x => x.Id);
                    table.CheckConstraint("CK_ContactLogs_PositiveContacts", "PositiveContacts >= 0");
                    table.ForeignKey(
                        name: "FK_ContactLogs_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_AspNetUsers_FollowUpOwnerId",
                        column: x => x.FollowUpOwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_Clergy_ClergyId",
                        column: x => x.ClergyId,
                        principalTable: "Clergy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_Congregations_CongregationId",
                        column: x => x.CongregationId,
                        principalTable: "Congregations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContactLogs_PartnerOrganizations_PartnerOrganizationId",
                        column: x => x.PartnerOrganizationId,
                        principalTable: "PartnerOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Clergy_CongregationId",
                table: "Clergy",
                column: "CongregationId");

            migrationBuilder.CreateIndex(
                name: "IX_Congregations_AreaId",
                table: "Congregations",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Congregations_Name",
                table: "Congregations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_AreaId_WhenUtc",
                table: "ContactLogs",
                columns: new[] { "AreaId", "WhenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_ClergyId",
                table: "ContactLogs",
                column: "ClergyId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_CongregationId",
                table: "ContactLogs",
                column: "CongregationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_FollowUpOwnerId_FollowUpClosedUtc_FollowUpDue",
                table: "ContactLogs",
                columns: new[] { "FollowUpOwnerId", "FollowUpClosedUtc", "FollowUpDue" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_OfficerId_WhenUtc",
                table: "ContactLogs",
                columns: new[] { "OfficerId", "WhenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactLogs_PartnerOrganizationId",
                table: "ContactLogs",
                column: "PartnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpDigests_OfficerId_WeekOf",
                table: "FollowUpDigests",
                columns: new[] { "OfficerId", "WeekOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignments_AreaId_StartDate",
                table: "LiaisonAssignments",
                columns: new[] { "AreaId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignments_OfficerId_AreaId",
                table: "LiaisonAssignments",
                columns: new[] { "OfficerId", "AreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAreas_AreaId",
                table: "PartnerAreas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerOrganizations_Name",
                table: "PartnerOrganizations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityAssessments_CongregationId",
                table: "SecurityAssessments",
                column: "CongregationId");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityAssessments_OfficerId",
                table: "SecurityAssessments",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_StreetRanges_AreaId",
                table: "StreetRanges",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_StreetRanges_NameKey_FromNumber",
                table: "StreetRanges",
                columns: new[] { "NameKey", "FromNumber" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactLogs");

            migrationBuilder.DropTable(
                name: "FollowUpDigests");

            migrationBuilder.DropTable(
                name: "LiaisonAssignments");

            migrationBuilder.DropTable(
                name: "PartnerAreas");

            migrationBuilder.DropTable(
                name: "SecurityAssessments");

            migrationBuilder.DropTable(
                name: "StreetRanges");

            migrationBuilder.DropTable(
                name: "Clergy");

            migrationBuilder.DropTable(
                name: "PartnerOrganizations");

            migrationBuilder.DropTable(
                name: "Congregations");
        }
    }
}
