using System.Globalization;

namespace WestMemphis.Pact.Domain.Crime;

/// <summary>One row of a crime file read into typed values (not yet mapped to a NIBRS code or an area).</summary>
public sealed class CrimeRow
{
    public required string IncidentNumber { get; init; }
    public required DateTime OccurredAtUtc { get; init; }
    public DateTime? ReportedAtUtc { get; init; }
    public string? NibrsCode { get; init; }
    public required string Description { get; init; }
    public string? SubDescription { get; init; }
    public string? SourceCode { get; init; }
    public required string OffenseKey { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Beat { get; init; }
    public string? Ward { get; init; }
    public string? Disposition { get; init; }
    public bool IsDomestic { get; init; }
    public bool IsJuvenile { get; init; }

    /// <summary>
    /// The description as stored and shown: "THEFT: RETAIL THEFT" for Chicago's two columns, else as given. Made once (the
    /// import reads it several times per row); the parts it is made of are init-only.
    /// </summary>
    public string FullDescription => field ??= SubDescription is null ? Description : Description + ": " + SubDescription;
}

/// <summary>Why a row was rejected: the column and a reason a person can act on.</summary>
public sealed record RowProblem(string? Column, string Reason);

/// <summary>
/// Reads one row's values (field → text) into a <see cref="CrimeRow"/>, or says which column is wrong. Rules: an incident
/// number and an offense (code or description) are required; the occurred time falls back to the reported time; coordinates
/// of 0,0 or outside the plausible box are treated as missing (not an error); unknown flags read as false.
/// </summary>
public sealed class CrimeRowParser(TimeZoneInfo zone, IReadOnlyDictionary<ImportField, string> columns, GeoBox plausible)
{
    public string? Column(ImportField field) => columns.TryGetValue(field, out var c) ? c : null;

    public CrimeRow? Parse(Func<ImportField, string?> value, out RowProblem? problem)
    {
        problem = null;
        var number = Clean(value(ImportField.IncidentNumber));
        if (number is null)
        {
            problem = new(Column(ImportField.IncidentNumber), "The incident number is empty.");
            return null;
        }

        if (number.Length > CrimeLimits.IncidentNumber)
        {
            problem = new(Column(ImportField.IncidentNumber), $"The incident number is longer than {CrimeLimits.IncidentNumber} characters.");
            return null;
        }

        DateTime? reported = null;
        var reportedText = Clean(value(ImportField.ReportedAt));
        if (reportedText is not null)
        {
            if (!CrimeDates.TryParse(reportedText, zone, out var r))
            {
                problem = new(Column(ImportField.ReportedAt), $"“{Excerpt(reportedText)}” is not a date and time (expected for example 05/31/2019 11:55:00 PM or 2019-05-31T23:55:00).");
                return null;
            }

            reported = r;
        }

        var occurredText = Clean(value(ImportField.OccurredAt));
        DateTime occurred;
        if (occurredText is null)
        {
            if (reported is null)
            {
                problem = new(Column(ImportField.OccurredAt), "The date is empty.");
                return null;
            }

            occurred = reported.Value;
        }
        else if (!CrimeDates.TryParse(occurredText, zone, out occurred))
        {
            problem = new(Column(ImportField.OccurredAt), $"“{Excerpt(occurredText)}” is not a date and time (expected for example 05/31/2019 11:55:00 PM or 2019-05-31T23:55:00).");
            return null;
        }

        var code = Clean(value(ImportField.NibrsCode))?.ToUpperInvariant();
        var description = Upper(value(ImportField.OffenseDescription));
        if (code is null && description is null)
        {
            problem = new(Column(ImportField.OffenseDescription) ?? Column(ImportField.NibrsCode), "The offense is empty.");
            return null;
        }

        var sub = Upper(value(ImportField.OffenseSubDescription));
        var sourceCode = Clip(Clean(value(ImportField.SourceCode)), CrimeLimits.SourceCode);
        var offenseId = Clean(value(ImportField.OffenseId));
        var lat = Coordinate(value(ImportField.Latitude));
        var lon = Coordinate(value(ImportField.Longitude));
        if (lat is null || lon is null || !plausible.Contains(lat.Value, lon.Value))
        {
            lat = lon = null;
        }

        return new CrimeRow
        {
            IncidentNumber = number,
            OccurredAtUtc = occurred,
            ReportedAtUtc = reported,
            NibrsCode = code is { Length: <= CrimeLimits.Code } ? code : null,
            Description = Clip(description ?? code, CrimeLimits.Description)!,
            SubDescription = sub,
            SourceCode = sourceCode ?? (code is { Length: > CrimeLimits.Code } ? Clip(code, CrimeLimits.SourceCode) : null),
            // One offense per incident unless the file says which offense a row is (Seattle's Offense ID).
            OffenseKey = Clip(offenseId ?? "1", CrimeLimits.OffenseKey)!,
            Address = Clip(Clean(value(ImportField.Address)), CrimeLimits.Address),
            Latitude = lat,
            Longitude = lon,
            Beat = Clip(Clean(value(ImportField.Beat)), CrimeLimits.Beat),
            Ward = Clip(Clean(value(ImportField.Ward)), CrimeLimits.Beat),
            Disposition = Disposition(Clean(value(ImportField.Disposition))),
            IsDomestic = Flag(value(ImportField.Domestic)),
            IsJuvenile = Flag(value(ImportField.Juvenile)),
        };
    }

    private string? Disposition(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Chicago's "Arrest" column is true/false.
        if (columns.TryGetValue(ImportField.Disposition, out var c) && ImportLayouts.Key(c) == "arrest")
        {
            return Flag(text) ? "Arrest" : "No arrest";
        }

        return Clip(text, CrimeLimits.Disposition);
    }

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var t = text.Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>Normalised description key: trimmed, inner spaces collapsed, upper case.</summary>
    public static string? Upper(string? text)
    {
        var t = Clean(text);
        if (t is null)
        {
            return null;
        }

        if (!IsNormalised(t))
        {
            t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        }

        return Clip(t, CrimeLimits.Description);
    }

    // Already upper-case ASCII with single spaces (most files): kept as it is, without a copy.
    private static bool IsNormalised(string t)
    {
        var previous = ' ';
        foreach (var c in t)
        {
            if (c > 0x7F || char.IsAsciiLetterLower(c) || (char.IsWhiteSpace(c) && (c != ' ' || previous == ' ')))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private static string Excerpt(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static double? Coordinate(string? text) =>
        double.TryParse(Clean(text), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    public static bool Flag(string? text) => Clean(text) is { } t && (t.Equals("TRUE", StringComparison.OrdinalIgnoreCase)
        || t.Equals("Y", StringComparison.OrdinalIgnoreCase) || t.Equals("YES", StringComparison.OrdinalIgnoreCase) || t == "1"
        || t.Equals("T", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A latitude/longitude box; points outside it are "far from the city" and treated as missing.</summary>
public sealed record GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
{
    /// <summary>West Memphis with a margin of about 25 km.</summary>
    public static readonly GeoBox WestMemphis = new(34.92, 35.37, -90.46, -89.90);

    public bool Contains(double latitude, double longitude) =>
        !(latitude == 0 && longitude == 0)
        && latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
