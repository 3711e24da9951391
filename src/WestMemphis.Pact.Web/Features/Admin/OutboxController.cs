using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>/admin/outbox: what the portal has emailed, what is waiting, and what failed (with a retry).</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/outbox")]
public sealed class OutboxController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    private const int PageSize = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxStatus? status, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 100_000);
        var query = db.OutboxMessages.AsNoTracking();
        if (status is { } s && Enum.IsDefined(s))
        {
            query = query.Where(m => m.Status == s);
        }

        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.Kind, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedUtc, m.SentUtc, m.NextAttemptUtc, m.LastError))
            .ToListAsync(cancellationToken);
        return View(new OutboxIndexViewModel(rows, status, counts.ToDictionary(c => c.Key, c => c.Count), page, total, PageSize));
    }

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status != OutboxStatus.Sent)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptUtc, now)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));
        if (changed == 0)
        {
            return NotFound();
        }

        await audit.WriteAsync("EmailRetried", nameof(OutboxMessage), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        this.SetStatus($"Message {id} will be sent again shortly.");
        return RedirectToAction(nameof(Index), new { status = OutboxStatus.Failed });
    }
}

public sealed record OutboxRow(long Id, string Kind, string To, string Subject, OutboxStatus Status, int Attempts,
    DateTime CreatedUtc, DateTime? SentUtc, DateTime NextAttemptUtc, string? LastError);

public sealed record OutboxIndexViewModel(IReadOnlyList<OutboxRow> Rows, OutboxStatus? Status, IReadOnlyDictionary<OutboxStatus, int> Counts,
    int Page, int Total, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Count(OutboxStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
