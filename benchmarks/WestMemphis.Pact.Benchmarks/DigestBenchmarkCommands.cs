using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Benchmarks;

/// <summary>
/// Command-line tools for benchmarks/area-digest.sh; not part of the app:
/// <c>seed-area-followers --followers 5000</c> adds that many confirmed follows (made-up addresses on example.invalid),
/// spread over the areas in turn, none of them sent this week's digest yet;
/// <c>probe-writes --db FILE --until FILE</c> (needs no host) makes one small write transaction on the database every
/// 20 ms, as another request or instance would, until the second file exists, and prints how long each waited for
/// SQLite's write lock: the longest wait bounds the longest write transaction anyone else held meanwhile.
/// </summary>
public static class DigestBenchmarkCommands
{
    private static string? Arg(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static async Task SeedFollowersAsync(IServiceProvider services, string[] args)
    {
        var count = int.TryParse(Arg(args, "--followers"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 5000;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var areas = await db.Areas.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var now = DateTime.UtcNow.AddDays(-10);
        var batch = new List<AreaFollow>();
        for (var i = 0; i < count; i++)
        {
            batch.Add(new AreaFollow
            {
                AreaId = areas[i % areas.Count], Email = $"follower{i.ToString("D5", CultureInfo.InvariantCulture)}@example.invalid",
                CreatedUtc = now, ConfirmationSentUtc = now, ConfirmedUtc = now,
            });
            if (batch.Count == 1000 || i == count - 1)
            {
                db.AreaFollows.AddRange(batch);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {count:N0} confirmed follows over {areas.Count} areas."));
    }

    public static int ProbeWrites(string[] args)
    {
        var path = Arg(args, "--db") ?? throw new ArgumentException("--db FILE");
        var until = Arg(args, "--until") ?? throw new ArgumentException("--until FILE");
        using var connection = new SqliteConnection($"Data Source={path};Default Timeout=60;Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS bench_write_probe (id INTEGER PRIMARY KEY, at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        var waits = new List<double>();
        var watch = new Stopwatch();
        while (!File.Exists(until))
        {
            watch.Restart();
            using (var transaction = connection.BeginTransaction()) // BEGIN IMMEDIATE: waits for the write lock
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO bench_write_probe (at) VALUES ($at)";
                insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                insert.ExecuteNonQuery();
                transaction.Commit();
            }

            waits.Add(watch.Elapsed.TotalMilliseconds);
            Thread.Sleep(20);
        }

        waits.Sort();
        var median = waits.Count == 0 ? 0 : waits[waits.Count / 2];
        var p99 = waits.Count == 0 ? 0 : waits[(int)Math.Min(waits.Count - 1, Math.Ceiling(waits.Count * 0.99) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write probe: {waits.Count} write transactions, each waited median {median:F1} ms, p99 {p99:F1} ms, max {(waits.Count == 0 ? 0 : waits[^1]):F1} ms"));
        return 0;
    }
}
