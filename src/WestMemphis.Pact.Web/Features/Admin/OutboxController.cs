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
        // Addresses (concern reporters', requesters') and reference codes are masked here; a reveal is per message and audited.
        rows = rows.Select(r => r with { To = OutboxMasking.Address(r.To), Subject = OutboxMasking.Codes(r.Subject) }).ToList();
        return View(new OutboxIndexViewModel(rows, status, counts.ToDictionary(c => c.Key, c => c.Count), page, total, PageSize));
    }

    /// <summary>One message in full (address, reference code, body): every reveal is audited.</summary>
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new OutboxMessageViewModel(m.Id, m.Kind, m.ToAddress, m.Subject, m.CreatedUtc, m.Status, m.Attempts, m.SentUtc, m.LastError, m.TextBody))
            .FirstOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        await audit.WriteAsync("Viewed", nameof(OutboxMessage), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Address and text revealed",
            cancellationToken: cancellationToken);
        return View(message);
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

/// <summary>One message in full, as the details page shows it.</summary>
public sealed record OutboxMessageViewModel(long Id, string Kind, string ToAddress, string Subject, DateTime CreatedUtc, OutboxStatus Status, int Attempts,
    DateTime? SentUtc, string? LastError, string TextBody);

public sealed record OutboxIndexViewModel(IReadOnlyList<OutboxRow> Rows, OutboxStatus? Status, IReadOnlyDictionary<OutboxStatus, int> Counts,
    int Page, int Total, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Count(OutboxStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}

/// <summary>What the outbox list shows of an address and a subject: enough to tell messages apart, not who or which case.</summary>
public static partial class OutboxMasking
{
    /// <summary>"pat.neighbor@example.com" → "p…@e…".</summary>
    public static string Address(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 || at == address.Length - 1 ? "…" : $"{address[0]}…@{address[at + 1]}…";
    }

    /// <summary>Reference codes (concerns "C-…", requests "PR-…") are replaced by their prefix.</summary>
    public static string Codes(string subject) => ReferenceCode().Replace(subject, m => m.Groups[1].Value + "-…");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(C|PR)-[0-9A-Z]{6,}\b")]
    private static partial System.Text.RegularExpressions.Regex ReferenceCode();
}
