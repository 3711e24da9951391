using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddHoursLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "PositiveContacts",
                table: "ContactLogs",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.CreateTable(
                name: "HoursLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VerificationCode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    VolunteerId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    VolunteerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FirstShiftUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastShiftUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    TotalHours = table.Column<double>(type: "float", nullable: false),
                    ShiftCount = table.Column<int>(type: "int", nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoursLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoursLetters_AspNetUsers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HoursLetterShifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HoursLetterId = table.Column<int>(type: "int", nullable: false),
                    EventTitle = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Hours = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoursLetterShifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoursLetterShifts_HoursLetters_HoursLetterId",
                        column: x => x.HoursLetterId,
                        principalTable: "HoursLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HoursLetters_VerificationCode",
                table: "HoursLetters",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HoursLetters_VolunteerId_IssuedUtc",
                table: "HoursLetters",
                columns: new[] { "VolunteerId", "IssuedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_HoursLetterShifts_HoursLetterId",
                table: "HoursLetterShifts",
                column: "HoursLetterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HoursLetterShifts");

            migrationBuilder.DropTable(
                name: "HoursLetters");

            migrationBuilder.AlterColumn<int>(
                name: "PositiveContacts",
                table: "ContactLogs",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
