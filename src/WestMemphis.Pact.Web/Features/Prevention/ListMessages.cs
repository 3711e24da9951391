using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Prevention;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>Prevention messages: the drafts waiting for a coordinator's approval first, then the last ones sent or withdrawn.</summary>
public sealed partial class PreventionController
{
    private const int RecentCount = 50;

    [HttpGet("manage/prevention")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var waiting = await Rows(db.PreventionMessages.AsNoTracking().Where(m => m.Status == PreventionMessageStatus.Draft).OrderBy(m => m.CreatedUtc))
            .ToListAsync(cancellationToken);
        var recent = await Rows(db.PreventionMessages.AsNoTracking().Where(m => m.Status != PreventionMessageStatus.Draft).OrderByDescending(m => m.Id).Take(RecentCount))
            .ToListAsync(cancellationToken);
        return View("Index", new QueuePage(waiting, recent, IsCoordinator));
    }
}

public sealed partial class PreventionController
{
    private static IQueryable<QueueRow> Rows(IQueryable<PreventionMessage> messages) =>
        messages.Select(m => new QueueRow(m.Id, m.CrimeFlagAlertId, m.Area!.Name, m.CrimeFlagAlert!.Category, m.Subject, m.Status,
            m.CreatedBy!.FullName, m.CreatedUtc, m.SentUtc, m.RecipientCount));
}

public sealed record QueueRow(int Id, int AlertId, string AreaName, ReviewCategory Category, string Subject, PreventionMessageStatus Status, string? CreatedBy,
    DateTime CreatedUtc, DateTime? SentUtc, int? Recipients);

public sealed record QueuePage(IReadOnlyList<QueueRow> Waiting, IReadOnlyList<QueueRow> Recent, bool CanApprove);
