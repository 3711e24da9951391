using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.OpenData;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.OpenData;

/// <summary>
/// The key promise of /data: no dataset carries what its page hides. On data that makes small, withheld counts and
/// sensitive offenses, every cell of each CSV file is compared with what its page shows (a withheld cell is "withheld"
/// in the file and "withheld*" on the page, never a number), and each JSON file with its CSV file.
/// </summary>
public sealed class OpenDataMirrorsThePagesTests(OpenDataMirrorsThePagesTests.Factory app) : IClassFixture<OpenDataMirrorsThePagesTests.Factory>
{
    /// <summary>20 October 2026: September 2026 is the latest closed month of every page. The data is seeded once.</summary>
    public sealed class Factory : PactFactory
    {
        private Task? seeded;

        public Factory() => Clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 17, 0, 0, TimeSpan.Zero));

        public Task SeedAsync() => seeded ??= SeedOnceAsync();

        private async Task SeedOnceAsync()
        {
            await WithDbAsync(db => db.NibrsOffenseCodes.Where(c => c.Code == "100" || c.Code == "250" || c.Code == "35B" || c.Code == "11A")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, true)));
            var september = Utc(2026, 9, 15);
            // Ward 1: one kidnapping, one counterfeiting, five drug-equipment offenses. Ward 2: a rape (never located), a
            // domestic kidnapping (never located) and four drug-equipment offenses. August: two counterfeitings in Ward 2.
            await OffenseAsync("W1", "100", OffenseCategory.Persons, september);
            await OffenseAsync("W1", "250", OffenseCategory.Property, september);
            for (var i = 0; i < 5; i++)
            {
                await OffenseAsync("W1", "35B", OffenseCategory.Society, september);
            }

            await OffenseAsync("W2", "11A", OffenseCategory.Persons, september);
            await OffenseAsync("W2", "100", OffenseCategory.Persons, september, domestic: true);
            for (var i = 0; i < 4; i++)
            {
                await OffenseAsync("W2", "35B", OffenseCategory.Society, september);
            }

            await OffenseAsync("W2", "250", OffenseCategory.Property, Utc(2026, 8, 10));
            await OffenseAsync("W2", "250", OffenseCategory.Property, Utc(2026, 8, 11));

            await WithDbAsync(async db =>
            {
                var areas = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Id);
                void NewConcern(string area, ConcernCategory category, DateTime created, DateTime? resolved) => db.Concerns.Add(new Concern
                {
                    ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
                    Location = "1517 N Missouri St", Description = "Private detail nobody may see", ReporterName = "Robin Reporter", ReporterEmail = "robin@example.com",
                    AreaId = areas[area], Category = category, CreatedUtc = created, UpdatedUtc = created, ResolvedUtc = resolved,
                    Status = resolved is null ? ConcernStatus.New : ConcernStatus.Resolved,
                });
                for (var i = 0; i < 6; i++)
                {
                    NewConcern("W1", ConcernCategory.DrugActivity, Utc(2026, 9, 2 + i), i < 4 ? Utc(2026, 9, 10 + i) : null);
                }

                NewConcern("W1", ConcernCategory.Noise, Utc(2026, 9, 3), null);
                NewConcern("W2", ConcernCategory.IllegalDumping, Utc(2026, 9, 10), null);
                NewConcern("W2", ConcernCategory.StreetLighting, Utc(2026, 8, 10), Utc(2026, 8, 20));

                var upcoming = new Event
                {
                    Title = "Open data Park and Walk", Type = EventType.CommunityEvent, Location = "Meadows Park", AreaId = areas["W2"],
                    StartUtc = Utc(2026, 11, 7), EndUtc = Utc(2026, 11, 7, 18), Status = EventStatus.Published, CreatedUtc = Utc(2026, 10, 1),
                    Description = "Walk with us", SeekingVolunteers = true,
                };
                upcoming.Shifts.Add(new Shift { Role = "Walker", StartUtc = upcoming.StartUtc, EndUtc = upcoming.EndUtc, Capacity = 10, Filled = 3 });
                db.Events.Add(upcoming);
                db.Events.Add(new Event
                {
                    Title = "Open data cleanup", Type = EventType.EnvironmentalCleanup, Location = "Hope Park", AreaId = areas["W1"],
                    StartUtc = Utc(2026, 9, 12), EndUtc = Utc(2026, 9, 12, 18), Status = EventStatus.Completed, CreatedUtc = Utc(2026, 8, 1), Description = "Cleanup",
                });
                db.Events.Add(new Event
                {
                    Title = "Open data secret draft", Type = EventType.CommunityEvent, Location = "Nowhere yet",
                    StartUtc = Utc(2026, 11, 20), EndUtc = Utc(2026, 11, 20, 18), Status = EventStatus.Draft, CreatedUtc = Utc(2026, 10, 1), Description = "Draft",
                });
                await db.SaveChangesAsync();
            });
        }

        private Task OffenseAsync(string areaCode, string code, OffenseCategory category, DateTime occurredUtc, bool domestic = false) =>
            WithDbAsync(async db =>
            {
                var area = await db.Areas.Where(a => a.Code == areaCode).Select(a => a.Id).SingleAsync();
                var incident = new Incident
                {
                    Source = "test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = occurredUtc, Address = "1523 N Missouri St",
                    HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area, OffenseCount = 1, UpdatedAtUtc = occurredUtc, IsDomestic = domestic,
                };
                incident.Offenses.Add(new IncidentOffense { OffenseKey = code, NibrsCode = code, Description = "test " + code, Category = category, PartIClass = PartIClass.None, OccurredAtUtc = occurredUtc, AreaId = area });
                db.Incidents.Add(incident);
                await db.SaveChangesAsync();
            });
    }

    private static DateTime Utc(int y, int m, int d, int h = 15) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A file's cell as its page prints it: "withheld*" for withheld, a number with thousands separators.</summary>
    private static string AsPage(string cell, string format = "N0") =>
        cell == "withheld" ? "withheld*" : double.TryParse(cell, NumberStyles.Float, Inv, out var n) ? n.ToString(format, Inv) : cell;

    private async Task<List<Dictionary<string, string>>> CsvAsync(HttpClient client, string dataset)
    {
        var response = await client.GetAsync($"/data/{dataset}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(text).AsMemory(), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        foreach (var record in csv)
        {
            rows.Add(record.ToArray());
        }

        var header = rows[0];
        var table = rows.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();

        // The JSON file holds the same rows: a withheld count is null and named in "withheld", never a number.
        var json = JsonNode.Parse(await client.GetStringAsync($"/data/{dataset}.json"))!.AsObject();
        Assert.Equal(dataset, (string?)json["dataset"]);
        Assert.NotEmpty(json["privacyRules"]!.AsArray());
        var jsonRows = json["rows"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(table.Count, jsonRows.Count);
        for (var i = 0; i < table.Count; i++)
        {
            var withheld = jsonRows[i]["withheld"]!.AsArray().Select(w => (string?)w).ToHashSet();
            foreach (var column in header)
            {
                var value = jsonRows[i][column];
                var asCsv = withheld.Contains(column) ? (value is null ? "withheld" : "a number where the page withholds one")
                    : value is null ? ""
                    : value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? value.GetValue<double>().ToString("0.##", Inv)
                    : value.GetValue<string>();
                Assert.Equal(table[i][column], asCsv);
            }
        }

        return table;
    }

    [Fact]
    public async Task The_crime_summary_file_holds_each_closed_month_exactly_as_crime_shows_it()
    {
        await app.SeedAsync();
        var client = app.CreateBrowserClient();
        var file = await CsvAsync(client, "crime-summary");
        Assert.Contains(file, r => r["crimes_against_persons"] == "withheld");
        Assert.DoesNotContain(file, r => r.Values.Any(v => v.Contains("1500", StringComparison.Ordinal) || v.Contains("Missouri", StringComparison.OrdinalIgnoreCase)));

        var months = file.Select(r => r["month"]).Distinct().ToList();
        var offered = (await client.GetPageAsync("/crime")).Document.QuerySelectorAll("#month option").Select(o => o.GetAttribute("value")!).ToList();
        Assert.Equal(offered, months);
        string[] columns = ["crimes_against_persons", "crimes_against_property", "crimes_against_society", "total"];
        var fromFile = file.SelectMany(r => columns.Select((c, i) => (r["month"], r["area"], i, AsPage(r[c])))).ToHashSet();
        var fromPages = new HashSet<(string, string, int, string)>();
        foreach (var month in months)
        {
            var page = await client.GetPageAsync($"/crime?month={month}");
            foreach (var row in page.Document.QuerySelectorAll("table.public-crime tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    fromPages.Add((month, row.QuerySelector("th")!.TextContent.Trim(), i, cells[i]));
                }
            }
        }

        Assert.Equal(fromPages.Order(), fromFile.Order());
        // The never-located offenses count only under "Not located", and Ward 1's small counts stay withheld.
        Assert.Contains(("2026-09", "Ward 1", 0, "withheld*"), fromFile);
    }

    [Fact]
    public async Task The_events_file_lists_what_the_calendar_shows_and_no_volunteer_figures()
    {
        await app.SeedAsync();
        var client = app.CreateBrowserClient();
        var file = await CsvAsync(client, "events");
        Assert.Equal(["id", "title", "type", "status", "start", "end", "place", "area", "url"], file[0].Keys);
        Assert.DoesNotContain(file, r => r["title"] == "Open data secret draft");
        Assert.Contains(file, r => r["title"] == "Open data cleanup" && r["status"] == "held" && r["start"] == "2026-09-12T10:00:00-05:00");

        // Every event the calendar links to over the months the file covers (its month views and its upcoming list), and
        // on each event's own page the title, place and area the file gives.
        var fromPages = new HashSet<string>();
        void Read(HtmlPage page)
        {
            foreach (var link in page.Document.QuerySelectorAll(".event-item h3 a, .month-agenda li a"))
            {
                fromPages.Add(link.GetAttribute("href")!);
            }
        }

        Read(await client.GetPageAsync("/events"));
        for (var month = new DateOnly(2025, 10, 1); month <= new DateOnly(2026, 12, 1); month = month.AddMonths(1))
        {
            Read(await client.GetPageAsync($"/events?view=month&month={month:yyyy-MM}"));
        }

        Assert.Equal(fromPages.Order(), file.Select(r => new Uri(r["url"]).PathAndQuery).ToHashSet().Order());
        foreach (var row in file)
        {
            var details = await client.GetPageAsync(new Uri(row["url"]).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, details.Status);
            Assert.Contains(row["title"], details.Text, StringComparison.Ordinal);
            Assert.Contains(row["place"], details.Text, StringComparison.Ordinal);
            Assert.Contains(row["area"], details.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_program_results_file_holds_each_month_exactly_as_about_results_shows_it()
    {
        await app.SeedAsync();
        var client = app.CreateBrowserClient();
        var file = await CsvAsync(client, "program-results");
        Assert.Contains(file, r => r["concerns_received"] == "withheld");
        string[] areaColumns = ["events_held", "volunteer_hours", "presentations", "concerns_received", "concerns_resolved", "projects_closed"];
        var headline = new Dictionary<string, string>
        {
            ["Events held"] = "events_held", ["Volunteer hours"] = "volunteer_hours", ["Presentations and visits given"] = "presentations",
            ["People reached by presentations"] = "people_reached", ["Concerns received"] = "concerns_received", ["Concerns resolved"] = "concerns_resolved",
            ["Problem-solving projects closed"] = "projects_closed",
        };
        var fromFile = new HashSet<(string, string, string, string)>();
        foreach (var r in file)
        {
            var columns = r["area"] == "All areas" ? headline.Values.ToArray() : areaColumns;
            foreach (var c in columns)
            {
                fromFile.Add((r["month"], r["area"], c, AsPage(r[c])));
            }

            Assert.True(r["area"] == "All areas" || r["people_reached"] == "", "people reached is given citywide only, as the page gives it");
        }

        var fromPages = new HashSet<(string, string, string, string)>();
        foreach (var month in file.Select(r => r["month"]).Distinct())
        {
            var page = await client.GetPageAsync($"/about/results?month={month}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var row in page.Document.QuerySelectorAll("#h-areas ~ div tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    fromPages.Add((month, row.QuerySelector("th")!.TextContent.Trim(), areaColumns[i], cells[i]));
                }
            }

            foreach (var figure in page.Document.QuerySelectorAll(".result-figure"))
            {
                if (headline.TryGetValue(figure.QuerySelector("dt")!.TextContent.Trim(), out var column))
                {
                    fromPages.Add((month, "All areas", column, figure.QuerySelector("dd")!.TextContent.Trim()));
                }
            }
        }

        Assert.Equal(fromPages.Order(), fromFile.Order());
        Assert.Contains(("2026-09", "Ward 2", "concerns_received", "withheld*"), fromFile);
    }

    [Fact]
    public async Task The_you_said_file_holds_each_area_page_exactly_and_nothing_the_pages_leave_out_but_zeros()
    {
        await app.SeedAsync();
        var client = app.CreateBrowserClient();
        var file = await CsvAsync(client, "you-said-we-did");
        Assert.Contains(file, r => r["raised"] == "withheld");
        Assert.DoesNotContain(file, r => r.Values.Any(v => v.Contains("Robin", StringComparison.Ordinal) || v.Contains("Private", StringComparison.Ordinal) || v.Contains("1517", StringComparison.Ordinal)));

        var fromFile = new HashSet<(string, string, string, string, string)>();
        foreach (var r in file)
        {
            fromFile.Add((r["area_code"], r["month"], r["kind"], "raised", AsPage(r["raised"])));
            if (r["kind"] == "All concerns")
            {
                fromFile.Add((r["area_code"], r["month"], r["kind"], "resolved", AsPage(r["resolved"])));
                if (r["median_days_to_resolve"] is { Length: > 0 } median)
                {
                    fromFile.Add((r["area_code"], r["month"], r["kind"], "median", AsPage(median, "0.#")));
                }
            }
            else
            {
                Assert.Equal("", r["resolved"]);
            }
        }

        var fromPages = new HashSet<(string, string, string, string, string)>();
        foreach (var area in file.Select(r => r["area_code"]).Distinct())
        {
            var page = await client.GetPageAsync($"/areas/{area}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var section in page.Document.QuerySelectorAll("section.said-month"))
            {
                var month = section.QuerySelector("h3")!.Id![2..];
                foreach (var row in section.QuerySelectorAll("table.said-table tr").Where(tr => tr.QuerySelector("td") is not null))
                {
                    fromPages.Add((area, month, row.QuerySelector("th")!.TextContent.Trim(), "raised", row.QuerySelector("td")!.TextContent.Trim()));
                }

                var resolved = section.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.Contains("Concerns resolved this month", StringComparison.Ordinal));
                if (resolved is not null)
                {
                    var strong = resolved.QuerySelectorAll("strong").Select(s => s.TextContent.Trim()).ToList();
                    fromPages.Add((area, month, "All concerns", "resolved", strong[0]));
                    if (strong.Count > 1)
                    {
                        fromPages.Add((area, month, "All concerns", "median", strong[1].Split(' ')[0]));
                    }
                }
            }
        }

        // Every figure a page shows is in the file, the same; the file adds only the zeros of months a page words as
        // "no concerns" or "quiet".
        Assert.Empty(fromPages.Except(fromFile));
        Assert.All(fromFile.Except(fromPages), extra => Assert.Equal("0", extra.Item5));
        Assert.Contains(fromPages, p => p.Item5 == "withheld*");
    }

    [Fact]
    public async Task The_catalog_is_dcat_us_and_every_file_it_lists_downloads_with_its_type()
    {
        await app.SeedAsync();
        var client = app.CreateBrowserClient();
        var response = await client.GetAsync("/data.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var catalog = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("dcat:Catalog", (string?)catalog["@type"]);
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", (string?)catalog["@context"]);
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema", (string?)catalog["conformsTo"]);
        var datasets = catalog["dataset"]!.AsArray().Select(d => d!.AsObject()).ToList();
        Assert.Equal(4, datasets.Count);

        var page = await client.GetPageAsync("/data");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var dataset in datasets)
        {
            foreach (var field in OpenDataCatalog.RequiredFields)
            {
                Assert.True(dataset[field] is not null, $"{dataset["title"]}: no {field}");
            }

            Assert.Equal("public", (string?)dataset["accessLevel"]);
            Assert.Equal("mailto:", ((string?)dataset["contactPoint"]!["hasEmail"])![..7]);
            Assert.Contains((string)dataset["title"]!, page.Text, StringComparison.Ordinal);
            Assert.Contains("Privacy rules applied", (string?)dataset["description"], StringComparison.Ordinal);
            foreach (var distribution in dataset["distribution"]!.AsArray().Select(d => d!.AsObject()))
            {
                var url = new Uri((string)distribution["downloadURL"]!);
                Assert.True(url.IsAbsoluteUri);
                var file = await client.GetAsync(url.PathAndQuery);
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                Assert.Equal((string?)distribution["mediaType"], file.Content.Headers.ContentType?.MediaType);
                Assert.Contains(url.AbsolutePath, links);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/no-such-dataset.csv")).StatusCode);
        Assert.Contains("/data", (await client.GetPageAsync("/crime")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/data", (await client.GetPageAsync("/about/results")).Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }
}
