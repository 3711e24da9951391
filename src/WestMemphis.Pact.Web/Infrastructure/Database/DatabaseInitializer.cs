using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Presentations;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>Applies migrations (when allowed) and seeds reference and demo data at start-up.</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    IOptions<DatabaseOptions> databaseOptions,
    ReferenceDataSeeder referenceData,
    AccountSeeder accounts,
    DemoEventsSeeder demoEvents,
    WestMemphis.Pact.Web.Features.Liaison.DemoLiaisonSeeder demoLiaison,
    PresentationsSeeder presentations,
    WestMemphis.Pact.Web.Features.Concerns.ConcernsSeeder concerns,
    WestMemphis.Pact.Web.Features.CrimeImport.DemoIncidentsSeeder demoIncidents,
    WestMemphis.Pact.Web.Features.Crime.DemoCrimeReviewSeeder demoCrimeReview,
    WestMemphis.Pact.Web.Features.Feedback.DemoFeedbackSeeder demoFeedback,
    WestMemphis.Pact.Web.Features.Areas.DemoFollowsSeeder demoFollows,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var options = databaseOptions.Value;
        var isSqlite = db.Database.IsSqlite();
        if (options.MigrateOnStartup ?? isSqlite)
        {
            await MigrateAsync(cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new InvalidOperationException(
                "The database schema is behind the application. Apply the migration script or run the 'migrate' command (see docs/operations.md).");
        }

        await ReadCommittedSnapshotCheck.RunAsync(db, logger, cancellationToken);
        await referenceData.SeedAsync(cancellationToken);
        await accounts.SeedAsync(cancellationToken);
        await demoEvents.SeedAsync(cancellationToken);
        await demoLiaison.SeedAsync(cancellationToken);
        await presentations.SeedAsync(cancellationToken);
        await concerns.SeedAsync(cancellationToken);
        // After the demo street ranges (they place the incidents); before the meeting, whose figures are taken from them.
        await demoIncidents.SeedAsync(cancellationToken);
        await demoCrimeReview.SeedAsync(cancellationToken);
        await demoFeedback.SeedAsync(cancellationToken);
        await demoFollows.SeedAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer writes; it is a property of the file, set once.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count > 0 && !applied.Intersect(db.Database.GetMigrations()).Any())
        {
            // A database made before the migrations were squashed into one baseline (docs/operations.md).
            throw new InvalidOperationException(
                "The database was created by migrations this version no longer has (they were squashed into one baseline before the first release). Recreate the database (see docs/operations.md, \"Migrations\").");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
