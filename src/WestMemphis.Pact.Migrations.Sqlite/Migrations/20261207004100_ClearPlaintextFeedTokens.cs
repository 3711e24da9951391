using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Calendar feed secrets are now kept as their SHA-256 only. Secrets stored in plain text before (48 characters;
    /// a hash has 64) are cleared rather than hashed: a copy of the database or a backup taken before today would
    /// otherwise still open those feeds. Their owners make a new feed address (docs/security.md).
    /// </summary>
    public partial class ClearPlaintextFeedTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"VolunteerProfiles\" SET \"CalendarToken\" = NULL WHERE \"CalendarToken\" IS NOT NULL AND length(\"CalendarToken\") = 48;");
            migrationBuilder.Sql("UPDATE \"BookableResources\" SET \"CalendarToken\" = NULL WHERE \"CalendarToken\" IS NOT NULL AND length(\"CalendarToken\") = 48;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // What was blanked is gone on purpose.
        }
    }
}
