using System.Globalization;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>Drill-down addresses: every number on the review links to the offenses behind it.</summary>
public static class CrimeLinks
{
    private static string D(DateOnly day) => day.ToString(ReviewFilter.DateFormat, CultureInfo.InvariantCulture);

    private static string? I(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Incidents(DateSpan span, int? areaId, ReviewCategory category, string? block = null, DayOfWeek? day = null, int? hour = null) =>
        "/crime/incidents" + QueryLinks.Build(("from", D(span.Start)), ("to", D(span.End)), ("area", I(areaId)),
            ("category", category == ReviewCategory.All ? null : ReviewCategories.Slug(category)), ("block", block),
            ("day", day is null ? null : ((int)day.Value).ToString(CultureInfo.InvariantCulture)), ("hour", I(hour)));

    public static string Review(DateOnly end, int? areaId, ReviewCategory category) =>
        "/crime/review" + QueryLinks.Build(("end", D(end)), ("area", I(areaId)), ("category", category == ReviewCategory.All ? null : ReviewCategories.Slug(category)));

    public static string Csv(string table, DateOnly end, int? areaId, ReviewCategory category) =>
        "/crime/review.csv" + QueryLinks.Build(("table", table), ("end", D(end)), ("area", I(areaId)), ("category", category == ReviewCategory.All ? null : ReviewCategories.Slug(category)));

    /// <summary>A flag's page (docs/decisions/0027): its figures, the prevention message, events, and what was done.</summary>
    public static string Flag(int alertId) => "/crime/flags/" + alertId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A flagged line of the review: opens its flag's page (the alert row is made on demand when the worker has not yet made it).</summary>
    public static string FlagLine(int areaId, ReviewCategory category) =>
        "/crime/flags/line" + QueryLinks.Build(("area", I(areaId)), ("category", ReviewCategories.Slug(category)));
}
