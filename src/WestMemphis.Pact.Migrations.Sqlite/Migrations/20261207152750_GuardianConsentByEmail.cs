using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GuardianConsentByEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GuardianAnsweredUtc",
                table: "VolunteerProfiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GuardianConsent",
                table: "VolunteerProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GuardianEmail",
                table: "VolunteerProfiles",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianLinkHash",
                table: "VolunteerProfiles",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GuardianRequestedUtc",
                table: "VolunteerProfiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuardianSignature",
                table: "VolunteerProfiles",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Profiles saved with the old ticked box (a minor, GuardianConsentUtc set, no guardian email) keep their consent as
            // given; the next profile edit asks for the guardian's email (docs/decisions/0024-guardian-consent-by-email.md).
            // 0 is AgeGroup.Adult, 2 is GuardianConsentStatus.Given; no quoted identifiers, so the same SQL runs on both providers.
            migrationBuilder.Sql("UPDATE VolunteerProfiles SET GuardianConsent = 2, GuardianAnsweredUtc = GuardianConsentUtc WHERE AgeGroup <> 0 AND GuardianConsentUtc IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerProfiles_GuardianConsent_GuardianRequestedUtc",
                table: "VolunteerProfiles",
                columns: new[] { "GuardianConsent", "GuardianRequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerProfiles_GuardianLinkHash",
                table: "VolunteerProfiles",
                column: "GuardianLinkHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VolunteerProfiles_GuardianConsent_GuardianRequestedUtc",
                table: "VolunteerProfiles");

            migrationBuilder.DropIndex(
                name: "IX_VolunteerProfiles_GuardianLinkHash",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianAnsweredUtc",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianConsent",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianEmail",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianLinkHash",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianRequestedUtc",
                table: "VolunteerProfiles");

            migrationBuilder.DropColumn(
                name: "GuardianSignature",
                table: "VolunteerProfiles");
        }
    }
}
