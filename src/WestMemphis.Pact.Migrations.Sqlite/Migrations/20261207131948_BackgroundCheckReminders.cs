using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackgroundCheckReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "BackgroundCheckReminderUtc",
                table: "VolunteerProfiles",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BackgroundCheckReminderUtc",
                table: "VolunteerProfiles");
        }
    }
}
