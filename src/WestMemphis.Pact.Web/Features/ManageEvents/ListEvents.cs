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
    [Infrastructure.Mvc.CachedPerSession]
    public async Task<IActionResult> Index(string? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        // The same list for every coordinator asking the same: from memory for a few seconds, emptied when events change.
        var term = string.IsNullOrWhiteSpace(q) || q.Length > 100 ? "" : q.Trim();
        var known = status is "draft" or "past" or "cancelled" ? status : null;
        var items = await publicData.GetOrCreateAsync($"manage-events:{known}|{term}", ct => ListAsync(known, term, ct), cancellationToken);
        // Shown a page at a time: rendering hundreds of rows on every view was most of the page's cost.
        var pages = Math.Max(1, (items.Count + ManageEventsViewModel.PageSize - 1) / ManageEventsViewModel.PageSize);
        page = Math.Clamp(page, 1, pages);
        var shown = items.Skip((page - 1) * ManageEventsViewModel.PageSize).Take(ManageEventsViewModel.PageSize).ToList();
        return View(new ManageEventsViewModel(shown, status, q, page, pages, items.Count));
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
public sealed record ManageEventsViewModel(IReadOnlyList<EventListItem> Items, string? Status, string? Q, int Page = 1, int Pages = 1, int Total = 0)
{
    public const int PageSize = 50;

    /// <summary>The list's address for another page, keeping the filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(Status))
        {
            query.Add("status=" + Uri.EscapeDataString(Status));
        }

        if (!string.IsNullOrEmpty(Q))
        {
            query.Add("q=" + Uri.EscapeDataString(Q));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/manage/events" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
