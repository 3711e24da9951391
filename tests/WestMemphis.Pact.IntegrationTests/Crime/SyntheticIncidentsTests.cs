extern alias benchmarks;

using benchmarks::WestMemphis.Pact.Benchmarks;
using nietras.SeparatedValues;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime.DemoData;

namespace WestMemphis.Pact.IntegrationTests.Crime;

public sealed class SyntheticIncidentsTests
{
    private static readonly SyntheticArea[] Areas =
    [
        new("B1", 1.0, [new("N Missouri St", 100, 2999)], 35.15, -90.18),
        new("B2", 2.0, [new("E Broadway Ave", 100, 1999), new("N 7th St", 100, 1999, Domain.Liaison.HouseNumberParity.Odd)], 35.14, -90.17),
    ];

    private static SyntheticOptions Options(int seed = 7, double perYear = 3000, SyntheticRise? rise = null) => new()
    {
        Seed = seed,
        Start = new DateOnly(2023, 1, 1),
        End = new DateOnly(2025, 12, 31),
        IncidentsPerYear = perYear,
        Areas = Areas,
        Rise = rise,
    };

    [Fact]
    public void The_same_seed_gives_the_same_incidents_and_another_seed_different_ones()
    {
        var a = SyntheticIncidents.Generate(Options()).Take(500).ToList();
        var b = SyntheticIncidents.Generate(Options()).Take(500).ToList();
        var c = SyntheticIncidents.Generate(Options(seed: 8)).Take(500).ToList();
        Assert.Equal(a.Select(Describe), b.Select(Describe));
        Assert.NotEqual(a.Select(Describe), c.Select(Describe));
        Assert.Equal(a.Count, a.Select(i => i.Number).Distinct().Count());
    }

    private static string Describe(SyntheticIncident i) =>
        $"{i.Number}|{i.OccurredLocal:O}|{i.Beat}|{i.Address}|{string.Join("+", i.Offenses.Select(o => o.NibrsCode))}|{i.IsDomestic}|{i.IsJuvenile}";

    [Fact]
    public void Volume_matches_the_rate_summer_is_higher_than_winter_and_weekend_nights_are_busy()
    {
        var all = SyntheticIncidents.Generate(Options()).ToList();
        Assert.InRange(all.Count, 3 * 3000 * 0.93, 3 * 3000 * 1.07);
        var summer = all.Count(i => i.OccurredLocal.Month is 6 or 7 or 8);
        var winter = all.Count(i => i.OccurredLocal.Month is 12 or 1 or 2);
        Assert.True(summer > winter * 1.2, $"summer {summer}, winter {winter}");
        var friday = all.Count(i => i.OccurredLocal.DayOfWeek == DayOfWeek.Friday);
        var tuesday = all.Count(i => i.OccurredLocal.DayOfWeek == DayOfWeek.Tuesday);
        Assert.True(friday > tuesday, $"Friday {friday}, Tuesday {tuesday}");
        var evening = all.Count(i => i.OccurredLocal.Hour is >= 16 and <= 19);
        var dawn = all.Count(i => i.OccurredLocal.Hour is >= 3 and <= 6);
        Assert.True(evening > dawn * 2, $"evening {evening}, dawn {dawn}");
    }

    [Fact]
    public void Hot_spots_recur_the_mix_spans_categories_and_flags_and_multi_offense_incidents_occur()
    {
        var all = SyntheticIncidents.Generate(Options()).ToList();
        var topAddress = all.GroupBy(i => i.Address).Max(g => g.Count());
        Assert.True(topAddress > all.Count / 30, $"top address has {topAddress} of {all.Count}");
        var codes = all.SelectMany(i => i.Offenses).Select(o => o.NibrsCode).ToHashSet();
        var catalog = NibrsCatalog.All().ToDictionary(c => c.Code);
        Assert.All(codes, c => Assert.True(catalog.ContainsKey(c), c));
        Assert.Contains(codes, c => catalog[c].PartIClass == PartIClass.Violent);
        Assert.Contains(codes, c => catalog[c].PartIClass == PartIClass.Property);
        Assert.Contains(codes, c => catalog[c].CrimesAgainst == OffenseCategory.Society);
        Assert.Contains(codes, NibrsCatalog.SensitiveCodes.Contains);
        Assert.Contains(all, i => i.IsDomestic);
        Assert.Contains(all, i => i.IsJuvenile);
        Assert.Contains(all, i => i.Offenses.Count > 1);
        Assert.All(all.Where(i => i.Address.EndsWith("N 7TH ST", StringComparison.Ordinal)), i => Assert.Equal(1, int.Parse(i.Address.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) % 2));
    }

    [Fact]
    public void A_rise_adds_offenses_of_its_code_in_its_area_in_the_last_weeks_only()
    {
        var rise = new SyntheticRise("B1", "23F", Weeks: 6, PerDay: 2.5);
        var plain = SyntheticIncidents.Generate(Options()).ToList();
        var rising = SyntheticIncidents.Generate(Options(rise: rise)).ToList();
        static int Count(List<SyntheticIncident> list, DateOnly from, DateOnly to) =>
            list.Count(i => i.Beat == "B1" && i.Offenses[0].NibrsCode == "23F" && DateOnly.FromDateTime(i.OccurredLocal) >= from && DateOnly.FromDateTime(i.OccurredLocal) <= to);
        var last4 = (new DateOnly(2025, 12, 4), new DateOnly(2025, 12, 31));
        var before = (new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        Assert.True(Count(rising, last4.Item1, last4.Item2) > Count(plain, last4.Item1, last4.Item2) + 40);
        Assert.True(rising.Count(i => i.OccurredLocal < new DateTime(2025, 11, 1)) < plain.Count * 1.01);
        Assert.True(Count(rising, before.Item1, before.Item2) > 0);
    }

    [Theory]
    [InlineData(SyntheticLayout.Chicago, ImportLayout.Chicago)]
    [InlineData(SyntheticLayout.Seattle, ImportLayout.Seattle)]
    public void Files_are_recognised_by_the_import_and_bad_rows_come_at_the_share_asked(SyntheticLayout layout, ImportLayout expected)
    {
        using var writer = new StringWriter();
        var stats = SyntheticCsv.Write(writer, SyntheticIncidents.Generate(Options(perYear: 4000)), layout, maxRows: 10_000, badShare: 0.03);
        Assert.Equal(10_000, stats.Rows);

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, HasHeader = true }).FromText(writer.ToString());
        var detected = ImportLayouts.Detect(reader.Header.ColNames.ToList(), out var error);
        Assert.Null(error);
        Assert.Equal(expected, detected!.Layout);
        var parser = new CrimeRowParser(CentralTime.Zone, detected.Columns, GeoBox.WestMemphis);
        var index = detected.Columns.ToDictionary(c => c.Key, c => reader.Header.IndexOf(c.Value));
        long rows = 0, rejected = 0, gap = 0, quoted = 0;
        foreach (var row in reader)
        {
            rows++;
            var values = new Dictionary<ImportField, string>();
            foreach (var (field, i) in index)
            {
                values[field] = row[i].ToString();
            }

            var parsed = parser.Parse(f => values.GetValueOrDefault(f), out _);
            if (parsed is null)
            {
                rejected++;
                continue;
            }

            var local = CentralTime.ToLocal(parsed.OccurredAtUtc);
            gap += local.Month == 3 && local.Hour == 3 && local.Minute == 30 && local.Day == SyntheticCsv.SpringForward(local.Year).Day ? 1 : 0;
            quoted += parsed.FullDescription.Contains(", \"REPORTED LATE\"", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(10_000, rows);
        Assert.Equal(stats.BadRows, rejected);
        Assert.InRange(rejected, 200, 400);
        Assert.True(gap > 50, $"{gap} rows in the spring-forward gap were imported");
        Assert.True(quoted > 50, $"{quoted} quoted descriptions were read whole");
    }

    [Fact]
    public void Seattle_writes_a_row_per_offense_and_Chicago_a_row_per_incident()
    {
        var incidents = SyntheticIncidents.Generate(Options()).Take(2000).ToList();
        var offenses = incidents.Sum(i => i.Offenses.Count);
        Assert.True(offenses > incidents.Count);
        var seattle = SyntheticCsv.Write(TextWriter.Null, incidents, SyntheticLayout.Seattle);
        var chicago = SyntheticCsv.Write(TextWriter.Null, incidents, SyntheticLayout.Chicago);
        Assert.Equal(offenses, seattle.Rows);
        Assert.Equal(incidents.Count, chicago.Rows);
    }
}
