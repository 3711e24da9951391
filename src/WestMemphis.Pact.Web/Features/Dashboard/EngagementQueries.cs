using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>
/// The engagement figures, read only from the records other features write. Each section runs one query over the
/// page's whole window (the chart's months and the same period a year earlier), projecting only the columns it needs;
/// the period's totals, the year-earlier totals and the monthly series are then added up from those rows in memory
/// with <see cref="EngagementMath"/>. The largest table, sign-ups, is grouped in SQL first (see <see cref="VolunteersAsync"/>).
/// A section whose feature has not landed is simply not here.
/// </summary>
public sealed class EngagementQueries(AppDbContext db)
{
    private static TimeZoneInfo Zone => CentralTime.Zone;

    public async Task<EngagementFigures> LoadAsync(ReportPeriod period, int? areaId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var window = new Window(period, EngagementMath.ChartMonths(period), EngagementMath.WindowStartUtc(period, Zone), period.EndUtc(Zone), nowUtc);
        return new EngagementFigures(
            period,
            window.Months,
            await EventsAsync(window, areaId, cancellationToken),
            await VolunteersAsync(window, areaId, cancellationToken),
            await PresentationsAsync(window, areaId, cancellationToken),
            await ContactsAsync(window, areaId, cancellationToken),
            await PartnersAsync(window, areaId, cancellationToken),
            await ConcernsAsync(window, areaId, cancellationToken),
            await ProblemsAsync(window, areaId, cancellationToken),
            await FeedbackAsync(window, areaId, cancellationToken));
    }

    /// <summary>
    /// Feedback cards' and emailed questions' answers in the whole, finished months the period touches
    /// (<see cref="FeedbackRules.FinishedMonths"/>), by program and area, each month's small groups withheld for the
    /// whole city before the area is picked (<see cref="FeedbackRules.SummariseMonths"/>). Answers are stored by day,
    /// so grouping by the stored time reads one row per day, program and area.
    /// </summary>
    private async Task<FeedbackSection> FeedbackAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        if (FeedbackRules.FinishedMonths(w.Period.From, w.Period.To, CentralTimeZone.DayOf(w.NowUtc)) is not { } months)
        {
            return new FeedbackSection(null, null, []);
        }

        var (first, last) = months;
        var (start, end) = (CentralTimeZone.StartOfDayUtc(first, Zone), CentralTimeZone.StartOfDayUtc(last.AddMonths(1), Zone));
        var days = await db.FeedbackResponses.AsNoTracking().Where(r => r.CreatedUtc >= start && r.CreatedUtc < end)
            .GroupBy(r => new { r.Program, r.AreaId, r.CreatedUtc })
            .Select(g => new
            {
                g.Key.Program, g.Key.AreaId, g.Key.CreatedUtc, Responses = g.Count(),
                Listened = g.Count(r => r.Listened == FeedbackAnswer.Yes), FeelSafer = g.Count(r => r.FeelSafer == FeedbackAnswer.Yes), WouldCall = g.Count(r => r.WouldCall == FeedbackAnswer.Yes),
            })
            .ToListAsync(cancellationToken);
        var tallies = days.Select(d =>
        {
            var day = CentralTimeZone.DayOf(d.CreatedUtc);
            return new FeedbackMonthTally(new DateOnly(day.Year, day.Month, 1), new FeedbackTally(d.Program, d.AreaId, d.Responses, d.Listened, d.FeelSafer, d.WouldCall));
        }).ToList();
        var names = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new FeedbackSection(first, last, FeedbackRules.SummariseMonths(tallies, names, areaId));
    }

    private async Task<ConcernsSection> ConcernsAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        var start = w.StartUtc;
        var end = w.EndUtc;
        var query = db.Concerns.AsNoTracking().Where(c => c.CreatedUtc >= start && c.CreatedUtc < end || c.ResolvedUtc >= start && c.ResolvedUtc < end);
        if (areaId is { } area)
        {
            query = query.Where(c => c.AreaId == area);
        }

        var rows = await query.Select(c => new { c.CreatedUtc, c.ResolvedUtc }).ToListAsync(cancellationToken);

        ConcernTotals Totals(Func<DateTime, bool> inside)
        {
            var resolved = rows.Where(r => r.ResolvedUtc is { } at && inside(at)).ToList();
            var median = EngagementMath.Median(resolved.Select(r => EngagementMath.Days(r.CreatedUtc, r.ResolvedUtc!.Value)));
            return new ConcernTotals(rows.Count(r => inside(r.CreatedUtc)), resolved.Count, median is { } m ? Math.Round(m, 1) : null);
        }

        return new ConcernsSection(Totals(w.InPeriod), Totals(w.InEarlier), w.Series(rows, r => r.CreatedUtc, _ => 1));
    }

    private async Task<ProblemsSection> ProblemsAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        var start = w.StartUtc;
        var end = w.EndUtc;
        var query = db.Problems.AsNoTracking().Where(p => p.OpenedUtc >= start && p.OpenedUtc < end || p.ClosedUtc >= start && p.ClosedUtc < end
            || p.AssessedUtc >= start && p.AssessedUtc < end);
        if (areaId is { } area)
        {
            query = query.Where(p => p.AreaId == area);
        }

        var rows = await query.Select(p => new { p.OpenedUtc, p.ClosedUtc, p.AssessedUtc, p.Effective }).ToListAsync(cancellationToken);

        ProblemTotals Totals(Func<DateTime, bool> inside) => new(
            rows.Count(r => inside(r.OpenedUtc)),
            rows.Count(r => r.ClosedUtc is { } at && inside(at)),
            rows.Count(r => r.Effective == true && r.AssessedUtc is { } at && inside(at)));

        return new ProblemsSection(Totals(w.InPeriod), Totals(w.InEarlier));
    }

    private sealed record Window(ReportPeriod Period, IReadOnlyList<DateOnly> Months, DateTime StartUtc, DateTime EndUtc, DateTime NowUtc)
    {
        public ReportPeriod Earlier { get; } = Period.YearEarlier();

        public bool InPeriod(DateTime utc) => Period.Contains(utc, Zone);

        public bool InEarlier(DateTime utc) => Earlier.Contains(utc, Zone);

        public IReadOnlyList<MonthValue> Series<T>(IEnumerable<T> rows, Func<T, DateTime> when, Func<T, double> value) =>
            EngagementMath.ByMonth(rows, when, value, Months, Zone);
    }

    private sealed record EventRow(DateTime StartUtc, EventType Type, EventStatus Status, bool HasCleanup, int Sites, int Volunteers, double VolunteerHours,
        int Bags, int Tires, int LargeItems, int Pounds);

    private async Task<EventsSection> EventsAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking().Where(e => e.StartUtc >= w.StartUtc && e.StartUtc < w.EndUtc && e.Status != EventStatus.Draft);
        if (areaId is { } area)
        {
            query = query.Where(e => e.AreaId == area);
        }

        var rows = await query.Select(e => new EventRow(e.StartUtc, e.Type, e.Status, e.CleanupResult != null,
            e.CleanupResult != null ? e.CleanupResult.Sites : 0, e.CleanupResult != null ? e.CleanupResult.Volunteers : 0,
            e.CleanupResult != null ? e.CleanupResult.VolunteerHours : 0, e.CleanupResult != null ? e.CleanupResult.Bags : 0,
            e.CleanupResult != null ? e.CleanupResult.Tires : 0, e.CleanupResult != null ? e.CleanupResult.LargeItems : 0,
            e.CleanupResult != null ? e.CleanupResult.EstimatedPounds : 0)).ToListAsync(cancellationToken);

        // Held: completed, or published and already started (a coordinator may not have marked it completed yet).
        bool Held(EventRow e) => e.Status == EventStatus.Completed || e.Status == EventStatus.Published && e.StartUtc <= w.NowUtc;
        var held = rows.Where(Held).ToList();
        var now = held.Where(e => w.InPeriod(e.StartUtc)).ToList();
        var earlier = held.Where(e => w.InEarlier(e.StartUtc)).ToList();
        var cleanups = now.Where(e => e.HasCleanup).ToList();
        return new EventsSection(
            now.Count,
            earlier.Count,
            rows.Count(e => e.Status == EventStatus.Cancelled && w.InPeriod(e.StartUtc)),
            EventTypes.All.Select(t => new CountRow(EventTypes.Name(t), now.Count(e => e.Type == t), earlier.Count(e => e.Type == t))).ToList(),
            new CleanupTotals(cleanups.Count, cleanups.Sum(e => e.Sites), cleanups.Sum(e => e.Volunteers), cleanups.Sum(e => e.VolunteerHours),
                cleanups.Sum(e => e.Bags), cleanups.Sum(e => e.Tires), cleanups.Sum(e => e.LargeItems), cleanups.Sum(e => e.Pounds)),
            w.Series(held, e => e.StartUtc, _ => 1));
    }

    /// <summary>Shifts that start at one moment, added up by the database.</summary>
    private sealed record ShiftGroup(DateTime StartUtc, int Shifts, int Full, int Capacity);

    /// <summary>Sign-ups of one status for shifts that start at one moment, counted and their hours summed by the database.</summary>
    private sealed record SignupGroup(DateTime StartUtc, SignupStatus Status, int Signups, double Hours);

    /// <summary>
    /// Shifts and sign-ups are added up in SQL, grouped by the shift's start time (a handful of rows per event rather
    /// than one per sign-up); the months and periods are then taken from those groups, so the Central-time month
    /// boundaries stay exact on both providers. Distinct volunteers cannot be added up across groups, so each period
    /// asks the database for its own COUNT(DISTINCT).
    /// </summary>
    private async Task<VolunteersSection> VolunteersAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        var shifts = db.Shifts.AsNoTracking().Where(s => s.StartUtc >= w.StartUtc && s.StartUtc < w.EndUtc
            && (s.Event!.Status == EventStatus.Published || s.Event.Status == EventStatus.Completed));
        var signups = db.Signups.AsNoTracking().Where(s => s.Shift!.StartUtc >= w.StartUtc && s.Shift.StartUtc < w.EndUtc
            && (s.Shift.Event!.Status == EventStatus.Published || s.Shift.Event.Status == EventStatus.Completed)
            && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Attended || s.Status == SignupStatus.NoShow));
        if (areaId is { } area)
        {
            shifts = shifts.Where(s => s.Event!.AreaId == area);
            signups = signups.Where(s => s.Shift!.Event!.AreaId == area);
        }

        var shiftGroups = await shifts.GroupBy(s => s.StartUtc)
            .Select(g => new ShiftGroup(g.Key, g.Count(), g.Count(s => s.Capacity > 0 && s.Filled >= s.Capacity), g.Sum(s => s.Capacity)))
            .ToListAsync(cancellationToken);
        var signupGroups = await signups.GroupBy(s => new { s.Shift!.StartUtc, s.Status })
            .Select(g => new SignupGroup(g.Key.StartUtc, g.Key.Status, g.Count(), g.Sum(s => s.Hours ?? 0)))
            .ToListAsync(cancellationToken);

        async Task<VolunteerTotals> TotalsAsync(ReportPeriod period)
        {
            var (from, until) = (period.StartUtc(Zone), period.EndUtc(Zone));
            var sh = shiftGroups.Where(g => g.StartUtc >= from && g.StartUtc < until).ToList();
            var su = signupGroups.Where(g => g.StartUtc >= from && g.StartUtc < until).ToList();
            var attended = su.Where(g => g.Status == SignupStatus.Attended).ToList();
            var people = await signups.Where(s => s.Status == SignupStatus.Attended && s.Shift!.StartUtc >= from && s.Shift.StartUtc < until)
                .Select(s => s.VolunteerId).Distinct().CountAsync(cancellationToken);
            return new VolunteerTotals(sh.Sum(g => g.Shifts), sh.Sum(g => g.Full), sh.Sum(g => g.Capacity), su.Sum(g => g.Signups),
                attended.Sum(g => g.Signups), su.Where(g => g.Status == SignupStatus.NoShow).Sum(g => g.Signups), people,
                Math.Round(attended.Sum(g => g.Hours), 2));
        }

        var attendedGroups = signupGroups.Where(g => g.Status == SignupStatus.Attended).ToList();
        return new VolunteersSection(await TotalsAsync(w.Period), await TotalsAsync(w.Earlier), w.Series(attendedGroups, g => g.StartUtc, g => g.Hours));
    }

    private sealed record PresentationRow(DateTime WhenUtc, PresentationKind Kind, int PeopleReached, bool Rusty);

    private async Task<PresentationsSection> PresentationsAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        // A presentation counts once the coordinator marks it completed (and records the people reached), on the day of its appearance.
        var query = db.PresentationRequests.AsNoTracking().Where(r => r.Status == PresentationStatus.Completed)
            .Select(r => new
            {
                When = r.Appearance != null ? r.Appearance.StartUtc : r.CompletedUtc ?? r.Option1StartUtc,
                r.Kind,
                People = r.PeopleReached ?? 0,
                Rusty = r.Appearance != null && r.Appearance.Bookings.Any(b => b.Resource!.Kind == ResourceKind.Mascot),
                AreaId = r.School != null ? r.School.AreaId : null,
            })
            .Where(r => r.When >= w.StartUtc && r.When < w.EndUtc);
        if (areaId is { } area)
        {
            query = query.Where(r => r.AreaId == area);
        }

        var rows = (await query.ToListAsync(cancellationToken)).Select(r => new PresentationRow(r.When, r.Kind, r.People, r.Rusty)).ToList();

        PresentationTotals Totals(Func<DateTime, bool> inside)
        {
            var list = rows.Where(r => inside(r.WhenUtc)).ToList();
            return new PresentationTotals(list.Count, list.Sum(r => r.PeopleReached),
                list.Where(r => r.Kind == PresentationKind.SchoolPresentation).Sum(r => r.PeopleReached), list.Count(r => r.Rusty));
        }

        var now = rows.Where(r => w.InPeriod(r.WhenUtc)).ToList();
        var earlier = rows.Where(r => w.InEarlier(r.WhenUtc)).ToList();
        return new PresentationsSection(Totals(w.InPeriod), Totals(w.InEarlier),
            Enum.GetValues<PresentationKind>().Select(k => new PresentationKindRow(PresentationKindName(k), now.Count(r => r.Kind == k),
                now.Where(r => r.Kind == k).Sum(r => r.PeopleReached), earlier.Count(r => r.Kind == k))).ToList(),
            w.Series(rows, r => r.WhenUtc, _ => 1), w.Series(rows, r => r.WhenUtc, r => r.PeopleReached));
    }

    public static string PresentationKindName(PresentationKind kind) => kind switch
    {
        PresentationKind.SchoolPresentation => "School presentation",
        PresentationKind.SpeakingEngagement => "Speaking engagement",
        PresentationKind.RustyVisit => "Rusty the Crime Dog visit",
        PresentationKind.StationTour => "Station tour",
        PresentationKind.NationalNightOut => "National Night Out block party",
        _ => kind.ToString(),
    };

    // People is null when the officer did not say how many were reached: summed as nothing, counted apart.
    private sealed record ContactRow(DateTime WhenUtc, ContactKind Kind, ContactCategory Category, int? People, int? CongregationId, int? PartnerId,
        bool HasFollowUp, DateTime? ClosedUtc);

    private async Task<ContactsSection> ContactsAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        var start = w.StartUtc;
        var end = w.EndUtc;
        var query = db.ContactLogs.AsNoTracking().Where(c => c.WhenUtc >= start && c.WhenUtc < end
            || c.FollowUpClosedUtc >= start && c.FollowUpClosedUtc < end);
        if (areaId is { } area)
        {
            query = query.Where(c => c.AreaId == area);
        }

        var all = await query.Select(c => new ContactRow(c.WhenUtc, c.Kind, c.Category, c.PositiveContacts, c.CongregationId, c.PartnerOrganizationId,
            c.FollowUp != null, c.FollowUpClosedUtc)).ToListAsync(cancellationToken);
        var rows = all.Where(c => c.WhenUtc >= start && c.WhenUtc < end).ToList();

        ContactTotals Totals(Func<DateTime, bool> inside)
        {
            var list = rows.Where(r => inside(r.WhenUtc)).ToList();
            return new ContactTotals(list.Count, list.Sum(r => r.People ?? 0), list.Where(r => r.CongregationId != null).Select(r => r.CongregationId).Distinct().Count(),
                list.Where(r => r.PartnerId != null).Select(r => r.PartnerId).Distinct().Count(), list.Count(r => r.HasFollowUp),
                all.Count(r => r.ClosedUtc is { } closed && inside(closed)), list.Count(r => r.People is null));
        }

        var now = rows.Where(r => w.InPeriod(r.WhenUtc)).ToList();
        var earlier = rows.Where(r => w.InEarlier(r.WhenUtc)).ToList();
        var congregationVisits = now.Where(r => r.CongregationId != null).GroupBy(r => r.CongregationId!.Value)
            .Select(g => new { Id = g.Key, Visits = g.Count(), People = g.Sum(r => r.People ?? 0), Last = g.Max(r => r.WhenUtc) }).ToList();
        var ids = congregationVisits.Select(v => v.Id).ToList();
        var names = ids.Count == 0 ? [] : await db.Congregations.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, Area = c.Area != null ? c.Area.Name : null }).ToListAsync(cancellationToken);
        var congregations = congregationVisits.Join(names, v => v.Id, n => n.Id, (v, n) => new CongregationRow(n.Id, n.Name, n.Area, v.Visits, v.People, v.Last))
            .OrderByDescending(c => c.Visits).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();

        return new ContactsSection(Totals(w.InPeriod), Totals(w.InEarlier),
            Enum.GetValues<ContactKind>().Select(k => new ContactGroupRow(ContactKinds.Label(k), now.Count(r => r.Kind == k), now.Where(r => r.Kind == k).Sum(r => r.People ?? 0),
                earlier.Count(r => r.Kind == k))).ToList(),
            Enum.GetValues<ContactCategory>().Select(k => new ContactGroupRow(ContactKinds.Label(k), now.Count(r => r.Category == k),
                now.Where(r => r.Category == k).Sum(r => r.People ?? 0), earlier.Count(r => r.Category == k))).ToList(),
            congregations,
            w.Series(rows, r => r.WhenUtc, _ => 1), w.Series(rows, r => r.WhenUtc, r => r.People ?? 0));
    }

    private async Task<PartnersSection> PartnersAsync(Window w, int? areaId, CancellationToken cancellationToken)
    {
        // Partners active: in the directory and marked active, serving the area when one is chosen. Engaged: met in the period
        // (a contact log names them), which the contacts section already found.
        var start = w.Period.StartUtc(Zone);
        var end = w.EndUtc;
        var partners = await db.PartnerOrganizations.AsNoTracking().Select(p => new
        {
            p.Id,
            p.Name,
            p.Kind,
            p.IsActive,
            Serves = areaId == null || p.AreasServed.Any(a => a.AreaId == areaId),
            Contacts = db.ContactLogs.Count(c => c.PartnerOrganizationId == p.Id && c.WhenUtc >= start && c.WhenUtc < end && (areaId == null || c.AreaId == areaId)),
            People = db.ContactLogs.Where(c => c.PartnerOrganizationId == p.Id && c.WhenUtc >= start && c.WhenUtc < end && (areaId == null || c.AreaId == areaId))
                .Sum(c => c.PositiveContacts) ?? 0,
        }).ToListAsync(cancellationToken);
        var rows = partners.Where(p => p.IsActive && p.Serves || p.Contacts > 0)
            .Select(p => new PartnerRow(p.Id, p.Name, PartnerKinds.Label(p.Kind), p.IsActive, p.Contacts, p.People))
            .OrderByDescending(p => p.Contacts).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return new PartnersSection(partners.Count(p => p.IsActive && p.Serves), rows.Count(p => p.Contacts > 0), rows,
            Enum.GetValues<PartnerKind>().Select(k => new CountRow(PartnerKinds.Label(k), partners.Count(p => p.IsActive && p.Serves && p.Kind == k),
                partners.Count(p => p.Kind == k && p.Contacts > 0))).ToList());
    }
}
