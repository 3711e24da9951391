using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.UnitTests;

/// <summary>
/// Which SQL empties the cached pages (CachedPageInvalidator): every write as EF Core sends it to SQLite and SQL Server,
/// unless all the tables it writes are ones no cached page shows. Deny by default: what cannot be read evicts.
/// </summary>
public sealed class WriteStatementsTests
{
    private static readonly HashSet<string> Excluded = new(["AuditEntries", "OutboxMessages", "DataProtectionKeys"], StringComparer.OrdinalIgnoreCase);

    [Theory]
    // SaveChanges, SQLite
    [InlineData("INSERT INTO \"Signups\" (\"ShiftId\", \"VolunteerId\")\nVALUES (@p0, @p1)\nRETURNING \"Id\";")]
    [InlineData("UPDATE \"AspNetUsers\" SET \"IsDisabled\" = @p0\nWHERE \"Id\" = @p1;\nSELECT changes();")]
    [InlineData("DELETE FROM \"AspNetUserRoles\"\nWHERE \"RoleId\" = @p0 AND \"UserId\" = @p1\nRETURNING 1;")]
    // ExecuteUpdate / ExecuteDelete, SQLite
    [InlineData("UPDATE \"Shifts\" AS \"s\"\nSET \"Filled\" = \"s\".\"Filled\" + 1\nWHERE \"s\".\"Id\" = @__shiftId_0 AND \"s\".\"Filled\" < \"s\".\"Capacity\"")]
    [InlineData("DELETE FROM \"EventFollows\" AS \"e\"\nWHERE \"e\".\"Id\" = @p")]
    // SQL Server: SaveChanges (MERGE for several rows) and the aliased ExecuteUpdate / ExecuteDelete
    [InlineData("SET NOCOUNT ON;\nMERGE [Signups] USING (\nVALUES (@p0, 0),\n(@p1, 1)) AS i ([ShiftId], _Position) ON 1=0\nWHEN NOT MATCHED THEN\nINSERT ([ShiftId])\nVALUES (i.[ShiftId])\nOUTPUT INSERTED.[Id], i._Position;")]
    [InlineData("UPDATE [s]\nSET [s].[Filled] = [s].[Filled] + 1\nFROM [Shifts] AS [s]\nWHERE [s].[Id] = @__shiftId_0")]
    [InlineData("DELETE FROM [e]\nFROM [EventFollows] AS [e]\nWHERE [e].[Id] = @p")]
    [InlineData("SET IMPLICIT_TRANSACTIONS OFF;\nSET NOCOUNT ON;\nUPDATE [dbo].[VolunteerProfiles] SET [CalendarToken] = @p0\nOUTPUT 1\nWHERE [Id] = @p1;")]
    // A write to a shown table beside an excluded one still evicts.
    [InlineData("INSERT INTO \"AuditEntries\" (\"Action\") VALUES (@p0);\nUPDATE \"Events\" SET \"Title\" = @p1 WHERE \"Id\" = @p2;")]
    // Shapes not read statement by statement: a write all the same.
    [InlineData("WITH x AS (SELECT 1) UPDATE \"Events\" SET \"Title\" = 'x'")]
    public void Writes_to_tables_a_page_may_show_evict(string sql) => Assert.True(WriteStatements.WritesOtherThan(sql, Excluded));

    [Theory]
    [InlineData("INSERT INTO \"AuditEntries\" (\"Action\", \"UserId\")\nVALUES (@p0, @p1)\nRETURNING \"Id\";")]
    [InlineData("UPDATE \"OutboxMessages\" AS \"o\"\nSET \"ClaimedBy\" = @p0\nWHERE \"o\".\"SentUtc\" IS NULL")]
    [InlineData("UPDATE [o]\nSET [o].[ClaimedBy] = @p0\nFROM [OutboxMessages] AS [o]\nWHERE [o].[SentUtc] IS NULL")]
    [InlineData("INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES (@p0, @p1) RETURNING \"Id\";")]
    [InlineData("SELECT \"e\".\"Id\", \"e\".\"UpdatedUtc\" FROM \"Events\" AS \"e\" WHERE \"e\".\"Id\" = @p")]
    [InlineData("PRAGMA journal_mode=WAL;")]
    // Schema changes (migrations) are not data writes: ON DELETE / ON UPDATE in a foreign key, the migrations' own tables.
    [InlineData("CREATE TABLE \"ProblemOffenseCodes\" (\n    \"ProblemId\" INTEGER NOT NULL,\n    CONSTRAINT \"FK_ProblemOffenseCodes_Problems_ProblemId\" FOREIGN KEY (\"ProblemId\") REFERENCES \"Problems\" (\"Id\") ON DELETE CASCADE\n);")]
    [InlineData("ALTER TABLE [Bookings] ADD CONSTRAINT [FK_Bookings_Resources_ResourceId] FOREIGN KEY ([ResourceId]) REFERENCES [BookableResources] ([Id]) ON DELETE NO ACTION ON UPDATE CASCADE;")]
    [InlineData("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\")\nVALUES ('20261126102949_SlimIncidentIndexes', '10.0.15');")]
    [InlineData("INSERT OR IGNORE INTO \"__EFMigrationsLock\"(\"Id\", \"Timestamp\") VALUES(1, '2026-03-01 00:00:00+00:00');\nSELECT changes();")]
    [InlineData("DELETE FROM \"__EFMigrationsLock\";")]
    public void Reads_and_writes_only_to_tables_no_page_shows_do_not(string sql) => Assert.False(WriteStatements.WritesOtherThan(sql, Excluded));
}
