using System.Globalization;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>Query-string filter of the list (ListEvents.cs) and the feed (CalendarFiles.cs). Everything is text so that nonsense is ignored rather than an error.</summary>
public sealed class EventFilter
{
    /// <summary>Words to look for in the title, description and place (the search box).</summary>
    public string? Q { get; set; }
    public string? Type { get; set; }
    public string? Area { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Seeking { get; set; }
    public string? View { get; set; }
    public string? Month { get; set; }
    public string? Page { get; set; }

    public bool IsMonthView => View == "month";

    /// <summary>The longest search the box takes: a few words, never a paragraph.</summary>
    public const int SearchMaxLength = 100;

    /// <summary>The typed search, trimmed and cut to <see cref="SearchMaxLength"/>; null when there is nothing to look for.</summary>
    public string? SearchText()
    {
        var q = Q?.Trim();
        if (string.IsNullOrEmpty(q) || !FormRules.IsPlainText(q))
        {
            return null;
        }

        return q.Length > SearchMaxLength ? q[..SearchMaxLength].TrimEnd() : q;
    }

    public EventType? EventType() => EnumInput.Parse<EventType>(Type);

    public int? AreaId() => int.TryParse(Area, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;

    public DateOnly? FromDate() => CentralTimeInput.TryParseDate(From, out var d) ? d : null;

    public DateOnly? ToDate() => CentralTimeInput.TryParseDate(To, out var d) ? d : null;

    /// <summary>The typed dates within <see cref="DateRangeLimits"/>, with a message for each one changed.</summary>
    public CheckedRange Dates(DateOnly today) => DateRangeLimits.Check(DateRangeLimits.Read(From), DateRangeLimits.Read(To), today);

    public DateOnly? MonthDate() => DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
        && d.Year is >= 2000 and <= 2100 ? d : null;

    public int PageNumber() => int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;

    public string Query(string? view = null, string? month = null, int? page = null) => QueryLinks.Build(
        ("q", SearchText()),
        ("type", EventType()?.ToString()),
        ("area", AreaId()?.ToString(CultureInfo.InvariantCulture)),
        ("from", FromDate()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("to", ToDate()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("seeking", Seeking == "true" ? "true" : null),
        ("view", view),
        ("month", month),
        ("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
}
