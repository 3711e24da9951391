using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>The queue: open requests by default (or one status), optionally of one kind, with the count per status.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? kind, CancellationToken cancellationToken)
    {
        PresentationStatus? s = Enum.TryParse<PresentationStatus>(status, out var ps) && Enum.IsDefined(ps) && !int.TryParse(status, out _) ? ps : null;
        PresentationKind? k = Enum.TryParse<PresentationKind>(kind, out var pk) && Enum.IsDefined(pk) && !int.TryParse(kind, out _) ? pk : null;
        var counts = await db.PresentationRequests.AsNoTracking().Where(r => k == null || r.Kind == k)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.PresentationRequests.AsNoTracking().Where(r => k == null || r.Kind == k);
        query = s is null ? query.Where(PresentationRequestStatusRules.Open) : query.Where(r => r.Status == s);
        var items = await query.OrderBy(r => r.Status == PresentationStatus.Scheduled ? r.Appearance!.StartUtc : r.Option1StartUtc)
            .Select(r => new RequestListItem(r.Id, r.ReferenceCode, r.Kind, r.Status, r.School != null ? r.School.Name : r.OrganizationName ?? "", r.RequesterName,
                r.Option1StartUtc, r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.RustyRequested || r.Kind == PresentationKind.RustyVisit, r.CreatedUtc))
            .Take(300).ToListAsync(cancellationToken);
        return View(new QueueViewModel(items, counts, s, k));
    }
}

public sealed record RequestListItem(int Id, string ReferenceCode, PresentationKind Kind, PresentationStatus Status, string Organization, string RequesterName,
    DateTime Option1StartUtc, DateTime? ScheduledStartUtc, bool Rusty, DateTime CreatedUtc);

public sealed record QueueViewModel(IReadOnlyList<RequestListItem> Items, IReadOnlyDictionary<PresentationStatus, int> Counts, PresentationStatus? Status, PresentationKind? Kind);
