using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Features.Dashboard;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>
/// The datasets' rows, each read through the very method its page uses (never a second implementation of a figure):
/// <see cref="PublicCrimeController.TableAsync"/>, the calendar's <see cref="EventQueries.Public"/> and
/// <see cref="EventQueries.ToListItems"/>, <see cref="PublicResultsController.ByAreaAsync"/> and
/// <see cref="PublicResultsController.Headlines"/>, <see cref="ConcernMonths"/>. A cell the page withholds stays withheld.
/// </summary>
public sealed class DataTables(AppDbContext db, EngagementQueries engagement, PublicCrimeOptions crime, DateOnly today, DateTime nowUtc)
{
    public const string AllAreas = "All areas";

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>/crime for every closed month it offers, newest first: each area, "not located" and the totals row.</summary>
    public async Task<OpenDataTable> CrimeSummaryAsync(CancellationToken cancellationToken)
    {
        var rows = new List<IReadOnlyList<DataValue>>();
        foreach (var month in PublicCrimeRules.ClosedMonths(today, crime))
        {
            var (table, nothingPublished) = await PublicCrimeController.TableAsync(db, month, crime, cancellationToken);
            if (nothingPublished)
            {
                continue;
            }

            foreach (var row in table.Rows.Append(table.Totals))
            {
                rows.Add([DataValue.Of(Month(month)), DataValue.Of(row.Label), .. row.Cells.Select(DataValue.Of), DataValue.Of(row.Total)]);
            }
        }

        return new(["month", "area", "crimes_against_persons", "crimes_against_property", "crimes_against_society", "total"], rows);
    }

    /// <summary>The public calendar's events from the first of the twelve months /about/results covers, onward: what /events lists, no volunteer figures.</summary>
    public async Task<OpenDataTable> EventsAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var from = CentralTimeZone.StartOfDayUtc(PublicResultsController.Months(today)[^1], CentralTime.Zone);
        var events = await db.Events.AsNoTracking().Public().Where(e => e.EndUtc >= from)
            .OrderBy(e => e.StartUtc).ThenBy(e => e.Id).ToListItems().ToListAsync(cancellationToken);
        static string Local(DateTime utc) =>
            new DateTimeOffset(CentralTime.ToLocal(utc), CentralTime.Zone.GetUtcOffset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        List<IReadOnlyList<DataValue>> rows = [.. events.Select(e => new[]
        {
            DataValue.Of(e.Id), DataValue.Of(e.Title), DataValue.Of(EventTypes.Name(e.Type)), DataValue.Of(Status(e.Status)),
            DataValue.Of(Local(e.StartUtc)), DataValue.Of(Local(e.EndUtc)), DataValue.Of(e.Location), DataValue.Of(e.AreaName), DataValue.Of(baseUrl + e.Url),
        })];
        return new(["id", "title", "type", "status", "start", "end", "place", "area", "url"], rows);
    }

    private static string Status(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "cancelled",
        EventStatus.Completed => "held",
        _ => "scheduled",
    };

    /// <summary>
    /// /about/results for each of its twelve months: the month's citywide "In numbers" as the "All areas" row, then its
    /// "Area by area" table. People reached is given citywide only, as the page gives it.
    /// </summary>
    public async Task<OpenDataTable> ProgramResultsAsync(CancellationToken cancellationToken)
    {
        var minimum = crime.MinimumCell;
        var areas = await PublicResultsController.AreasAsync(db, cancellationToken);
        var rows = new List<IReadOnlyList<DataValue>>();
        foreach (var month in PublicResultsController.Months(today))
        {
            var period = ReportPeriod.Month(month);
            var city = PublicResultsController.Headlines(await engagement.LoadAsync(period, null, nowUtc, cancellationToken), minimum)
                .ToDictionary(h => h.Label, h => DataValue.Of(h.Value));
            rows.Add([DataValue.Of(Month(month)), DataValue.Of(AllAreas), DataValue.None, city["Events held"], city["Volunteer hours"], city["Presentations and visits given"],
                city["People reached by presentations"], city["Concerns received"], city["Concerns resolved"], city["Problem-solving projects closed"]]);
            foreach (var a in await PublicResultsController.ByAreaAsync(engagement, period, areas, nowUtc, minimum, cancellationToken))
            {
                rows.Add([DataValue.Of(Month(month)), DataValue.Of(a.Name), DataValue.Of(a.Code), DataValue.Of(a.EventsHeld),
                    DataValue.Of(Math.Round(a.Hours, MidpointRounding.AwayFromZero)), DataValue.Of(a.Presentations), DataValue.None,
                    DataValue.Of(a.ConcernsReceived), DataValue.Of(a.ConcernsResolved), DataValue.Of(a.ProblemsClosed)]);
            }
        }

        return new(["month", "area", "area_code", "events_held", "volunteer_hours", "presentations", "people_reached", "concerns_received", "concerns_resolved", "projects_closed"], rows);
    }

    /// <summary>
    /// Each area page's "You said" for its twelve months, newest first: a row per kind of concern raised, then "All concerns"
    /// with the month's total, how many were resolved and the median days (when the page gives it).
    /// </summary>
    public async Task<OpenDataTable> YouSaidWeDidAsync(CancellationToken cancellationToken)
    {
        var areas = await PublicResultsController.AreasAsync(db, cancellationToken);
        var window = await ConcernMonths.LoadAsync(db, today, cancellationToken);
        var areaIds = areas.Select(a => a.Id).ToList();
        var rows = new List<IReadOnlyList<DataValue>>();
        foreach (var area in areas)
        {
            foreach (var m in ConcernMonths.Build(area.Id, areaIds, window.Months, window.Concerns, crime.MinimumCell))
            {
                DataValue[] Where() => [DataValue.Of(area.Name), DataValue.Of(area.Code), DataValue.Of(Month(m.Month))];
                foreach (var (category, count) in m.Categories)
                {
                    rows.Add([.. Where(), DataValue.Of(category), DataValue.Of(count), DataValue.None, DataValue.None]);
                }

                rows.Add([.. Where(), DataValue.Of(AllConcerns), DataValue.Of(m.Total), DataValue.Of(m.Resolved),
                    m.MedianDaysToResolve is { } days ? DataValue.Of(days) : DataValue.None]);
            }
        }

        return new(["area", "area_code", "month", "kind", "raised", "resolved", "median_days_to_resolve"], rows);
    }

    public const string AllConcerns = "All concerns";
}
