using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// <c>dotnet WestMemphis.Pact.Web.dll import-crime-file F</c> (docs/operations.md, "Crime import files"): imports a file
/// with the same runner the background worker uses (the file is copied first, as an upload would be), prints time,
/// counts and the process's peak memory, and stops. The benchmark tool (benchmarks/) runs it too.
/// </summary>
public static class ImportCrimeFileCommand
{
    public const string Name = "import-crime-file";

    public static bool Matches(string[] args) => args.Contains(Name, StringComparer.OrdinalIgnoreCase);

    public static async Task RunAsync(IServiceProvider services, string[] args)
    {
        var at = Array.FindIndex(args, a => string.Equals(a, Name, StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= args.Length)
        {
            throw new ArgumentException("Usage: import-crime-file <path to a CSV file>");
        }

        using var scope = services.CreateScope();
        await ImportAsync(scope.ServiceProvider, args[at + 1]);
    }

    private static async Task ImportAsync(IServiceProvider sp, string path)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        string[] header;
        using (var reader = new StreamReader(path))
        {
            header = (await reader.ReadLineAsync() ?? "").Split(',');
        }

        var layout = ImportLayouts.Detect(header, out var error) ?? throw new InvalidOperationException(error);
        var copy = Path.Combine(Path.GetTempPath(), "pact-import-" + Guid.NewGuid().ToString("N") + ".csv");
        File.Copy(path, copy);
        var batch = new ImportBatch
        {
            Source = layout.Source,
            Layout = layout.Layout,
            ColumnMapJson = JsonSerializer.Serialize(layout.Columns),
            FileName = Path.GetFileName(path),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path))),
            FileSizeBytes = new FileInfo(path).Length,
            StoredFilePath = copy,
            UploadedAtUtc = DateTime.UtcNow,
            Status = ImportStatus.Queued,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        var runner = sp.GetRequiredService<CrimeImportRunner>();
        var watch = Stopwatch.StartNew();
        var id = await runner.ClaimAsync("benchmark", CancellationToken.None) ?? throw new InvalidOperationException("No batch to claim.");
        await runner.RunAsync(id, "benchmark", CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var done = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id);
        var incidents = await db.Incidents.CountAsync();
        var offenses = await db.IncidentOffenses.CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import_seconds={seconds:0.00} status={done.Status} read={done.RowsRead} inserted={done.RowsInserted} updated={done.RowsUpdated} unchanged={done.RowsUnchanged} rejected={done.RowsRejected} incidents={incidents} offenses={offenses} peak_rss_mb={PeakRssMb():0}"));
    }

    /// <summary>The process's peak resident memory (VmHWM) in MB, or -1 where /proc is not available.</summary>
    private static double PeakRssMb()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? -1 : double.Parse(line[6..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return -1;
        }
    }
}
