using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Features.Crime.DemoData;
using WestMemphis.Pact.Web.Features.CrimeImport;

namespace WestMemphis.Pact.Benchmarks;

/// <summary>
/// Command-line tools for the crime benchmarks (benchmarks/crime-import.sh, benchmarks/crime-review.sh); not part of the
/// app. Each runs and stops:
/// <c>generate-crime-csv --layout chicago|seattle --rows N --out F [--areas 20] [--bad 0.02] [--seed 1]</c> writes a synthetic file;
/// <c>seed-crime-areas --areas 20</c> makes areas B01..B20 with the Chicago beat mappings the generated files use;
/// <c>import-crime-file F</c> is the app's own operations command (<see cref="ImportCrimeFileCommand"/>), also run from here;
/// <c>time-crime-review --runs 10 [--area B01]</c> times the review page's queries (citywide and one area), median of N runs, per part,
/// and prints "check" lines of the figures for benchmarks/crime-review.sh to compare with its hand-written SQL.
/// </summary>
public static class CrimeBenchmarkCommands
{
    public static readonly string[] Names = ["generate-crime-csv", "seed-crime-areas", "import-crime-file", "time-crime-review"];

    public static bool Matches(string[] args) => args.Any(a => Names.Contains(a, StringComparer.OrdinalIgnoreCase));

    private static string? Arg(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        int.TryParse(Arg(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    public static async Task RunAsync(IServiceProvider services, string[] args)
    {
        var command = args.First(a => Names.Contains(a, StringComparer.OrdinalIgnoreCase)).ToLowerInvariant();
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        switch (command)
        {
            case "generate-crime-csv":
                Generate(args);
                break;
            case "seed-crime-areas":
                await SeedAreasAsync(sp.GetRequiredService<AppDbContext>(), IntArg(args, "--areas", 20));
                break;
            case "import-crime-file":
                await ImportCrimeFileCommand.RunAsync(sp, args);
                break;
            default:
                await TimeReviewAsync(sp, IntArg(args, "--runs", 10), Arg(args, "--area") ?? "B01");
                break;
        }
    }

    public static IReadOnlyList<SyntheticArea> BenchmarkAreas(int count) =>
        Enumerable.Range(1, count).Select(i => new SyntheticArea("B" + i.ToString("D2", CultureInfo.InvariantCulture), 1.0 + (i % 4 * 0.25),
            [new SyntheticStreet($"N Street {i}", 100, 4999), new SyntheticStreet($"E Avenue {i}", 100, 2999), new SyntheticStreet($"W Road {i}", 100, 1999)],
            35.10 + (i % 5 * 0.02), -90.25 + (i / 5 * 0.03))).ToList();

    public static void Generate(string[] args)
    {
        var rows = long.Parse(Arg(args, "--rows") ?? "1000000", CultureInfo.InvariantCulture);
        var layout = string.Equals(Arg(args, "--layout"), "seattle", StringComparison.OrdinalIgnoreCase) ? SyntheticLayout.Seattle : SyntheticLayout.Chicago;
        var output = Arg(args, "--out") ?? "crimes.csv";
        var bad = double.Parse(Arg(args, "--bad") ?? "0.02", CultureInfo.InvariantCulture);
        var seed = IntArg(args, "--seed", 1);
        var end = new DateOnly(2026, 11, 24);
        var options = new SyntheticOptions
        {
            Seed = seed,
            Start = end.AddYears(-5).AddDays(1),
            End = end,
            IncidentsPerYear = rows / 5.0 * 1.05,
            Areas = BenchmarkAreas(IntArg(args, "--areas", 20)),
            NumberPrefix = "JB",
        };
        var watch = Stopwatch.StartNew();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        var stats = SyntheticCsv.Write(writer, SyntheticIncidents.Generate(options), layout, rows, bad, seed);
        writer.Flush();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {stats.Rows} rows ({stats.Incidents} incidents, {stats.BadRows} bad, {stats.EdgeRows} awkward but valid) to {output}, {new FileInfo(output).Length / 1e6:0.0} MB in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static async Task SeedAreasAsync(AppDbContext db, int count)
    {
        foreach (var area in BenchmarkAreas(count))
        {
            if (await db.Areas.AnyAsync(a => a.Code == area.Beat))
            {
                continue;
            }

            var entity = new Area { Code = area.Beat, Name = "Benchmark area " + area.Beat, SortOrder = 100 + int.Parse(area.Beat[1..], CultureInfo.InvariantCulture) };
            db.Areas.Add(entity);
            await db.SaveChangesAsync();
            db.AreaSourceMappings.Add(new AreaSourceMapping { Source = ImportLayouts.ChicagoSource, Field = AreaSourceFields.Beat, Value = area.Beat, AreaId = entity.Id });
            db.AreaSourceMappings.Add(new AreaSourceMapping { Source = ImportLayouts.SeattleSource, Field = AreaSourceFields.Beat, Value = area.Beat, AreaId = entity.Id });
        }

        await db.SaveChangesAsync();
        Console.WriteLine($"{await db.Areas.CountAsync()} areas");
    }

    private static async Task TimeReviewAsync(IServiceProvider sp, int runs, string areaCode)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var queries = sp.GetRequiredService<CrimeReviewQueries>();
        var areaId = await db.Areas.Where(a => a.Code == areaCode).Select(a => (int?)a.Id).FirstOrDefaultAsync();
        var end = DateOnly.Parse(Environment.GetEnvironmentVariable("PACT_REVIEW_END") ?? "2026-11-24", CultureInfo.InvariantCulture);
        foreach (var (label, area) in new[] { ("citywide", (int?)null), ("area", areaId) })
        {
            var times = new List<double>();
            var parts = new Dictionary<string, List<double>>();
            var check = new List<string>();
            for (var r = 0; r < runs + 1; r++)
            {
                var watch = Stopwatch.StartNew();
                var step = Stopwatch.StartNew();
                void Lap(string name)
                {
                    if (r > 0)
                    {
                        (parts.TryGetValue(name, out var l) ? l : parts[name] = []).Add(step.Elapsed.TotalMilliseconds);
                    }

                    step.Restart();
                }

                var figures = await queries.FiguresAsync(end, area, CancellationToken.None);
                Lap("figures");
                var recent = figures.Periods.First(p => p.Kind == ReviewPeriodKind.Last28Days);
                var dayHour = await queries.DayHourAsync(recent.Current, area, ReviewCategory.All, CancellationToken.None);
                Lap("dayhour");
                var blocks = await queries.TopBlocksAsync(recent.Current, area, ReviewCategory.All, CancellationToken.None);
                Lap("blocks");
                IReadOnlyList<AreaChange>? byArea = null;
                if (area is null)
                {
                    byArea = await queries.ByAreaAsync(recent, ReviewCategory.All, CancellationToken.None);
                    Lap("byarea");
                }

                if (r > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds); // the first run warms the caches and is not counted
                }
                else
                {
                    check = ReviewCheck(label, figures, dayHour, blocks, byArea);
                }
            }

            static double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"review {label} ({(area is null ? "all areas" : areaCode)}, end {end:yyyy-MM-dd}): median_ms={Median(times):0.0} min_ms={times.Min():0.0} ({string.Join(", ", parts.Select(p => $"{p.Key} {Median(p.Value):0.0}"))}; medians) over {runs} runs"));
            foreach (var line in check)
            {
                Console.WriteLine(line);
            }
        }
    }

    /// <summary>
    /// What the page shows, as lines benchmarks/crime-review-hand.sql prints the same way, so the script can tell that the
    /// hand-written SQL computes the same figures: per category the three periods and a checksum of the 52 + 52 weeks
    /// (sum of week number × count, week 1 the oldest), the day × hour grid's total and checksum (sum of
    /// (day × 24 + hour + 1) × count, Sunday = 0), the top blocks, and citywide the by-area counts.
    /// </summary>
    private static List<string> ReviewCheck(string scope, ReviewFigures figures, DayHourGrid dayHour, IReadOnlyList<BlockCount> blocks, IReadOnlyList<AreaChange>? byArea)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = figures.Lines.Select(l =>
        {
            var trend = figures.Trend(l.Category);
            return string.Create(inv, $"check {scope} {ReviewCategories.Slug(l.Category)} {string.Join(" ", l.ByPeriod.Select(c => $"{c.Current}/{c.Previous}"))} weeks {trend.ThisYear.Sum()}/{trend.YearEarlier.Sum()} {trend.ThisYear.Select((v, i) => (long)(i + 1) * v).Sum()}/{trend.YearEarlier.Select((v, i) => (long)(i + 1) * v).Sum()}");
        }).ToList();
        long sum = 0;
        foreach (var day in DayHourGrid.Days)
        {
            for (var h = 0; h < 24; h++)
            {
                sum += ((long)day * 24 + h + 1) * dayHour[day, h];
            }
        }

        lines.Add(string.Create(inv, $"check {scope} dayhour {dayHour.Total} {sum}"));
        lines.Add(string.Create(inv, $"check {scope} blocks {string.Join(";", blocks.Select(b => $"{b.Block}={b.Count}"))}"));
        if (byArea is not null)
        {
            lines.Add(string.Create(inv, $"check {scope} areas {byArea.Sum(a => a.Change.Current)}/{byArea.Sum(a => a.Change.Previous)} {byArea.Sum(a => (long)(a.AreaId ?? 0) * a.Change.Current)}/{byArea.Sum(a => (long)(a.AreaId ?? 0) * a.Change.Previous)}"));
        }

        return lines;
    }
}
