using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WestMemphis.Pact.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CrimeDataAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AreaSourceMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaSourceMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaSourceMappings_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrimeReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    AreasKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Attendees = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ProblemsDiscussed = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "nvarchar(max)", maxLength: 400000, nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeReviews_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Layout = table.Column<int>(type: "int", nullable: false),
                    ColumnMapJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FileSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StoredFilePath = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    RowsInserted = table.Column<long>(type: "bigint", nullable: false),
                    RowsUpdated = table.Column<long>(type: "bigint", nullable: false),
                    RowsUnchanged = table.Column<long>(type: "bigint", nullable: false),
                    RowsRejected = table.Column<long>(type: "bigint", nullable: false),
                    EstimatedRows = table.Column<long>(type: "bigint", nullable: false),
                    ElapsedSeconds = table.Column<double>(type: "float", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportBatches_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ColumnMapJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NibrsOffenseCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CrimesAgainst = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<int>(type: "int", nullable: false),
                    UcrPart = table.Column<byte>(type: "tinyint", nullable: false),
                    PartIClass = table.Column<int>(type: "int", nullable: false),
                    HierarchyRank = table.Column<int>(type: "int", nullable: false),
                    IsSensitive = table.Column<bool>(type: "bit", nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NibrsOffenseCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "CrimeActionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RaisedInReviewId = table.Column<int>(type: "int", nullable: false),
                    CurrentReviewId = table.Column<int>(type: "int", nullable: false),
                    TimesCarried = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerKind = table.Column<int>(type: "int", nullable: false),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    PartnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OutcomeReviewId = table.Column<int>(type: "int", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeActionItems", x => x.Id);
                    table.CheckConstraint("CK_CrimeActionItems_TimesCarried", "TimesCarried >= 0");
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_CurrentReviewId",
                        column: x => x.CurrentReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_OutcomeReviewId",
                        column: x => x.OutcomeReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeActionItems_CrimeReviews_RaisedInReviewId",
                        column: x => x.RaisedInReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrimeReviewAreas",
                columns: table => new
                {
                    CrimeReviewId = table.Column<int>(type: "int", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeReviewAreas", x => new { x.CrimeReviewId, x.AreaId });
                    table.ForeignKey(
                        name: "FK_CrimeReviewAreas_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrimeReviewAreas_CrimeReviews_CrimeReviewId",
                        column: x => x.CrimeReviewId,
                        principalTable: "CrimeReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRejectedRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportBatchId = table.Column<long>(type: "bigint", nullable: false),
                    LineNumber = table.Column<long>(type: "bigint", nullable: false),
                    Column = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RawExcerpt = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRejectedRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRejectedRows_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceIncidentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    HundredBlock = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    SourceBeat = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    AreaPlacement = table.Column<int>(type: "int", nullable: false),
                    Disposition = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsDomestic = table.Column<bool>(type: "bit", nullable: false),
                    IsJuvenile = table.Column<bool>(type: "bit", nullable: false),
                    HighestOffenseCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    OffenseCount = table.Column<int>(type: "int", nullable: false),
                    ImportBatchId = table.Column<long>(type: "bigint", nullable: true),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Incidents_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Incidents_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OffenseDescriptionMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NibrsCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OffenseDescriptionMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OffenseDescriptionMappings_NibrsOffenseCodes_NibrsCode",
                        column: x => x.NibrsCode,
                        principalTable: "NibrsOffenseCodes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IncidentOffenses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IncidentId = table.Column<long>(type: "bigint", nullable: false),
                    OffenseKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NibrsCode = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    SourceCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    UcrPart = table.Column<byte>(type: "tinyint", nullable: true),
                    PartIClass = table.Column<int>(type: "int", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AreaId = table.Column<int>(type: "int", nullable: true),
                    ContentHash = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentOffenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentOffenses_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncidentOffenses_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncidentOffenses_NibrsOffenseCodes_NibrsCode",
                        column: x => x.NibrsCode,
                        principalTable: "NibrsOffenseCodes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "NibrsOffenseCodes",
                columns: new[] { "Code", "CrimesAgainst", "Group", "HierarchyRank", "IsPublic", "IsSensitive", "Name", "PartIClass", "UcrPart", "Version" },
                values: new object[,]
                {
                    { "09A", 1, 1, 1, false, false, "Murder and Nonnegligent Manslaughter", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "09B", 1, 1, 11, false, false, "Negligent Manslaughter", 0, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "09C", 1, 1, 60, false, false, "Justifiable Homicide", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "100", 1, 1, 14, false, false, "Kidnapping/Abduction", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "11A", 1, 1, 2, false, true, "Rape", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "11B", 1, 1, 3, false, true, "Sodomy", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "11C", 1, 1, 4, false, true, "Sexual Assault With An Object", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "11D", 1, 1, 15, false, true, "Fondling", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "120", 2, 1, 5, false, false, "Robbery", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "13A", 1, 1, 6, false, false, "Aggravated Assault", 1, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "13B", 1, 1, 20, false, false, "Simple Assault", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "13C", 1, 1, 21, false, false, "Intimidation", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "200", 2, 1, 10, false, false, "Arson", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "210", 2, 1, 22, false, false, "Extortion/Blackmail", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "220", 2, 1, 7, false, false, "Burglary/Breaking & Entering", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23A", 2, 1, 8, false, false, "Pocket-picking", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23B", 2, 1, 8, false, false, "Purse-snatching", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23C", 2, 1, 8, false, false, "Shoplifting", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23D", 2, 1, 8, false, false, "Theft From Building", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23E", 2, 1, 8, false, false, "Theft From Coin-Operated Machine or Device", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23F", 2, 1, 8, false, false, "Theft From Motor Vehicle", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23G", 2, 1, 8, false, false, "Theft of Motor Vehicle Parts or Accessories", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "23H", 2, 1, 8, false, false, "All Other Larceny", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "240", 2, 1, 9, false, false, "Motor Vehicle Theft", 2, (byte)1, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "250", 2, 1, 30, false, false, "Counterfeiting/Forgery", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26A", 2, 1, 30, false, false, "False Pretenses/Swindle/Confidence Game", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26B", 2, 1, 30, false, false, "Credit Card/Automated Teller Machine Fraud", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26C", 2, 1, 30, false, false, "Impersonation", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26D", 2, 1, 30, false, false, "Welfare Fraud", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26E", 2, 1, 30, false, false, "Wire Fraud", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26F", 2, 1, 30, false, false, "Identity Theft", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "26G", 2, 1, 30, false, false, "Hacking/Computer Invasion", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "270", 2, 1, 30, false, false, "Embezzlement", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "280", 2, 1, 31, false, false, "Stolen Property Offenses", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "290", 2, 1, 32, false, false, "Destruction/Damage/Vandalism of Property", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "35A", 3, 1, 33, false, false, "Drug/Narcotic Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "35B", 3, 1, 34, false, false, "Drug Equipment Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "36A", 1, 1, 16, false, true, "Incest", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "36B", 1, 1, 16, false, true, "Statutory Rape", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "370", 3, 1, 40, false, false, "Pornography/Obscene Material", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "39A", 3, 1, 41, false, false, "Betting/Wagering", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "39B", 3, 1, 41, false, false, "Operating/Promoting/Assisting Gambling", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "39C", 3, 1, 41, false, false, "Gambling Equipment Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "39D", 3, 1, 41, false, false, "Sports Tampering", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "40A", 3, 1, 42, false, false, "Prostitution", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "40B", 3, 1, 42, false, false, "Assisting or Promoting Prostitution", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "40C", 3, 1, 42, false, false, "Purchasing Prostitution", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "510", 2, 1, 30, false, false, "Bribery", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "520", 3, 1, 35, false, false, "Weapon Law Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "521", 3, 1, 35, false, false, "Violation of National Firearm Act of 1934", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "522", 3, 1, 35, false, false, "Weapons of Mass Destruction", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "526", 3, 1, 35, false, false, "Explosives", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "58A", 3, 1, 50, false, false, "Import Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "58B", 3, 1, 50, false, false, "Export Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "61A", 3, 1, 50, false, false, "Federal Liquor Offenses", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "61B", 3, 1, 50, false, false, "Federal Tobacco Offenses", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "620", 3, 1, 50, false, false, "Wildlife Trafficking", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "64A", 1, 1, 12, false, true, "Human Trafficking, Commercial Sex Acts", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "64B", 1, 1, 13, false, true, "Human Trafficking, Involuntary Servitude", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "720", 3, 1, 45, false, false, "Animal Cruelty", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90A", 2, 2, 90, false, false, "Bad Checks", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90B", 3, 2, 90, false, false, "Curfew/Loitering/Vagrancy Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90C", 3, 2, 90, false, false, "Disorderly Conduct", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90D", 3, 2, 90, false, false, "Driving Under the Influence", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90E", 3, 2, 90, false, false, "Drunkenness", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90F", 3, 2, 90, false, false, "Family Offenses, Nonviolent", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90G", 3, 2, 90, false, false, "Liquor Law Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90H", 3, 2, 90, false, false, "Peeping Tom", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90I", 3, 2, 90, false, false, "Runaway", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90J", 3, 2, 90, false, false, "Trespass of Real Property", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90K", 3, 2, 90, false, false, "Bond Default", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90L", 3, 2, 90, false, false, "Federal Resource Violations", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90M", 3, 2, 90, false, false, "Perjury", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") },
                    { "90Z", 3, 2, 90, false, false, "All Other Offenses", 0, (byte)2, new Guid("00000000-0000-0000-0000-000000000000") }
                });

            migrationBuilder.InsertData(
                table: "OffenseDescriptionMappings",
                columns: new[] { "Id", "Description", "NibrsCode", "Source", "Version" },
                values: new object[,]
                {
                    { 1, "HOMICIDE", "09A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 2, "CRIMINAL SEXUAL ASSAULT", "11A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 3, "CRIM SEXUAL ASSAULT", "11A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 4, "SEX OFFENSE", "11D", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 5, "ROBBERY", "120", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 6, "ASSAULT", "13B", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 7, "BATTERY", "13B", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 8, "ASSAULT: AGGRAVATED: HANDGUN", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 9, "ASSAULT: AGGRAVATED: OTHER DANG WEAPON", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 10, "ASSAULT: AGGRAVATED: KNIFE/CUTTING INSTR", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 11, "BATTERY: AGGRAVATED: HANDGUN", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 12, "BATTERY: AGGRAVATED: OTHER DANG WEAPON", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 13, "BATTERY: AGGRAVATED: KNIFE/CUTTING INSTR", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 14, "BATTERY: AGGRAVATED DOMESTIC BATTERY: HANDGUN", "13A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 15, "STALKING", "13C", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 16, "INTIMIDATION", "13C", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 17, "KIDNAPPING", "100", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 18, "ARSON", "200", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 19, "BURGLARY", "220", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 20, "THEFT", "23H", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 21, "THEFT: POCKETPICKING", "23A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 22, "THEFT: PURSE-SNATCHING", "23B", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 23, "THEFT: RETAIL THEFT", "23C", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 24, "THEFT: FROM BUILDING", "23D", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 25, "MOTOR VEHICLE THEFT", "240", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 26, "DECEPTIVE PRACTICE", "26A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 27, "CRIMINAL DAMAGE", "290", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 28, "NARCOTICS", "35A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 29, "OTHER NARCOTIC VIOLATION", "35A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 30, "WEAPONS VIOLATION", "520", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 31, "CONCEALED CARRY LICENSE VIOLATION", "520", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 32, "PROSTITUTION", "40A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 33, "GAMBLING", "39B", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 34, "OBSCENITY", "370", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 35, "HUMAN TRAFFICKING", "64A", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 36, "OFFENSE INVOLVING CHILDREN", "90F", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 37, "LIQUOR LAW VIOLATION", "90G", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 38, "PUBLIC PEACE VIOLATION", "90C", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 39, "CRIMINAL TRESPASS", "90J", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 40, "INTERFERENCE WITH PUBLIC OFFICER", "90Z", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 41, "PUBLIC INDECENCY", "90Z", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 42, "OTHER OFFENSE", "90Z", "chicago", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 43, "THEFT FROM MOTOR VEHICLE", "23F", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 44, "BURGLARY/BREAKING&ENTERING", "220", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 45, "DESTRUCTION/DAMAGE/VANDALISM OF PROPERTY", "290", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 46, "TRESPASS OF REAL PROPERTY", "90J", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 47, "DRIVING UNDER THE INFLUENCE", "90D", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 48, "ALL OTHER LARCENY", "23H", "seattle", new Guid("00000000-0000-0000-0000-000000000000") },
                    { 49, "THEFT OF MOTOR VEHICLE PARTS OR ACCESSORY", "23G", "seattle", new Guid("00000000-0000-0000-0000-000000000000") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AreaSourceMappings_AreaId",
                table: "AreaSourceMappings",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaSourceMappings_Source_Field_Value",
                table: "AreaSourceMappings",
                columns: new[] { "Source", "Field", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_CurrentReviewId_Status",
                table: "CrimeActionItems",
                columns: new[] { "CurrentReviewId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_OutcomeReviewId",
                table: "CrimeActionItems",
                column: "OutcomeReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_OwnerUserId_Status_DueDate",
                table: "CrimeActionItems",
                columns: new[] { "OwnerUserId", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeActionItems_RaisedInReviewId",
                table: "CrimeActionItems",
                column: "RaisedInReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviewAreas_AreaId",
                table: "CrimeReviewAreas",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_AreasKey_MeetingDate",
                table: "CrimeReviews",
                columns: new[] { "AreasKey", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_CreatedById",
                table: "CrimeReviews",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_CrimeReviews_MeetingDate",
                table: "CrimeReviews",
                column: "MeetingDate");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Sha256",
                table: "ImportBatches",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_Status_LeaseExpiresUtc",
                table: "ImportBatches",
                columns: new[] { "Status", "LeaseExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_UploadedAtUtc",
                table: "ImportBatches",
                column: "UploadedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_UploadedById",
                table: "ImportBatches",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_ImportMappings_Source",
                table: "ImportMappings",
                column: "Source",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRejectedRows_ImportBatchId_LineNumber",
                table: "ImportRejectedRows",
                columns: new[] { "ImportBatchId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_AreaId_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses",
                columns: new[] { "AreaId", "OccurredAtUtc", "Category", "PartIClass", "NibrsCode" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_IncidentId_OffenseKey",
                table: "IncidentOffenses",
                columns: new[] { "IncidentId", "OffenseKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_NibrsCode_Description",
                table: "IncidentOffenses",
                columns: new[] { "NibrsCode", "Description" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_OccurredAtUtc_Category_PartIClass_NibrsCode",
                table: "IncidentOffenses",
                columns: new[] { "OccurredAtUtc", "Category", "PartIClass", "NibrsCode" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Area",
                table: "IncidentOffenses",
                columns: new[] { "AreaId", "Category", "PartIClass", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IncidentOffenses_Review_Citywide",
                table: "IncidentOffenses",
                columns: new[] { "Category", "PartIClass", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_AreaId_OccurredAtUtc",
                table: "Incidents",
                columns: new[] { "AreaId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_ImportBatchId",
                table: "Incidents",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredAtUtc",
                table: "Incidents",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Source_SourceIncidentNumber",
                table: "Incidents",
                columns: new[] { "Source", "SourceIncidentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OffenseDescriptionMappings_NibrsCode",
                table: "OffenseDescriptionMappings",
                column: "NibrsCode");

            migrationBuilder.CreateIndex(
                name: "IX_OffenseDescriptionMappings_Source_Description",
                table: "OffenseDescriptionMappings",
                columns: new[] { "Source", "Description" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaSourceMappings");

            migrationBuilder.DropTable(
                name: "CrimeActionItems");

            migrationBuilder.DropTable(
                name: "CrimeReviewAreas");

            migrationBuilder.DropTable(
                name: "ImportMappings");

            migrationBuilder.DropTable(
                name: "ImportRejectedRows");

            migrationBuilder.DropTable(
                name: "IncidentOffenses");

            migrationBuilder.DropTable(
                name: "OffenseDescriptionMappings");

            migrationBuilder.DropTable(
                name: "CrimeReviews");

            migrationBuilder.DropTable(
                name: "Incidents");

            migrationBuilder.DropTable(
                name: "NibrsOffenseCodes");

            migrationBuilder.DropTable(
                name: "ImportBatches");
        }
    }
}
