using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The one exception to the append-only audit trail (docs/security.md, "What we keep about whom"): the audit
    /// rows written when an anonymous concern was created named the reporter's account and address. They now name
    /// "the public form", with no user id and no address, as new ones do. Nothing else is changed; there is no way back.
    /// </summary>
    public partial class BlankAnonymousConcernAuthors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE [AuditEntries] SET [UserId] = NULL, [UserName] = 'the public form', [IpAddress] = NULL WHERE [RecordType] = 'Concern' AND [Action] = 'Created' AND [RecordId] IN (SELECT CAST([Id] AS nvarchar(20)) FROM [Concerns] WHERE [IsAnonymous] = 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // What was blanked is gone on purpose.
        }
    }
}
