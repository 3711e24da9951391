using System.Globalization;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Crime.DemoData;

/// <summary>A street segment incidents in an area can happen on (as in the areas' street ranges).</summary>
public sealed record SyntheticStreet(string Name, int FromNumber, int ToNumber, HouseNumberParity Parity = HouseNumberParity.Both);

/// <summary>An area to generate incidents in: its beat (as the file writes it), its share of the city's crime and its streets.</summary>
public sealed record SyntheticArea(string Beat, double Weight, IReadOnlyList<SyntheticStreet> Streets, double? Latitude = null, double? Longitude = null);

/// <summary>A problem that grows in one area over the last weeks (extra offenses of one code, ramping up to <see cref="PerDay"/>).</summary>
public sealed record SyntheticRise(string Beat, string NibrsCode, int Weeks = 6, double PerDay = 2.5);

public sealed record SyntheticOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>First and last local day with incidents (inclusive).</summary>
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }

    /// <summary>Average incidents a year over the whole city, before seasonality.</summary>
    public double IncidentsPerYear { get; init; } = 3000;

    public required IReadOnlyList<SyntheticArea> Areas { get; init; }
    public SyntheticRise? Rise { get; init; }

    /// <summary>Prefix of the incident numbers ("JD" makes "JD0000001").</summary>
    public string NumberPrefix { get; init; } = "SY";

    /// <summary>Share of incidents with a second offense.</summary>
    public double MultiOffenseShare { get; init; } = 0.04;
}

/// <summary>One offense: its NIBRS code and how Chicago's export names it (primary type, description, IUCR).</summary>
public sealed record SyntheticOffense(string NibrsCode, string NibrsName, string ChicagoType, string ChicagoDescription, string Iucr);

/// <summary>A generated incident; times are West Memphis wall-clock times.</summary>
public sealed record SyntheticIncident(string Number, DateTime OccurredLocal, DateTime ReportedLocal, string Beat, string Address,
    double? Latitude, double? Longitude, IReadOnlyList<SyntheticOffense> Offenses, bool IsDomestic, bool IsJuvenile, bool Arrest);

/// <summary>
/// Realistic synthetic crime incidents, deterministic from a seed: a daily volume with seasonality (summer about a third
/// above winter), weekday and hour patterns (weekend nights, a mid-afternoon peak, quiet early mornings), hot spots (each
/// area's few addresses that recur), an offense mix across NIBRS codes close to a small Southern city's (thefts, simple
/// assaults, vandalism, burglary, drugs; a little violent crime; a few sex offenses), some domestic and juvenile flags,
/// a few multi-offense incidents and, optionally, a problem rising in one area. Streams: a million incidents are never
/// held in memory.
/// </summary>
public static class SyntheticIncidents
{
    /// <summary>The offense mix: weight (per 1,000 offenses) and the offense.</summary>
    public static readonly IReadOnlyList<(double Weight, SyntheticOffense Offense)> Mix =
    [
        (150, O("23H", "All Other Larceny", "THEFT", "$500 AND UNDER", "0820")),
        (60, O("23F", "Theft From Motor Vehicle", "THEFT", "FROM MOTOR VEHICLE", "0860")),
        (70, O("23C", "Shoplifting", "THEFT", "RETAIL THEFT", "0860")),
        (30, O("23D", "Theft From Building", "THEFT", "FROM BUILDING", "0890")),
        (130, O("13B", "Simple Assault", "BATTERY", "SIMPLE", "0460")),
        (100, O("290", "Destruction/Damage/Vandalism of Property", "CRIMINAL DAMAGE", "TO PROPERTY", "1320")),
        (70, O("220", "Burglary/Breaking & Entering", "BURGLARY", "FORCIBLE ENTRY", "0610")),
        (40, O("240", "Motor Vehicle Theft", "MOTOR VEHICLE THEFT", "AUTOMOBILE", "0910")),
        (50, O("26A", "False Pretenses/Swindle/Confidence Game", "DECEPTIVE PRACTICE", "FINANCIAL IDENTITY THEFT OVER $ 300", "1153")),
        (60, O("35A", "Drug/Narcotic Violations", "NARCOTICS", "POSS: CANNABIS 30GMS OR LESS", "1811")),
        (35, O("13A", "Aggravated Assault", "ASSAULT", "AGGRAVATED: HANDGUN", "051A")),
        (20, O("120", "Robbery", "ROBBERY", "ARMED: HANDGUN", "031A")),
        (25, O("13C", "Intimidation", "INTIMIDATION", "INTIMIDATION", "3960")),
        (25, O("520", "Weapon Law Violations", "WEAPONS VIOLATION", "UNLAWFUL POSS OF HANDGUN", "143A")),
        (35, O("90J", "Trespass of Real Property", "CRIMINAL TRESPASS", "TO LAND", "1330")),
        (25, O("90C", "Disorderly Conduct", "PUBLIC PEACE VIOLATION", "RECKLESS CONDUCT", "2820")),
        (40, O("90Z", "All Other Offenses", "OTHER OFFENSE", "HARASSMENT BY TELEPHONE", "2825")),
        (5, O("200", "Arson", "ARSON", "BY FIRE", "1025")),
        (1, O("09A", "Murder and Nonnegligent Manslaughter", "HOMICIDE", "FIRST DEGREE MURDER", "0110")),
        (4, O("11A", "Rape", "CRIMINAL SEXUAL ASSAULT", "NON-AGGRAVATED", "0281")),
        (4, O("11D", "Fondling", "SEX OFFENSE", "CRIMINAL SEXUAL ABUSE", "1562")),
        (1, O("36B", "Statutory Rape", "SEX OFFENSE", "AGG CRIMINAL SEXUAL ABUSE", "1563")),
    ];

    private static SyntheticOffense O(string code, string name, string type, string description, string iucr) => new(code, name, type, description, iucr);

    private static readonly Dictionary<string, SyntheticOffense> ByCode = Mix.ToDictionary(m => m.Offense.NibrsCode, m => m.Offense, StringComparer.Ordinal);

    /// <summary>Relative volume by month (January first): summer about a third above winter.</summary>
    public static readonly IReadOnlyList<double> MonthFactor = [0.85, 0.82, 0.92, 0.97, 1.05, 1.13, 1.18, 1.16, 1.06, 1.01, 0.94, 0.91];

    /// <summary>Relative volume by day of the week (Sunday first).</summary>
    public static readonly IReadOnlyList<double> DayFactor = [1.00, 0.96, 0.94, 0.95, 0.99, 1.12, 1.10];

    /// <summary>Relative volume by hour of the day (midnight first): low before dawn, up through the afternoon and evening.</summary>
    public static readonly IReadOnlyList<double> HourFactor =
        [0.9, 0.7, 0.6, 0.45, 0.35, 0.3, 0.4, 0.6, 0.8, 0.9, 1.0, 1.05, 1.2, 1.15, 1.2, 1.3, 1.35, 1.4, 1.4, 1.35, 1.3, 1.25, 1.15, 1.0];

    private static readonly string[] AssaultCodes = ["13A", "13B", "13C"];

    public static IEnumerable<SyntheticIncident> Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Areas.Count == 0 || options.End < options.Start)
        {
            yield break;
        }

        var random = new Random(options.Seed);
        var mixTotal = Mix.Sum(m => m.Weight);
        var areaTotal = options.Areas.Sum(a => a.Weight);
        var hourTotal = HourFactor.Sum();
        var meanFactor = MonthFactor.Average() * DayFactor.Average();
        var perDay = options.IncidentsPerYear / 365.25 / meanFactor;
        // Each area's hot spots: three addresses that take a quarter of its incidents.
        var hotSpots = options.Areas.ToDictionary(a => a.Beat, a => Enumerable.Range(0, 3).Select(_ => Address(random, a)).ToArray(), StringComparer.Ordinal);
        var sequence = 0;
        for (var day = options.Start; day <= options.End; day = day.AddDays(1))
        {
            var expected = perDay * MonthFactor[day.Month - 1] * DayFactor[(int)day.DayOfWeek];
            var count = Poisson(random, expected);
            for (var i = 0; i < count; i++)
            {
                var area = PickArea(random, options.Areas, areaTotal);
                var offense = PickOffense(random, mixTotal);
                yield return Make(random, options, ref sequence, day, area, offense, hotSpots[area.Beat], hourTotal);
            }

            if (options.Rise is { } rise && options.Areas.FirstOrDefault(a => a.Beat == rise.Beat) is { } risingArea)
            {
                var daysLeft = options.End.DayNumber - day.DayNumber;
                var span = rise.Weeks * 7;
                if (daysLeft < span)
                {
                    // Ramps from a third of the rate to the full rate over the window.
                    var rate = rise.PerDay * (0.35 + (0.65 * (span - daysLeft) / span));
                    var extra = Poisson(random, rate);
                    for (var i = 0; i < extra; i++)
                    {
                        yield return Make(random, options, ref sequence, day, risingArea, ByCode.GetValueOrDefault(rise.NibrsCode) ?? ByCode["23F"], hotSpots[risingArea.Beat], hourTotal);
                    }
                }
            }
        }
    }

    private static SyntheticIncident Make(Random random, SyntheticOptions options, ref int sequence, DateOnly day, SyntheticArea area, SyntheticOffense offense,
        string[] hotSpots, double hourTotal)
    {
        sequence++;
        var hour = PickHour(random, hourTotal);
        var occurred = day.ToDateTime(new TimeOnly(hour, random.Next(60), 0), DateTimeKind.Unspecified);
        var reported = occurred.AddMinutes(random.Next(5, offense.NibrsCode is "220" or "23F" or "26A" ? 60 * 30 : 180));
        var address = random.NextDouble() < 0.25 ? hotSpots[random.Next(hotSpots.Length)] : Address(random, area);
        var offenses = new List<SyntheticOffense> { offense };
        if (random.NextDouble() < options.MultiOffenseShare)
        {
            var second = PickOffense(random, Mix.Sum(m => m.Weight));
            if (second.NibrsCode != offense.NibrsCode)
            {
                offenses.Add(second);
            }
        }

        var domestic = AssaultCodes.Contains(offense.NibrsCode) && random.NextDouble() < 0.35;
        var juvenile = random.NextDouble() < 0.04;
        var arrest = random.NextDouble() < (offense.NibrsCode is "35A" or "520" or "90J" ? 0.8 : 0.15);
        double? lat = area.Latitude is { } la ? Math.Round(la + ((random.NextDouble() - 0.5) * 0.01), 6) : null;
        double? lon = area.Longitude is { } lo ? Math.Round(lo + ((random.NextDouble() - 0.5) * 0.01), 6) : null;
        return new SyntheticIncident(options.NumberPrefix + sequence.ToString("D7", CultureInfo.InvariantCulture), occurred, reported, area.Beat, address,
            lat, lon, offenses, domestic, juvenile, arrest);
    }

    private static string Address(Random random, SyntheticArea area)
    {
        var street = area.Streets[random.Next(area.Streets.Count)];
        var number = random.Next(street.FromNumber, street.ToNumber + 1);
        if ((street.Parity == HouseNumberParity.Odd && number % 2 == 0) || (street.Parity == HouseNumberParity.Even && number % 2 == 1))
        {
            number = number + 1 <= street.ToNumber ? number + 1 : number - 1;
        }

        return number.ToString(CultureInfo.InvariantCulture) + " " + street.Name.ToUpperInvariant();
    }

    private static SyntheticArea PickArea(Random random, IReadOnlyList<SyntheticArea> areas, double total)
    {
        var x = random.NextDouble() * total;
        foreach (var area in areas)
        {
            x -= area.Weight;
            if (x < 0)
            {
                return area;
            }
        }

        return areas[^1];
    }

    private static SyntheticOffense PickOffense(Random random, double total)
    {
        var x = random.NextDouble() * total;
        foreach (var (weight, offense) in Mix)
        {
            x -= weight;
            if (x < 0)
            {
                return offense;
            }
        }

        return Mix[^1].Offense;
    }

    private static int PickHour(Random random, double total)
    {
        var x = random.NextDouble() * total;
        for (var h = 0; h < 24; h++)
        {
            x -= HourFactor[h];
            if (x < 0)
            {
                return h;
            }
        }

        return 23;
    }

    /// <summary>A Poisson draw (Knuth for small means, a rounded normal for large ones).</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 40)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
