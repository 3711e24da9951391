using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.CrimeImport;
using static WestMemphis.Pact.IntegrationTests.Crime.CrimeImportSteps;

namespace WestMemphis.Pact.IntegrationTests.Crime;

/// <summary>Crime data import through the real pages: upload, preview, queue, the worker, progress and rejected rows.</summary>
public sealed class CrimeImportTests(CrimeImportFactory factory) : IClassFixture<CrimeImportFactory>
{
    private static string Chicago(string id, string caseNumber, string date, string block, string iucr, string type, string description,
        string arrest = "false", string domestic = "false", string beat = "0111", string ward = "3", string lat = "35.1465", string lon = "-90.1845") =>
        $"{id},{caseNumber},{date},{block},{iucr},{type},{description},STREET,{arrest},{domestic},{beat},001,{ward},32,06,1176352,1900000,2019,06/07/2019 04:09:42 PM,{lat},{lon},\"({lat}, {lon})\"";

    [Fact]
    public async Task A_Chicago_file_imports_its_good_rows_reports_the_bad_ones_by_line_and_a_reimport_never_duplicates()
    {
        await factory.MapAsync("chicago", AreaSourceFields.Ward, "3", "W3");
        var (client, _) = await factory.OfficerAsync();
        var csv = new StringBuilder();
        csv.Append(ChicagoHeader).Append("\r\n");                                                                                        // line 1
        csv.Append(Chicago("1", "JA900001", "05/31/2019 11:55:00 PM", "015XX N MISSOURI ST", "0486", "BATTERY", "DOMESTIC BATTERY SIMPLE", domestic: "true")).Append("\r\n"); // 2
        csv.Append(Chicago("2", "JA900002", "31/05/2019 11:55:00 PM", "015XX N MISSOURI ST", "0820", "THEFT", "$500 AND UNDER")).Append("\r\n"); // 3: bad date
        csv.Append(Chicago("3", "JA900003", "03/08/2026 02:30:00 AM", "002XX E BROADWAY", "0820", "THEFT", "RETAIL THEFT", arrest: "true")).Append("\r\n"); // 4: DST gap
        csv.Append(Chicago("4", "JA900004", "11/01/2026 01:30:00 AM", "002XX E BROADWAY", "0610", "BURGLARY", "FORCIBLE ENTRY", lat: "0", lon: "0")).Append("\r\n"); // 5: DST overlap, 0,0
        csv.Append("5,JA900005,06/01/2019 08:00:00 AM,\"1XX \"\"THE\"\" PLAZA, CAFÉ\",0820,THEFT,\"FROM BUILDING,\nSECOND FLOOR\",STREET,false,false,0111,001,3,32,06,1,1,2019,x,35.1465,-90.1845,\"(1, 1)\"\r\n"); // 6-7: quotes, comma, newline, UTF-8
        csv.Append(Chicago("6", "JA900006", "06/02/2019 09:00:00 PM", "009XX S 8TH ST", "5093", "NON-CRIMINAL", "LOST PASSPORT", ward: "99", lat: "41.88", lon: "-87.63")).Append("\r\n"); // 8: unknown type, far away, unassigned
        csv.Append(Chicago("1", "JA900001", "05/31/2019 11:55:00 PM", "015XX N MISSOURI ST", "0486", "BATTERY", "DOMESTIC BATTERY SIMPLE", domestic: "true")).Append("\r\n"); // 9: duplicate of line 2
        csv.Append("7,JA900007,06/03/2019 10:00:00 AM,too,few\r\n");                                                                       // 10: wrong column count
        csv.Append(Chicago("8", "", "06/03/2019 10:00:00 AM", "001XX W MAIN ST", "0820", "THEFT", "OVER $500")).Append("\r\n");         // 11: no case number
        csv.Append("\r\n");                                                                                                               // blank last line
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        var preview = await client.UploadAsync(bytes, "chicago.csv");
        Assert.Contains("Chicago", preview.Document.QuerySelector("#preview-layout")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JA9")))); // a preview imports nothing

        var queued = await client.SubmitAsync(preview, formSelector: "#queue-form");
        var batchId = long.Parse(queued.Url.AbsolutePath.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Queued", queued.Document.QuerySelector("#progress-text")!.TextContent);
        Assert.Equal(1, await factory.RunQueueAsync());

        var batch = await factory.BatchAsync(batchId);
        Assert.Equal(ImportStatus.Completed, batch.Status);
        Assert.Equal((9L, 5L, 0L, 1L, 3L), (batch.RowsRead, batch.RowsInserted, batch.RowsUpdated, batch.RowsUnchanged, batch.RowsRejected));
        Assert.Equal(64, batch.Sha256.Length);
        Assert.False(File.Exists(batch.StoredFilePath)); // the upload is removed once imported

        var incidents = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Offenses).Include(i => i.Area).Where(i => i.SourceIncidentNumber.StartsWith("JA9")).ToDictionaryAsync(i => i.SourceIncidentNumber));
        Assert.Equal(5, incidents.Count);
        var first = incidents["JA900001"];
        Assert.Equal(new DateTime(2019, 6, 1, 4, 55, 0, DateTimeKind.Utc), first.OccurredAtUtc); // 11:55 PM CDT
        Assert.True(first.IsDomestic);
        Assert.Equal("W3", first.Area!.Code);
        Assert.Equal(AreaPlacement.SourceMapping, first.AreaPlacement);
        Assert.Equal("13B", first.HighestOffenseCode);
        Assert.Equal(OffenseCategory.Persons, first.Offenses.Single().Category);
        Assert.Equal("15XX N MISSOURI ST", first.HundredBlock);
        // 2:30 AM on spring-forward day does not exist: read with standard time (UTC-6).
        Assert.Equal(new DateTime(2026, 3, 8, 8, 30, 0, DateTimeKind.Utc), incidents["JA900003"].OccurredAtUtc);
        Assert.Equal("23C", incidents["JA900003"].HighestOffenseCode); // "THEFT: RETAIL THEFT" mapping beats "THEFT"
        Assert.Equal("Arrest", incidents["JA900003"].Disposition);
        // 1:30 AM on fall-back day happens twice: the first (daylight, UTC-5).
        Assert.Equal(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc), incidents["JA900004"].OccurredAtUtc);
        Assert.Null(incidents["JA900004"].Latitude); // 0,0 is missing, not the Gulf of Guinea
        Assert.Equal("THEFT: FROM BUILDING, SECOND FLOOR", incidents["JA900005"].Offenses.Single().Description); // the quoted line break is read inside the row, then spaces are normalised
        Assert.Equal("1XX \"THE\" PLAZA, CAFÉ", incidents["JA900005"].Address);
        var unknown = incidents["JA900006"];
        Assert.Null(unknown.Offenses.Single().NibrsCode); // imported, not dropped
        Assert.Equal(OffenseCategory.Unknown, unknown.Offenses.Single().Category);
        Assert.Null(unknown.AreaId); // ward 99 unmapped, Chicago coordinates far away, no street ranges: unassigned
        Assert.Null(unknown.Latitude);

        var page = await client.GetPageAsync($"/crime/import/{batchId}");
        var lines = page.Document.QuerySelector("#rejected-rows")!.TextContent;
        Assert.Contains("Line 3, Date: “31/05/2019 11:55:00 PM” is not a date", lines);
        Assert.Contains("Line 10: The row has 5 values but the header has 22.", lines);
        Assert.Contains("Line 11, Case Number: The incident number is empty.", lines);
        var rejectedCsv = await client.GetAsync($"/crime/import/{batchId}/rejected.csv");
        Assert.Equal("text/csv", rejectedCsv.Content.Headers.ContentType!.MediaType);
        var rejectedText = await rejectedCsv.Content.ReadAsStringAsync();
        Assert.Contains("3,Date,", rejectedText);
        Assert.Equal(4, rejectedText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header + 3
        var json = await client.GetStringAsync($"/crime/import/{batchId}/progress.json");
        Assert.Contains("\"finished\":true", json);
        Assert.Contains("\"percent\":100", json);

        // The same file again: nothing new, nothing duplicated, every good row unchanged.
        var again = await client.QueueAsync(bytes, "chicago.csv");
        await factory.RunQueueAsync();
        var second = await factory.BatchAsync(again);
        Assert.Equal((9L, 0L, 0L, 6L, 3L), (second.RowsRead, second.RowsInserted, second.RowsUpdated, second.RowsUnchanged, second.RowsRejected));
        Assert.Equal(5, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JA9"))));
        Assert.Equal(5, await factory.WithDbAsync(db => db.IncidentOffenses.CountAsync(o => o.Incident!.SourceIncidentNumber.StartsWith("JA9"))));

        // An overlapping file: one incident changed (an arrest made), one new.
        var overlap = ChicagoHeader + "\n"
            + Chicago("1", "JA900001", "05/31/2019 11:55:00 PM", "015XX N MISSOURI ST", "0486", "BATTERY", "DOMESTIC BATTERY SIMPLE", arrest: "true", domestic: "true") + "\n"
            + Chicago("9", "JA900009", "06/09/2019 10:00:00 AM", "001XX W MAIN ST", "0820", "THEFT", "OVER $500") + "\n";
        var third = await client.QueueAsync(Encoding.UTF8.GetBytes(overlap), "overlap.csv");
        await factory.RunQueueAsync();
        var overlapBatch = await factory.BatchAsync(third);
        Assert.Equal((2L, 1L, 1L, 0L), (overlapBatch.RowsRead, overlapBatch.RowsInserted, overlapBatch.RowsUpdated, overlapBatch.RowsUnchanged));
        Assert.Equal(6, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JA9"))));
        Assert.Equal("Arrest", await factory.WithDbAsync(db => db.Incidents.Where(i => i.SourceIncidentNumber == "JA900001").Select(i => i.Disposition).SingleAsync()));

        var index = await client.GetPageAsync("/crime/import");
        Assert.True(index.Document.QuerySelectorAll("#batches tbody tr").Length >= 3);
        Assert.NotNull(index.Document.QuerySelector("#unmapped-note"));
    }

    [Fact]
    public async Task A_Seattle_incident_with_several_offense_rows_is_one_incident_counted_by_offense_keeping_its_highest()
    {
        await factory.WithDbAsync(async db =>
        {
            var w2 = await db.Areas.SingleAsync(a => a.Code == "W2");
            w2.BoundaryGeoJson = "{\"type\":\"Polygon\",\"coordinates\":[[[-90.20,35.13],[-90.16,35.13],[-90.16,35.16],[-90.20,35.16],[-90.20,35.13]]]}";
            await db.SaveChangesAsync();
        });
        var (client, _) = await factory.OfficerAsync();
        var csv = SeattleHeader + "\n"
            + "2020-900001,7001,2020-02-05T10:10:00.000,,2020-02-05T11:00:00.000,A,PERSON,ASSAULT OFFENSES,Simple Assault,13B,E,E,E2,CAPITOL HILL,15XX BLOCK OF E PINE ST,-90.18,35.145\n"
            + "2020-900002,7010,2020-02-06T10:10:00Z,,,A,PROPERTY,LARCENY-THEFT,Theft From Motor Vehicle,23F,E,E,Q9,X,1XX BLOCK OF NOWHERE ST,,\n"
            + "2020-900001,7002,2020-02-05T10:10:00.000,,2020-02-05T11:00:00.000,A,PERSON,ASSAULT OFFENSES,Aggravated Assault,13A,E,E,E2,CAPITOL HILL,15XX BLOCK OF E PINE ST,-90.18,35.145\n"
            + "2020-900001,7003,2020-02-05T10:10:00.000,,2020-02-05T11:00:00.000,A,PROPERTY,DESTRUCTION,Destruction/Damage/Vandalism of Property,290,E,E,E2,CAPITOL HILL,15XX BLOCK OF E PINE ST,-90.18,35.145\n"
            + "2020-900003,7020,2020-02-07T10:10:00.000,,,A,PERSON,X,Some New Offense Name,,E,E,E2,X,,-90.18,35.145";   // no final newline
        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(csv), "seattle.csv");
        await factory.RunQueueAsync();

        var batch = await factory.BatchAsync(id);
        Assert.Equal((5L, 5L, 0L), (batch.RowsRead, batch.RowsInserted, batch.RowsRejected));
        var incident = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Offenses).Include(i => i.Area).SingleAsync(i => i.SourceIncidentNumber == "2020-900001"));
        Assert.Equal(3, incident.Offenses.Count);
        Assert.Equal(3, incident.OffenseCount);
        Assert.Equal("13A", incident.HighestOffenseCode);
        Assert.Equal(["13A", "13B", "290"], incident.Offenses.Select(o => o.NibrsCode!).Order());
        Assert.Equal(1, incident.Offenses.Count(o => o.PartIClass == PartIClass.Violent));
        Assert.Equal("W2", incident.Area!.Code);
        Assert.Equal(AreaPlacement.Coordinates, incident.AreaPlacement);
        Assert.All(incident.Offenses, o => Assert.Equal(incident.AreaId, o.AreaId));
        Assert.All(incident.Offenses, o => Assert.Equal(incident.OccurredAtUtc, o.OccurredAtUtc));
        Assert.Equal(new DateTime(2020, 2, 5, 16, 10, 0, DateTimeKind.Utc), incident.OccurredAtUtc);
        var utc = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.SourceIncidentNumber == "2020-900002"));
        Assert.Equal(new DateTime(2020, 2, 6, 10, 10, 0, DateTimeKind.Utc), utc.OccurredAtUtc); // "Z" is taken as given
        Assert.Null(utc.AreaId);
        var named = await factory.WithDbAsync(db => db.IncidentOffenses.AsNoTracking().SingleAsync(o => o.Incident!.SourceIncidentNumber == "2020-900003"));
        Assert.Null(named.NibrsCode);
        Assert.Equal("SOME NEW OFFENSE NAME", named.Description);

        // Re-importing the same rows changes nothing.
        var again = await client.QueueAsync(Encoding.UTF8.GetBytes(csv), "seattle.csv");
        await factory.RunQueueAsync();
        var second = await factory.BatchAsync(again);
        Assert.Equal((0L, 0L, 5L), (second.RowsInserted, second.RowsUpdated, second.RowsUnchanged));
        Assert.Equal(3, await factory.WithDbAsync(db => db.IncidentOffenses.CountAsync(o => o.Incident!.SourceIncidentNumber == "2020-900001")));
    }

    [Fact]
    public async Task Incident_numbers_in_any_order_and_beyond_ascii_are_found_again_by_a_reimport_never_duplicated_nor_refused()
    {
        // The import looks up only numbers not above the source's highest stored one. SQLite orders text by its UTF-8
        // bytes, so U+E000 sorts below U+1F600, where .NET's UTF-16 ordinal order puts it above the surrogate pair:
        // such numbers must still be looked up, or the re-import would insert them twice (and be refused).
        var (client, _) = await factory.OfficerAsync();
        static string Row(string number) =>
            $"{number},1,2022-04-05T10:10:00,,,A,PERSON,ASSAULT OFFENSES,Simple Assault,13B,E,E,E2,X,1XX BLOCK OF MAIN ST,-90.18,35.145";
        static byte[] File(params string[] numbers) => Encoding.UTF8.GetBytes(SeattleHeader + "\n" + string.Join("\n", numbers.Select(Row)) + "\n");
        const string Private = "2022-NB\uE000", Emoji = "2022-NB\U0001F600";

        var first = await client.QueueAsync(File(Private, Emoji, "2022-NB-D", "2022-NB-B"), "numbers-1.csv");
        await factory.RunQueueAsync();
        var firstBatch = await factory.BatchAsync(first);
        Assert.Equal((ImportStatus.Completed, 4L), (firstBatch.Status, firstBatch.RowsInserted));

        // Chunks of three: new numbers below, between and above the stored ones, beside stored ones.
        var second = await client.QueueAsync(File("2022-NB-A", "2022-NB-E", "2022-NB-D", Private, "2022-NB-C", Emoji), "numbers-2.csv");
        await factory.RunQueueAsync();

        var batch = await factory.BatchAsync(second);
        Assert.Equal((ImportStatus.Completed, 3L, 0L, 3L, 0L), (batch.Status, batch.RowsInserted, batch.RowsUpdated, batch.RowsUnchanged, batch.RowsRejected));
        var numbers = await factory.WithDbAsync(db => db.Incidents.Where(i => i.SourceIncidentNumber.StartsWith("2022-NB")).Select(i => i.SourceIncidentNumber).ToListAsync());
        Assert.Equal(new[] { "2022-NB-A", "2022-NB-B", "2022-NB-C", "2022-NB-D", "2022-NB-E", Emoji, Private }.Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_ado_net_path_sql_server_uses_imports_updates_and_keeps_the_highest_offense_as_the_native_one_does()
    {
        var (client, _) = await factory.OfficerAsync();
        const string Place = "A,PERSON,ASSAULT OFFENSES";
        string Row(string number, string key, string when, string name, string code, string address) =>
            $"{number},{key},{when},,,{Place},{name},{code},E,E,E2,X,{address},-90.18,35.145";
        var first = SeattleHeader + "\n"
            + Row("2021-AD001", "1", "2021-03-05T10:10:00", "Simple Assault", "13B", "15XX BLOCK OF E PINE ST") + "\n"
            + Row("2021-AD001", "2", "2021-03-05T10:10:00", "Destruction/Damage/Vandalism of Property", "290", "15XX BLOCK OF E PINE ST") + "\n"
            + Row("2021-AD002", "1", "2021-03-06T22:00:00.1234500", "Simple Assault", "13B", "1XX BLOCK OF MAIN ST") + "\n";
        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(first), "ado-1.csv");
        await RunThroughAdoNetAsync(id);

        var batch = await factory.BatchAsync(id);
        Assert.Equal((ImportStatus.Completed, 3L, 3L, 0L), (batch.Status, batch.RowsRead, batch.RowsInserted, batch.RowsRejected));
        var one = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Offenses).SingleAsync(i => i.SourceIncidentNumber == "2021-AD001"));
        Assert.Equal((2, "13B"), (one.OffenseCount, one.HighestOffenseCode));
        Assert.Equal(new DateTime(2021, 3, 5, 16, 10, 0, DateTimeKind.Utc), one.OccurredAtUtc);
        var two = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.SourceIncidentNumber == "2021-AD002"));
        Assert.Equal(new DateTime(2021, 3, 7, 4, 0, 0, DateTimeKind.Utc).AddTicks(1_234_500), two.OccurredAtUtc); // fractions kept, read back by EF

        // The incident moves an hour and gains a higher offense; its other incident is unchanged.
        var second = SeattleHeader + "\n"
            + Row("2021-AD001", "1", "2021-03-05T11:10:00", "Simple Assault", "13B", "16XX BLOCK OF E PINE ST") + "\n"
            + Row("2021-AD001", "3", "2021-03-05T11:10:00", "Aggravated Assault", "13A", "16XX BLOCK OF E PINE ST") + "\n"
            + Row("2021-AD002", "1", "2021-03-06T22:00:00.1234500", "Simple Assault", "13B", "1XX BLOCK OF MAIN ST") + "\n";
        var again = await client.QueueAsync(Encoding.UTF8.GetBytes(second), "ado-2.csv");
        await RunThroughAdoNetAsync(again);

        var updated = await factory.BatchAsync(again);
        Assert.Equal((1L, 1L, 1L), (updated.RowsUpdated, updated.RowsInserted, updated.RowsUnchanged)); // the new offense row finds its incident already moved
        one = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Include(i => i.Offenses).SingleAsync(i => i.SourceIncidentNumber == "2021-AD001"));
        Assert.Equal((3, "13A", "16XX BLOCK OF E PINE ST"), (one.OffenseCount, one.HighestOffenseCode, one.Address));
        Assert.Equal(new DateTime(2021, 3, 5, 17, 10, 0, DateTimeKind.Utc), one.OccurredAtUtc);
        Assert.All(one.Offenses, o => Assert.Equal(one.OccurredAtUtc, o.OccurredAtUtc));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("2021-AD"))));
    }

    private async Task RunThroughAdoNetAsync(long batchId)
    {
        using var scope = factory.Services.CreateScope();
        var configured = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CrimeImportOptions>>().Value;
        var throughAdoNet = JsonSerializer.Deserialize<CrimeImportOptions>(JsonSerializer.Serialize(configured))!;
        throughAdoNet.NativeSqlite = false;
        var runner = ActivatorUtilities.CreateInstance<CrimeImportRunner>(scope.ServiceProvider, Microsoft.Extensions.Options.Options.Create(throughAdoNet));
        Assert.Equal(batchId, await runner.ClaimAsync("ado", CancellationToken.None));
        Assert.True(await runner.RunAsync(batchId, "ado", CancellationToken.None));
    }

    [Theory]
    [InlineData("empty", "The file is empty.")]
    [InlineData("header-only", "has a header but no rows")]
    [InlineData("binary", "not a CSV text file")]
    [InlineData("latin1", "not UTF-8")]
    [InlineData("missing-date", "has no Date column")]
    public async Task Files_that_cannot_be_imported_get_a_clear_message_and_change_nothing(string kind, string message)
    {
        var bytes = kind switch
        {
            "empty" => [],
            "header-only" => Encoding.UTF8.GetBytes(ChicagoHeader + "\r\n"),
            "binary" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00],
            "latin1" => Encoding.Latin1.GetBytes(ChicagoHeader + "\r\n" + "1,JA1,05/31/2019 11:55:00 PM,1XX CAFÉ ST,0820,THEFT,X,S,false,false,1,1,1,1,1,1,1,1,1,1,1,1\r\n"),
            _ => Encoding.UTF8.GetBytes(ChicagoHeader.Replace(",Date,", ",When,", StringComparison.Ordinal) + "\r\n1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22\r\n"),
        };
        var (client, _) = await factory.OfficerAsync();
        var before = await factory.WithDbAsync(db => db.ImportBatches.CountAsync());

        var page = await client.UploadAsync(bytes);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Document.QuerySelector("#import-error")!.TextContent);
        Assert.Contains("Nothing was imported", page.Document.QuerySelector("#import-error")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ImportBatches.CountAsync()));
        var folder = Path.Combine(factory.Folder, "imports");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv") : []);
    }

    [Fact]
    public async Task An_area_deleted_while_an_import_runs_stops_the_chunk_that_places_incidents_in_it_and_the_retry_leaves_them_unassigned()
    {
        // The import writes with SQLite's foreign keys off (for speed) and checks the areas it used before each checkpoint.
        var areaId = await factory.WithDbAsync(async db =>
        {
            var area = new Area { Name = "Short-lived area", Code = "ZZ" };
            db.Areas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });
        await factory.MapAsync("chicago", AreaSourceFields.Ward, "77", "ZZ");
        var (client, _) = await factory.OfficerAsync();
        var csv = new StringBuilder(ChicagoHeader + "\n");
        for (var i = 0; i < 5; i++)
        {
            csv.Append(Chicago($"{i}", $"JZ{i:000}", "07/04/2020 09:00:00 PM", "001XX W MAIN ST", "0820", "THEFT", "OVER $500", ward: "77", lat: "", lon: "")).Append('\n');
        }

        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(csv.ToString()), "short-lived.csv");
        using (var scope = factory.Services.CreateScope())
        {
            // While the first chunk is being read (after the import loaded its areas), an admin deletes the area.
            var runner = ActivatorUtilities.CreateInstance<CrimeImportRunner>(scope.ServiceProvider, new RowObserver(row =>
            {
                if (row == 1)
                {
                    factory.WithDbAsync(db => db.Areas.Where(a => a.Id == areaId).ExecuteDeleteAsync()).GetAwaiter().GetResult();
                }
            }));
            Assert.Equal(id, await runner.ClaimAsync("instance-a", CancellationToken.None));
            var stopped = await Assert.ThrowsAsync<ImportRetryException>(() => runner.RunAsync(id, "instance-a", CancellationToken.None));
            Assert.Contains("was deleted while it ran", stopped.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JZ"))));
        await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.LeaseExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(1, await factory.RunQueueAsync());
        var placed = await factory.WithDbAsync(db => db.Incidents.AsNoTracking().Where(i => i.SourceIncidentNumber.StartsWith("JZ")).Select(i => i.AreaId).ToListAsync());
        Assert.Equal(5, placed.Count);
        Assert.All(placed, Assert.Null);
        Assert.Equal(ImportStatus.Completed, (await factory.BatchAsync(id)).Status);
    }

    [Fact]
    public async Task A_crash_mid_import_leaves_whole_chunks_and_the_next_claim_finishes_the_job_without_duplicates()
    {
        var (client, _) = await factory.OfficerAsync();
        var csv = new StringBuilder(ChicagoHeader + "\n");
        for (var i = 0; i < 10; i++)
        {
            csv.Append(Chicago($"{i}", $"JC{i:000}", "07/04/2020 09:00:00 PM", "001XX W MAIN ST", "0820", "THEFT", "OVER $500")).Append('\n');
        }

        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(csv.ToString()), "crash.csv");
        using (var scope = factory.Services.CreateScope())
        {
            // The app stops (a power cut leaves the batch the same way) while row 7 is read, after the second chunk committed.
            // An exception would end the batch as Failed; only a stop leaves it for the next claim.
            using var stop = new CancellationTokenSource();
            var runner = ActivatorUtilities.CreateInstance<CrimeImportRunner>(scope.ServiceProvider, new RowObserver(row =>
            {
                if (row == 7)
                {
                    SpinWait.SpinUntil(() => factory.BatchAsync(id).GetAwaiter().GetResult().RowsRead == 6, TimeSpan.FromSeconds(30));
                    stop.Cancel();
                }
            }));
            Assert.Equal(id, await runner.ClaimAsync("instance-a", CancellationToken.None));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(id, "instance-a", stop.Token));
        }

        // Chunks of 3: rows 0-5 committed with their checkpoint; row 6 was rolled back with its chunk.
        var crashed = await factory.BatchAsync(id);
        Assert.Equal((ImportStatus.Running, 6L, 6L), (crashed.Status, crashed.RowsRead, crashed.RowsInserted));
        Assert.Equal(6, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JC"))));

        // While instance A's lease lasts nobody else takes the batch; once it has run out, instance B does and finishes.
        Assert.Equal(0, await factory.RunQueueAsync());
        await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.LeaseExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(1, await factory.RunQueueAsync());

        var finished = await factory.BatchAsync(id);
        Assert.Equal((ImportStatus.Completed, 10L, 10L, 0L, 2), (finished.Status, finished.RowsRead, finished.RowsInserted, finished.RowsUnchanged, finished.Attempts));
        Assert.Equal(10, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber.StartsWith("JC"))));
        Assert.Equal(10, await factory.WithDbAsync(db => db.IncidentOffenses.CountAsync(o => o.Incident!.SourceIncidentNumber.StartsWith("JC"))));
    }

    [Fact]
    public async Task Two_workers_never_run_the_same_batch_and_a_worker_that_lost_its_lease_writes_nothing()
    {
        var (client, _) = await factory.OfficerAsync();
        var id = await client.QueueAsync(Encoding.UTF8.GetBytes(ChicagoHeader + "\n" + Chicago("1", "JW001", "07/04/2020 09:00:00 PM", "001XX W MAIN ST", "0820", "THEFT", "OVER $500") + "\n"), "claim.csv");

        using var scopeA = factory.Services.CreateScope();
        using var scopeB = factory.Services.CreateScope();
        var a = scopeA.ServiceProvider.GetRequiredService<CrimeImportRunner>();
        var b = scopeB.ServiceProvider.GetRequiredService<CrimeImportRunner>();
        var claims = await Task.WhenAll(a.ClaimAsync("a", CancellationToken.None), b.ClaimAsync("b", CancellationToken.None));
        Assert.Single(claims, c => c == id);
        Assert.Single(claims, c => c is null);
        var (winner, winnerName, loser, loserName) = claims[0] == id ? (a, "a", b, "b") : (b, "b", a, "a");

        // The winner stalls past its lease; the other instance takes over; the stalled one then finds it lost the lease.
        await factory.WithDbAsync(db => db.ImportBatches.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(id, await loser.ClaimAsync(loserName, CancellationToken.None));
        Assert.False(await winner.RunAsync(id, winnerName, CancellationToken.None));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber == "JW001")));

        Assert.True(await loser.RunAsync(id, loserName, CancellationToken.None));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Incidents.CountAsync(i => i.SourceIncidentNumber == "JW001")));
        Assert.Equal(ImportStatus.Completed, (await factory.BatchAsync(id)).Status);
    }

    /// <summary>Stops or disturbs an import at a chosen row (the runner's <see cref="IImportRowObserver"/>).</summary>
    private sealed class RowObserver(Action<long> beforeRow) : IImportRowObserver
    {
        public void BeforeRow(long row) => beforeRow(row);
    }
}
