using System.Globalization;
using WestMemphis.Pact.Benchmarks;
using WestMemphis.Pact.Web.Infrastructure.Startup;

// The benchmarks' tools (benchmarks/*.sh), run against a published portal's folder and database:
//   dotnet WestMemphis.Pact.Benchmarks.dll --contentRoot PUBLISHED_APP <command> [options]
// Commands: seed-benchmark, generate-crime-csv, seed-crime-areas, import-crime-file, time-crime-review, seed-area-followers,
// probe-writes (see BenchmarkSeeder, CrimeBenchmarkCommands and DigestBenchmarkCommands). Each migrates the database and seeds reference data first, then stops.
if (args.Contains("generate-crime-csv", StringComparer.OrdinalIgnoreCase))
{
    // Needs no database.
    CrimeBenchmarkCommands.Generate(args);
    return 0;
}

if (args.Contains("probe-writes", StringComparer.OrdinalIgnoreCase))
{
    // Needs no host: a plain connection to the database another process is using.
    return DigestBenchmarkCommands.ProbeWrites(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The portal's own name, so its configuration, user secrets and data protection keys are the ones it uses.
    ApplicationName = typeof(Pipeline).Assembly.GetName().Name,
});
builder.AddPactServices();
var app = builder.Build();
await app.MigrateAndExitAsync();

if (args.Contains("seed-benchmark", StringComparer.OrdinalIgnoreCase))
{
    static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
    }

    using var scope = app.Services.CreateScope();
    await ActivatorUtilities.CreateInstance<BenchmarkSeeder>(scope.ServiceProvider)
        .SeedAsync(Arg(args, "--events", 2000), Arg(args, "--signups", 20000));
    return 0;
}

if (args.Contains("seed-area-followers", StringComparer.OrdinalIgnoreCase))
{
    await DigestBenchmarkCommands.SeedFollowersAsync(app.Services, args);
    return 0;
}

if (CrimeBenchmarkCommands.Matches(args))
{
    await CrimeBenchmarkCommands.RunAsync(app.Services, args);
    return 0;
}

Console.Error.WriteLine("Usage: dotnet WestMemphis.Pact.Benchmarks.dll --contentRoot PUBLISHED_APP seed-benchmark|generate-crime-csv|seed-crime-areas|import-crime-file|time-crime-review|seed-area-followers|probe-writes [options]");
return 2;
