using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventsAndVolunteering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventFollows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventFollows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventFollows_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventFollows_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSeasonal = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeasonNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SeekingVolunteers = table.Column<bool>(type: "INTEGER", nullable: false),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerProfiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Interests = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GuardianConsentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaiverVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WaiverAcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BackgroundCheck = table.Column<int>(type: "INTEGER", nullable: false),
                    BackgroundCheckUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CalendarToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_VolunteerProfiles_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VolunteerProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CleanupResults",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sites = table.Column<int>(type: "INTEGER", nullable: false),
                    Volunteers = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerHours = table.Column<double>(type: "REAL", nullable: false),
                    Bags = table.Column<int>(type: "INTEGER", nullable: false),
                    Tires = table.Column<int>(type: "INTEGER", nullable: false),
                    LargeItems = table.Column<int>(type: "INTEGER", nullable: false),
                    EstimatedPounds = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanupResults", x => x.EventId);
                    table.ForeignKey(
                        name: "FK_CleanupResults_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Shifts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Filled = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitlistCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumAge = table.Column<int>(type: "INTEGER", nullable: false),
                    WorksWithChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shifts", x => x.Id);
                    table.CheckConstraint("CK_Shifts_Filled", "Filled >= 0 AND Filled <= Capacity");
                    table.CheckConstraint("CK_Shifts_WaitlistCount", "WaitlistCount >= 0");
                    table.ForeignKey(
                        name: "FK_Shifts_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Signups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShiftId = table.Column<int>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    PromotedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedOutUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Hours = table.Column<double>(type: "REAL", nullable: true),
                    HoursApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SecondReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signups_AspNetUsers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Signups_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventFollows_AreaId",
                table: "EventFollows",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_EventFollows_Type",
                table: "EventFollows",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_EventFollows_UserId",
                table: "EventFollows",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_AreaId",
                table: "Events",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Status_StartUtc",
                table: "Events",
                columns: new[] { "Status", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_EventId_StartUtc",
                table: "Shifts",
                columns: new[] { "EventId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Signups_ShiftId_Status_Id",
                table: "Signups",
                columns: new[] { "ShiftId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Signups_ShiftId_VolunteerId_Active",
                table: "Signups",
                columns: new[] { "ShiftId", "VolunteerId" },
                unique: true,
                filter: "Status <> 2");

            migrationBuilder.CreateIndex(
                name: "IX_Signups_VolunteerId_IdempotencyKey",
                table: "Signups",
                columns: new[] { "VolunteerId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerProfiles_AreaId",
                table: "VolunteerProfiles",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerProfiles_CalendarToken",
                table: "VolunteerProfiles",
                column: "CalendarToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CleanupResults");

            migrationBuilder.DropTable(
                name: "EventFollows");

            migrationBuilder.DropTable(
                name: "Signups");

            migrationBuilder.DropTable(
                name: "VolunteerProfiles");

            migrationBuilder.DropTable(
                name: "Shifts");

            migrationBuilder.DropTable(
                name: "Events");
        }
    }
}
