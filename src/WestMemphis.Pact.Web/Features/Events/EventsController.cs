using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>
/// The public calendar: anyone may browse published events and subscribe to the feeds. One file per use case
/// in this folder (ListEvents.cs, EventDetails.cs, VolunteerOpportunities.cs, CalendarFiles.cs); this file
/// holds what several of them share.
/// </summary>
[AllowAnonymous]
public sealed partial class EventsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly LinkBuilder links;
    private readonly PublicDataCache publicData;

    public EventsController(AppDbContext db, TimeProvider clock, LinkBuilder links, PublicDataCache publicData)
    {
        this.db = db;
        this.clock = clock;
        this.links = links;
        this.publicData = publicData;
    }

    private static IQueryable<Event> Filtered(IQueryable<Event> query, EventFilter filter)
    {
        if (filter.SearchText() is { } q)
        {
            // LIKE with the wildcards of the typed text escaped: a word anywhere in the title, description or place,
            // ignoring case (ASCII on SQLite, the column collation on SQL Server).
            var pattern = "%" + q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(e => EF.Functions.Like(e.Title, pattern, "\\")
                || (e.Description != null && EF.Functions.Like(e.Description, pattern, "\\"))
                || EF.Functions.Like(e.Location, pattern, "\\"));
        }

        if (filter.EventType() is { } type)
        {
            query = query.Where(e => e.Type == type);
        }

        if (filter.AreaId() is { } area)
        {
            query = query.Where(e => e.AreaId == area);
        }

        if (filter.Seeking == "true")
        {
            query = query.Where(e => e.SeekingVolunteers && e.Status == EventStatus.Published);
        }

        return query;
    }
}
