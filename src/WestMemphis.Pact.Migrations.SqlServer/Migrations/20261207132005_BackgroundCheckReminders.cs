using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
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
                type: "datetime2",
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
