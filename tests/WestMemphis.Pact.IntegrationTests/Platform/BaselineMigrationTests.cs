using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// The migrations were squashed into one baseline before the first release (ADR 0020). A database the old migrations made
/// is refused with a message that says what to do, not with a "table already exists" error halfway through.
/// </summary>
public sealed class BaselineMigrationTests : IDisposable
{
    private readonly PactFactory _factory = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pact-old-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_database_made_by_the_migrations_before_the_baseline_is_refused_with_a_clear_message()
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={_path}", o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.Sqlite")).Options);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT NOT NULL PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);"
            + " INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261126102949_SlimIncidentIndexes', '10.0.15');");
        using var scope = _factory.Services.CreateScope();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider, db);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => initializer.MigrateAsync());

        Assert.Contains("squashed into one baseline", refused.Message, StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", refused.Message, StringComparison.Ordinal);
    }
}
