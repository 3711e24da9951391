using System.Globalization;
using System.Text;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime.DemoData;

namespace WestMemphis.Pact.Benchmarks;

public enum SyntheticLayout
{
    Chicago,
    Seattle,
}

/// <summary>What a written file holds: data rows, rows an import must reject, and the edge rows it must still import.</summary>
public sealed record SyntheticCsvStats(long Rows, long BadRows, long EdgeRows, long Incidents);

/// <summary>
/// Writes synthetic incidents as a crime file in Chicago's "Crimes - 2001 to Present" layout (a row per incident, its
/// first offense) or Seattle's "SPD Crime Data" layout (a row per offense), with the exact headers
/// <see cref="ImportLayouts"/> recognises. With <c>badShare</c> &gt; 0 that share of rows is spoiled the way real exports
/// are (an impossible date, a missing incident number), and as many again are awkward but valid (a wall-clock time in
/// the spring-forward gap, a description with quotes and commas), which an import must read.
/// </summary>
public static class SyntheticCsv
{
    public const string ChicagoHeader = "ID,Case Number,Date,Block,IUCR,Primary Type,Description,Location Description,Arrest,Domestic,Beat,District,Ward,Community Area,FBI Code,X Coordinate,Y Coordinate,Year,Updated On,Latitude,Longitude,Location";

    public const string SeattleHeader = "Report Number,Offense ID,Offense Start DateTime,Offense End DateTime,Report DateTime,Group A B,Crime Against Category,Offense Parent Group,Offense,Offense Code,Precinct,Sector,Beat,MCPP,100 Block Address,Longitude,Latitude";

    private const string DateFormat = "MM/dd/yyyy hh:mm:ss tt";

    private static readonly string[] Places = ["RESIDENCE", "STREET", "APARTMENT", "PARKING LOT/GARAGE(NON.RESID.)", "SIDEWALK", "SMALL RETAIL STORE", "GAS STATION", "ALLEY"];

    public static SyntheticCsvStats Write(TextWriter writer, IEnumerable<SyntheticIncident> incidents, SyntheticLayout layout, long maxRows = long.MaxValue,
        double badShare = 0, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(incidents);
        var random = new Random(seed ^ 0x5EED);
        writer.Write(layout == SyntheticLayout.Chicago ? ChicagoHeader : SeattleHeader);
        writer.Write('\n');
        long rows = 0, bad = 0, edge = 0, count = 0, id = 10_000_000, offenseId = 0;
        var line = new StringBuilder(256);
        foreach (var incident in incidents)
        {
            if (rows >= maxRows)
            {
                break;
            }

            count++;
            var offenses = layout == SyntheticLayout.Chicago ? incident.Offenses.Take(1) : incident.Offenses;
            foreach (var offense in offenses)
            {
                if (rows >= maxRows)
                {
                    break;
                }

                var spoil = badShare > 0 && random.NextDouble() < badShare ? random.Next(2) + 1 : 0;
                var awkward = spoil == 0 && badShare > 0 && random.NextDouble() < badShare ? random.Next(2) + 1 : 0;
                var occurred = incident.OccurredLocal;
                if (awkward == 1)
                {
                    // 2:30 AM on the second Sunday of March of the incident's year: a time that does not exist in Central time.
                    occurred = SpringForward(occurred.Year).AddMinutes(150);
                }

                var date = spoil == 1 ? "13/45/" + occurred.Year.ToString(CultureInfo.InvariantCulture) + " 25:61:00 PM" : occurred.ToString(DateFormat, CultureInfo.InvariantCulture);
                var number = spoil == 2 ? "" : incident.Number;
                var description = awkward == 2 ? offense.ChicagoDescription + ", \"REPORTED LATE\"" : offense.ChicagoDescription;
                line.Clear();
                if (layout == SyntheticLayout.Chicago)
                {
                    var place = Places[(int)(id % Places.Length)];
                    Append(line, (id++).ToString(CultureInfo.InvariantCulture)).Append(',');
                    Append(line, number).Append(',');
                    Append(line, date).Append(',');
                    Append(line, HundredBlocks.From(incident.Address) ?? "").Append(',');
                    Append(line, offense.Iucr).Append(',');
                    Append(line, offense.ChicagoType).Append(',');
                    Append(line, description).Append(',');
                    Append(line, place).Append(',');
                    line.Append(incident.Arrest ? "true" : "false").Append(',');
                    line.Append(incident.IsDomestic ? "true" : "false").Append(',');
                    Append(line, incident.Beat).Append(',');
                    line.Append("0").Append(',');
                    Append(line, incident.Beat).Append(',');
                    line.Append("1").Append(',');
                    line.Append(Fbi(offense.NibrsCode)).Append(',');
                    line.Append(",,");
                    line.Append(occurred.Year.ToString(CultureInfo.InvariantCulture)).Append(',');
                    line.Append(incident.ReportedLocal.ToString(DateFormat, CultureInfo.InvariantCulture)).Append(',');
                    AppendNumber(line, incident.Latitude).Append(',');
                    AppendNumber(line, incident.Longitude).Append(',');
                    if (incident.Latitude is { } lat && incident.Longitude is { } lon)
                    {
                        Append(line, string.Create(CultureInfo.InvariantCulture, $"({lat}, {lon})"));
                    }
                }
                else
                {
                    Append(line, number).Append(',');
                    line.Append((++offenseId).ToString(CultureInfo.InvariantCulture)).Append(',');
                    Append(line, date).Append(',');
                    line.Append(',');
                    Append(line, incident.ReportedLocal.ToString(DateFormat, CultureInfo.InvariantCulture)).Append(',');
                    line.Append(offense.NibrsCode.StartsWith('9') ? "B" : "A").Append(',');
                    line.Append(Against(offense.NibrsCode)).Append(',');
                    Append(line, offense.ChicagoType).Append(',');
                    Append(line, awkward == 2 ? offense.NibrsName + ", \"REPORTED LATE\"" : offense.NibrsName).Append(',');
                    Append(line, offense.NibrsCode).Append(',');
                    line.Append("NORTH,").Append(incident.Beat[..1]).Append(',');
                    Append(line, incident.Beat).Append(',');
                    line.Append("DOWNTOWN,");
                    Append(line, HundredBlocks.From(incident.Address) ?? "").Append(',');
                    AppendNumber(line, incident.Longitude).Append(',');
                    AppendNumber(line, incident.Latitude);
                }

                line.Append('\n');
                writer.Write(line);
                rows++;
                if (spoil > 0)
                {
                    bad++;
                }

                if (awkward > 0)
                {
                    edge++;
                }
            }
        }

        return new SyntheticCsvStats(rows, bad, edge, count);
    }

    /// <summary>Midnight (local) of the second Sunday of March, when US clocks go forward at 2 AM.</summary>
    public static DateTime SpringForward(int year)
    {
        var first = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var firstSunday = first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7);
        return firstSunday.AddDays(7);
    }

    private static string Fbi(string code) => code switch
    {
        "09A" => "01A",
        "11A" => "02",
        "120" => "03",
        "13A" => "04B",
        "220" => "05",
        "240" => "07",
        "200" => "09",
        _ when code.StartsWith("23", StringComparison.Ordinal) => "06",
        "13B" => "08B",
        _ => "26",
    };

    private static string Against(string code) => code switch
    {
        "09A" or "11A" or "11D" or "36B" or "13A" or "13B" or "13C" => "PERSON",
        "35A" or "520" or "90J" or "90C" or "90Z" => "SOCIETY",
        _ => "PROPERTY",
    };

    private static StringBuilder AppendNumber(StringBuilder line, double? value) =>
        value is { } v ? line.Append(v.ToString("R", CultureInfo.InvariantCulture)) : line;

    /// <summary>A CSV field, quoted (and inner quotes doubled) when it holds a comma, a quote or a line break.</summary>
    private static StringBuilder Append(StringBuilder line, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            return line.Append(value);
        }

        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
