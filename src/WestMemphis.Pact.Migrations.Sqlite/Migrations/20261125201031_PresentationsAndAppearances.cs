using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PresentationsAndAppearances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BookableResources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockCounter = table.Column<long>(type: "INTEGER", nullable: false),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookableResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookableResources_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Grades = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schools_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresentationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferenceCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequesterRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TopicOther = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GradeLevels = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NumberOfClasses = table.Column<int>(type: "INTEGER", nullable: true),
                    AudienceSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Outdoor = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinutesAllotted = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Parking = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Greeter = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    OnSitePhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RustyRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Option1StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Option1EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Option2StartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Option2EndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Option3StartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Option3EndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletionNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresentationRequests", x => x.Id);
                    table.CheckConstraint("CK_PresentationRequests_AudienceSize", "AudienceSize >= 1 AND AudienceSize <= 5000");
                    table.CheckConstraint("CK_PresentationRequests_Option1", "Option1EndUtc > Option1StartUtc");
                    table.ForeignKey(
                        name: "FK_PresentationRequests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PresentationRequests_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appearances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appearances", x => x.Id);
                    table.CheckConstraint("CK_Appearances_Times", "EndUtc > StartUtc");
                    table.ForeignKey(
                        name: "FK_Appearances_PresentationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PresentationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresentationMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresentationMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresentationMessages_PresentationRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PresentationRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppearanceBookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppearanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppearanceBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppearanceBookings_Appearances_AppearanceId",
                        column: x => x.AppearanceId,
                        principalTable: "Appearances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppearanceBookings_BookableResources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "BookableResources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppearanceBookings_AppearanceId_ResourceId",
                table: "AppearanceBookings",
                columns: new[] { "AppearanceId", "ResourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppearanceBookings_ResourceId",
                table: "AppearanceBookings",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Appearances_Active_StartUtc",
                table: "Appearances",
                columns: new[] { "Active", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Appearances_RequestId",
                table: "Appearances",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookableResources_CalendarToken",
                table: "BookableResources",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookableResources_Name",
                table: "BookableResources",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookableResources_UserId",
                table: "BookableResources",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresentationMessages_RequestId_Id",
                table: "PresentationMessages",
                columns: new[] { "RequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PresentationRequests_IdempotencyKey",
                table: "PresentationRequests",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresentationRequests_ReferenceCode",
                table: "PresentationRequests",
                column: "ReferenceCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresentationRequests_SchoolId",
                table: "PresentationRequests",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_PresentationRequests_Status_CreatedUtc",
                table: "PresentationRequests",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PresentationRequests_UserId",
                table: "PresentationRequests",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_AreaId",
                table: "Schools",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Schools_Name",
                table: "Schools",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppearanceBookings");

            migrationBuilder.DropTable(
                name: "PresentationMessages");

            migrationBuilder.DropTable(
                name: "Appearances");

            migrationBuilder.DropTable(
                name: "BookableResources");

            migrationBuilder.DropTable(
                name: "PresentationRequests");

            migrationBuilder.DropTable(
                name: "Schools");
        }
    }
}
