using Microsoft.Data.Sqlite;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// One SQLite database per test run, built by the app's own start-up (the real migrations, then the reference
/// data, roles and accounts the start-up seeds), copied into each test app's folder before it starts. Migrating
/// a new file for each of the suite's hundred-odd app hosts was most of its time.
/// </summary>
internal static class TemplateDatabase
{
    private static readonly Lock Gate = new();
    private static string? _path;

    /// <summary>Copies the template to <paramref name="target"/> unless a database is there already (a restart of the same app).</summary>
    public static void CopyTo(string target)
    {
        lock (Gate)
        {
            if (File.Exists(target))
            {
                return;
            }

            _path ??= Build();
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(_path, target);
        }
    }

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pact-tests", "template-" + Guid.NewGuid().ToString("N"));
        using (var factory = new PactFactory(folder, fromTemplate: false))
        {
            _ = factory.Services; // starts the app: migrate and seed
        }

        var path = Path.Combine(folder, "pact.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Everything into the main file, so that copying that one file copies the whole database.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans its temp folder.
            }
        };
        return path;
    }
}
