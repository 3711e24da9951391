using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>The coordinator's list of events: upcoming and drafts, drafts, past or cancelled, with a search.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? q, CancellationToken cancellationToken)
    {
        // The same list for every coordinator asking the same: from memory for a few seconds, emptied when events change.
        var term = string.IsNullOrWhiteSpace(q) || q.Length > 100 ? "" : q.Trim();
        var known = status is "draft" or "past" or "cancelled" ? status : null;
        var items = await publicData.GetOrCreateAsync($"manage-events:{known}|{term}", ct => ListAsync(known, term, ct), cancellationToken);
        return View(new ManageEventsViewModel(items, status, q));
    }

    private async Task<List<EventListItem>> ListAsync(string? status, string term, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Events.AsNoTracking();
        query = status switch
        {
            "draft" => query.Where(e => e.Status == EventStatus.Draft),
            "past" => query.Where(e => e.EndUtc < now),
            "cancelled" => query.Where(e => e.Status == EventStatus.Cancelled),
            _ => query.Where(e => e.EndUtc >= now || e.Status == EventStatus.Draft),
        };
        if (term.Length > 0)
        {
            query = query.Where(e => e.Title.Contains(term) || e.Location.Contains(term));
        }

        return await (status == "past" ? query.OrderByDescending(e => e.StartUtc) : query.OrderBy(e => e.StartUtc))
            .ToListItems().Take(200).ToListAsync(cancellationToken);
    }
}

/// <summary>The list and the filter as the coordinator set it.</summary>
public sealed record ManageEventsViewModel(IReadOnlyList<EventListItem> Items, string? Status, string? Q);
