using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SqlServerKeysAndCollations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
