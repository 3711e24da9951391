using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Crime.DemoData;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// Three years of synthetic incidents for the five wards (Development with Seed:DemoData only, once, and only while no
/// incidents exist), at the volume of a city of 24,000, with thefts from vehicles rising in the first focus area over the
/// last six weeks so the review flags it. Incidents are placed by the areas' street ranges through the same
/// <see cref="AreaResolver"/> and written through the same prepared commands as an import, recorded as one completed
/// import batch ("demo"). Runs after the demo street ranges and before the demo review meeting.
/// </summary>
public sealed class DemoIncidentsSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock, ILogger<DemoIncidentsSeeder> logger)
{
    public const string Source = "demo";
    public const double IncidentsPerYear = 3200;
    public const string RisingCode = "23F";

    public bool Enabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled || await db.Incidents.AnyAsync(cancellationToken))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var wards = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Code, a.IsFocusArea, a.BoundaryGeoJson }).ToListAsync(cancellationToken);
        var streets = await db.StreetRanges.AsNoTracking().ToListAsync(cancellationToken);
        var areas = wards
            .Select(w => new SyntheticArea(w.Code, w.IsFocusArea ? 1.2 : 0.9,
                DemoLiaisonSeeder.Streets.Where(s => s.Ward == w.Code).Select(s => new SyntheticStreet(s.Street, s.From, s.To, s.Parity)).ToList()))
            .Where(a => a.Streets.Count > 0).ToList();
        var focus = wards.FirstOrDefault(w => w.IsFocusArea && areas.Any(a => a.Beat == w.Code));
        if (areas.Count == 0 || streets.Count == 0 || focus is null)
        {
            logger.LogInformation("No demo street ranges: demo incidents not seeded");
            return;
        }

        var zone = CentralTime.Zone;
        var now = clock.GetUtcNow().UtcDateTime;
        var end = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone)).AddDays(-1);
        var options = new SyntheticOptions
        {
            Seed = 24_000,
            Start = end.AddYears(-3).AddDays(1),
            End = end,
            IncidentsPerYear = IncidentsPerYear,
            Areas = areas,
            NumberPrefix = "WM",
            Rise = new SyntheticRise(focus.Code, RisingCode, Weeks: 6, PerDay: 2.5),
        };

        var codes = await db.NibrsOffenseCodes.AsNoTracking().ToListAsync(cancellationToken);
        var offenses = new OffenseResolver(codes, []);
        var resolver = new AreaResolver(Source, [], wards.Select(w => (w.Id, w.BoundaryGeoJson)), streets);
        var rank = codes.ToDictionary(c => c.Code, c => c.HierarchyRank, StringComparer.Ordinal);

        var batch = new ImportBatch
        {
            Source = Source,
            Layout = ImportLayout.Nibrs,
            FileName = "demo-incidents (generated)",
            Sha256 = new string('0', 64),
            StoredFilePath = "",
            UploadedAtUtc = now,
            StartedAtUtc = now,
            FinishedAtUtc = now,
            Status = ImportStatus.Completed,
            LeaseOwner = Source,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            using var store = new ImportStore(connection, db.Database.IsSqlite()) { Transaction = transaction };
            var preparer = new RowPreparer(Source, offenses, resolver);
            var chunk = new ImportChunk(store, batch, rank);
            var counts = new CrimeImportRunner.Counts(0, 0, 0, 0, 0);
            long incidents = 0, unassigned = 0;
            foreach (var incident in SyntheticIncidents.Generate(options))
            {
                var occurred = CrimeDates.LocalToUtc(incident.OccurredLocal, zone);
                var reported = CrimeDates.LocalToUtc(incident.ReportedLocal, zone);
                for (var k = 0; k < incident.Offenses.Count; k++)
                {
                    var offense = incident.Offenses[k];
                    var row = new CrimeRow
                    {
                        IncidentNumber = incident.Number,
                        OccurredAtUtc = occurred,
                        ReportedAtUtc = reported,
                        NibrsCode = offense.NibrsCode,
                        Description = offense.NibrsName.ToUpperInvariant(),
                        OffenseKey = (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Address = incident.Address,
                        Disposition = incident.Arrest ? "Arrest" : "No arrest",
                        IsDomestic = incident.IsDomestic,
                        IsJuvenile = incident.IsJuvenile,
                    };
                    var prepared = preparer.Prepare(row);
                    if (k == 0)
                    {
                        unassigned += prepared.AreaId is null ? 1 : 0;
                    }

                    counts.Read++;
                    chunk.Apply(prepared, counts);
                }

                if (++incidents % 5_000 == 0)
                {
                    chunk.Flush(now);
                }
            }

            chunk.Flush(now);
            store.Checkpoint(batch.Id, Source, counts, watch.Elapsed.TotalSeconds, now, now);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Demo incidents seeded: {Incidents} incidents, {Offenses} offenses ({Unassigned} unassigned) in {Milliseconds} ms",
                incidents, counts.Read, unassigned, watch.ElapsedMilliseconds);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
