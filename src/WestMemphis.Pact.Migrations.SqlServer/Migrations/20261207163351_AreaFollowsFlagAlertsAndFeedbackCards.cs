using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AreaFollowsFlagAlertsAndFeedbackCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnsubscribeUrl",
                table: "OutboxMessages",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AreaFollows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmationSentUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastDigestWeekOf = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaFollows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaFollows_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AreaFollows_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrimeFlagAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Episode = table.Column<int>(type: "int", nullable: false),
                    ReviewEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Current = table.Column<int>(type: "int", nullable: false),
                    Previous = table.Column<int>(type: "int", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClearedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeFlagAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeFlagAlerts_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Program = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RetiredUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackCards_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SourceKey = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Program = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Program = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    CardId = table.Column<int>(type: "int", nullable: true),
                    Source = table.Column<int>(type: "int", nullable: false),
                    Listened = table.Column<int>(type: "int", nullable: false),
                    FeelSafer = table.Column<int>(type: "int", nullable: false),
                    WouldCall = table.Column<int>(type: "int", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AreaFollowLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaFollowId = table.Column<int>(type: "int", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaFollowLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaFollowLinks_AreaFollows_AreaFollowId",
                        column: x => x.AreaFollowId,
                        principalTable: "AreaFollows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AreaFollowLinks_AreaFollowId",
                table: "AreaFollowLinks",
                column: "AreaFollowId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaFollowLinks_TokenHash",
                table: "AreaFollowLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AreaFollows_AreaId_Email",
                table: "AreaFollows",
                columns: new[] { "AreaId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AreaFollows_ConfirmedUtc_LastDigestWeekOf",
                table: "AreaFollows",
                columns: new[] { "ConfirmedUtc", "LastDigestWeekOf" });

            migrationBuilder.CreateIndex(
                name: "IX_AreaFollows_UserId",
                table: "AreaFollows",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeFlagAlerts_AreaId_Category_Episode",
                table: "CrimeFlagAlerts",
                columns: new[] { "AreaId", "Category", "Episode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCards_AreaId",
                table: "FeedbackCards",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCards_Code",
                table: "FeedbackCards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitations_SourceKey",
                table: "FeedbackInvitations",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInvitations_TokenHash",
                table: "FeedbackInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_CreatedUtc_Program",
                table: "FeedbackResponses",
                columns: new[] { "CreatedUtc", "Program" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaFollowLinks");

            migrationBuilder.DropTable(
                name: "CrimeFlagAlerts");

            migrationBuilder.DropTable(
                name: "FeedbackCards");

            migrationBuilder.DropTable(
                name: "FeedbackInvitations");

            migrationBuilder.DropTable(
                name: "FeedbackResponses");

            migrationBuilder.DropTable(
                name: "AreaFollows");

            migrationBuilder.DropColumn(
                name: "UnsubscribeUrl",
                table: "OutboxMessages");
        }
    }
}
