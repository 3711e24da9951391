using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// The triage queue: open concerns first (new ones on top, oldest first), filtered by area, category, status and age.
/// <c>area=none</c> is the coordinator's "Area not known" queue: concerns the look-up could not place, waiting for an area by hand.
/// </summary>
public sealed partial class ManageConcernsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? area, ConcernCategory? category, ConcernStatus? status, int? olderThan, bool all, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Concerns.AsNoTracking();
        var unplaced = string.Equals(area, UnplacedFilter, StringComparison.OrdinalIgnoreCase);
        int? areaId = !unplaced && int.TryParse(area, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        if (unplaced)
        {
            query = query.Where(c => c.AreaId == null);
        }
        else if (areaId is not null)
        {
            query = query.Where(c => c.AreaId == areaId);
        }

        if (category is not null && Enum.IsDefined(category.Value))
        {
            query = query.Where(c => c.Category == category);
        }

        if (status is not null && Enum.IsDefined(status.Value))
        {
            query = query.Where(c => c.Status == status);
        }
        else if (!all)
        {
            query = query.Where(c => c.Status == ConcernStatus.New || c.Status == ConcernStatus.Acknowledged || c.Status == ConcernStatus.InProgress);
        }

        if (olderThan is > 0 and <= 3650)
        {
            var before = now.AddDays(-olderThan.Value);
            query = query.Where(c => c.CreatedUtc <= before);
        }

        var rows = await query.OrderBy(c => c.Status == ConcernStatus.New ? 0 : 1).ThenBy(c => c.CreatedUtc).Take(500)
            .Select(c => new ConcernQueueRow(c.Id, c.ReferenceCode, c.Category, c.Location, c.Area != null ? c.Area.Name : null, c.Status, c.CreatedUtc,
                c.AssignedOfficer != null ? c.AssignedOfficer.FullName : null, c.RaisedAtEventId != null, c.PhotoStoredName != null))
            .ToListAsync(cancellationToken);
        var unplacedOpen = await db.Concerns.CountAsync(c => c.AreaId == null
            && (c.Status == ConcernStatus.New || c.Status == ConcernStatus.Acknowledged || c.Status == ConcernStatus.InProgress), cancellationToken);
        return View(new ConcernQueueViewModel(rows, new ConcernQueueFilter(areaId, unplaced, category, status, olderThan, all), await db.AreaSelectListAsync(cancellationToken), now,
            unplacedOpen));
    }

    /// <summary>The value of <c>area</c> that lists the concerns with no area.</summary>
    public const string UnplacedFilter = "none";
}

public sealed record ConcernQueueRow(int Id, string ReferenceCode, ConcernCategory Category, string Location, string? Area, ConcernStatus Status, DateTime CreatedUtc,
    string? AssignedTo, bool FromMeeting, bool HasPhoto);

public sealed record ConcernQueueFilter(int? Area, bool Unplaced, ConcernCategory? Category, ConcernStatus? Status, int? OlderThanDays, bool All);

/// <param name="UnplacedOpen">Open concerns with no area: the size of the coordinator's "Area not known" queue.</param>
public sealed record ConcernQueueViewModel(IReadOnlyList<ConcernQueueRow> Rows, ConcernQueueFilter Filter, IReadOnlyList<SelectListItem> Areas, DateTime NowUtc,
    int UnplacedOpen);
