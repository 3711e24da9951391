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
}
