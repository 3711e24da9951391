using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProblemOffenseLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProblemOffenseCodes",
                columns: table => new
                {
                    ProblemId = table.Column<int>(type: "int", nullable: false),
                    NibrsCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemOffenseCodes", x => new { x.ProblemId, x.NibrsCode });
                    table.ForeignKey(
                        name: "FK_ProblemOffenseCodes_NibrsOffenseCodes_NibrsCode",
                        column: x => x.NibrsCode,
                        principalTable: "NibrsOffenseCodes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProblemOffenseCodes_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemOffenseCodes_NibrsCode",
                table: "ProblemOffenseCodes",
                column: "NibrsCode");

            // Carry over the free-text codes typed before the link was real: every known NIBRS code named in the old
            // comma-separated text becomes a link; anything else in it was never counted and is dropped with the column.
            // In EXEC: SQL Server compiles a whole batch before running it, and once this migration has run the column is
            // gone, so every later run of the idempotent script would stop here (Msg 207) even though the IF skips it.
            migrationBuilder.Sql(@"EXEC(N'INSERT INTO ProblemOffenseCodes (ProblemId, NibrsCode)
SELECT p.Id, n.Code FROM Problems p JOIN NibrsOffenseCodes n
ON ('','' + REPLACE(REPLACE(UPPER(p.OffenseCategories), '' '', ''''), '';'', '','') + '','') LIKE (''%,'' + n.Code + '',%'')
WHERE p.OffenseCategories IS NOT NULL;');");

            migrationBuilder.DropColumn(
                name: "OffenseCategories",
                table: "Problems");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProblemOffenseCodes");

            migrationBuilder.AddColumn<string>(
                name: "OffenseCategories",
                table: "Problems",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);
        }
    }
}
