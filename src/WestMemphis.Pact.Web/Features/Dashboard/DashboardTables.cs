using System.Globalization;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>
/// One table of the dashboard: the page shows it and <c>/dashboard/{id}.csv</c> downloads the same rows. Cells are
/// text or numbers; numbers read "1,234.5" on the page and "1234.5" in the CSV.
/// </summary>
public sealed record DashboardTable(string Id, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Html(object? cell) => cell switch
    {
        null => "n/a",
        int i => i.ToString("#,0", Us),
        double d => d.ToString("#,0.##", Us),
        SignedNumber n => Signed(n.Value, n.Suffix),
        _ => cell.ToString() ?? "",
    };

    public static string Csv(object? cell) => cell switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        // No "+" and a true minus sign: a cell starting with + or - would be neutralised as a formula (see CsvExport).
        SignedNumber n => n.Value < 0 ? "\u2212" + (-n.Value).ToString("0.##", CultureInfo.InvariantCulture) : n.Value.ToString("0.##", CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>A change as people write it: "+3", "−2" (a true minus sign, which no spreadsheet takes for a formula), "0".</summary>
    public static string Signed(double value, string suffix = "") =>
        value > 0 ? "+" + value.ToString("#,0.##", Us) + suffix : value < 0 ? "\u2212" + (-value).ToString("#,0.##", Us) + suffix : "0" + suffix;

    public byte[] ToCsv() => CsvExport.Write(Header, Rows.Select(r => (IReadOnlyList<string?>)r.Select(Csv).ToList()));
}

/// <summary>A change: "+3" or "−2" on the page, "3" or "−2" in a CSV.</summary>
public sealed record SignedNumber(double Value, string Suffix);

public static class DashboardTables
{
    public static IReadOnlyList<DashboardTable> Build(EngagementFigures f)
    {
        var v = f.Volunteers;
        var p = f.Presentations;
        var c = f.Contacts;
        var cl = f.Events.Cleanup;
        return
        [
            new("summary", "Year over year", ["Figure", "This period", "Same period a year earlier", "Change", "Change (%)"],
                f.Headlines.Select(h => Row(h.Label, h.Current, h.Previous, new SignedNumber(h.Change.Change, ""),
                    h.Change.Percent is { } pct ? new SignedNumber(pct, "%") : "n/a")).ToList()),
            new("monthly", "Month by month", ["Month", .. f.Charts.Select(ch => ch.Title.Replace(" by month", "", StringComparison.Ordinal))],
                f.Months.Select((m, i) => (IReadOnlyList<object?>)[m.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-US")), .. f.Charts.Select(ch => (object?)ch.Values[i].Value)]).ToList()),
            new("events", "Events held by type", ["Type", "Held", "Held a year earlier"],
                [.. f.Events.ByType.Select(t => Row(t.Label, t.Current, t.Other)), Row("All events", f.Events.Held, f.Events.HeldYearEarlier), Row("Cancelled", f.Events.Cancelled, null)]),
            new("cleanups", "Environmental cleanup results", ["Measure", "Total"],
                [Row("Cleanups with results recorded", cl.Cleanups), Row("Sites", cl.Sites), Row("Volunteers", cl.Volunteers), Row("Volunteer hours", cl.VolunteerHours),
                 Row("Bags", cl.Bags), Row("Tires", cl.Tires), Row("Large items", cl.LargeItems), Row("Estimated pounds", cl.Pounds)]),
            new("volunteers", "Volunteers and shifts", ["Measure", "This period", "Same period a year earlier"],
                [Row("Shifts offered", v.Current.ShiftsOffered, v.YearEarlier.ShiftsOffered), Row("Shifts filled to capacity", v.Current.ShiftsFull, v.YearEarlier.ShiftsFull),
                 Row("Places offered", v.Current.PlacesOffered, v.YearEarlier.PlacesOffered), Row("Places filled", v.Current.SeatsFilled, v.YearEarlier.SeatsFilled),
                 Row("Sign-ups attended", v.Current.Attended, v.YearEarlier.Attended), Row("No-shows", v.Current.NoShows, v.YearEarlier.NoShows),
                 Row("Volunteers who attended", v.Current.Volunteers, v.YearEarlier.Volunteers), Row("Volunteer hours", v.Current.Hours, v.YearEarlier.Hours)]),
            new("presentations", "Presentations and visits by kind", ["Kind", "Given", "People reached", "Given a year earlier"],
                [.. p.ByKind.Select(k => Row(k.Kind, k.Given, k.PeopleReached, k.GivenYearEarlier)),
                 Row("All presentations", p.Current.Given, p.Current.PeopleReached, p.YearEarlier.Given),
                 Row("With Rusty the Crime Dog", p.Current.Rusty, null, p.YearEarlier.Rusty)]),
            new("contacts", "Officers' contacts", ["Measure", "This period", "Same period a year earlier"],
                [Row("Contacts", c.Current.Contacts, c.YearEarlier.Contacts), Row("Positive contacts (people reached)", c.Current.PositiveContacts, c.YearEarlier.PositiveContacts),
                 Row("Congregations visited", c.Current.CongregationsVisited, c.YearEarlier.CongregationsVisited), Row("Partners met", c.Current.PartnersMet, c.YearEarlier.PartnersMet),
                 Row("Follow-ups opened", c.Current.FollowUpsOpened, c.YearEarlier.FollowUpsOpened), Row("Follow-ups closed", c.Current.FollowUpsClosed, c.YearEarlier.FollowUpsClosed)]),
            new("contacts-by-kind", "Contacts by kind", ["Kind", "Contacts", "Positive contacts", "Contacts a year earlier"],
                c.ByKind.Select(k => Row(k.Label, k.Contacts, k.PositiveContacts, k.ContactsYearEarlier)).ToList()),
            new("contacts-by-category", "Contacts by category", ["Category", "Contacts", "Positive contacts", "Contacts a year earlier"],
                c.ByCategory.Select(k => Row(k.Label, k.Contacts, k.PositiveContacts, k.ContactsYearEarlier)).ToList()),
            new("congregations", "Congregations visited", ["Congregation", "Area", "Visits", "Positive contacts", "Last visit"],
                c.Congregations.Select(x => Row(x.Name, x.Area ?? "", x.Visits, x.PositiveContacts, CentralTime.ToLocal(x.LastVisitUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList()),
            new("partners", "Partner organizations", ["Partner", "Kind", "Active", "Contacts in the period", "Positive contacts"],
                f.Partners.Partners.Select(x => Row(x.Name, x.Kind, x.Active ? "Yes" : "No", x.Contacts, x.PositiveContacts)).ToList()),
            new("concerns", "Neighborhood concerns and problem-solving (SARA)", ["Measure", "This period", "Same period a year earlier"],
                [Row("Concerns received", f.Concerns.Current.Received, f.Concerns.YearEarlier.Received),
                 Row("Concerns resolved", f.Concerns.Current.Resolved, f.Concerns.YearEarlier.Resolved),
                 Row("Median days to resolve", f.Concerns.Current.MedianDaysToResolve, f.Concerns.YearEarlier.MedianDaysToResolve),
                 Row("Problems opened", f.Problems.Current.Opened, f.Problems.YearEarlier.Opened),
                 Row("Problems closed", f.Problems.Current.Closed, f.Problems.YearEarlier.Closed),
                 Row("Problems assessed effective", f.Problems.Current.AssessedEffective, f.Problems.YearEarlier.AssessedEffective)]),
            new("partners-by-kind", "Partners by kind", ["Kind", "Active", "Met in the period"],
                f.Partners.ByKind.Select(k => Row(k.Label, k.Current, k.Other)).ToList()),
            new("feedback", "What people said (feedback cards and emailed questions)", ["Program", "Area", "Answers", "Felt listened to (%)", "Feel safer (%)", "Would call us (%)"],
                f.Feedback.Rows.Select(r => r.Responses is null
                    ? Row(r.Program, r.Area, Withheld, Withheld, Withheld, Withheld)
                    : Row(r.Program, r.Area, r.Responses, r.ListenedPercent, r.SaferPercent, r.CallPercent)).ToList()),
        ];
    }

    /// <summary>A figure from too few answers to show (<see cref="Domain.Feedback.FeedbackRules.MinimumResponses"/>).</summary>
    public const string Withheld = "withheld";

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
