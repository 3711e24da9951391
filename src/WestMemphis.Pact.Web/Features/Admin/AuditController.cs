using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>/admin/audit: read-only. Entries are never edited or deleted through the app.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/audit")]
public sealed class AuditController(AppDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 100;
    private const int MaxExportRows = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Clamp(page, 1, 100_000);
        var dates = filter.Dates(CentralTimeZone.Today(clock));
        var query = Apply(filter, dates);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditRow(a.WhenUtc, a.UserId, a.UserName, a.Action, a.RecordType, a.RecordId, a.Outcome, a.Details))
            .ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return View(new AuditIndexViewModel(filter, entries, actions, page, total, PageSize, dates.Problems));
    }

    [HttpGet("export.csv")]
    public IActionResult Export([FromQuery] AuditFilter filter) =>
        CsvDownload.File($"pact-audit-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv",
            ["When (UTC)", "User id", "User", "Action", "Record type", "Record id", "Outcome", "Details", "IP address"],
            Apply(filter, filter.Dates(CentralTimeZone.Today(clock))).OrderBy(a => a.Id).Take(MaxExportRows).AsAsyncEnumerable(),
            a => [
                a.WhenUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), a.UserId, a.UserName, a.Action,
                a.RecordType, a.RecordId, a.Outcome, a.Details, a.IpAddress,
            ]);

    private IQueryable<AuditEntry> Apply(AuditFilter filter, CheckedRange dates)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (Clean(filter.User) is { } user)
        {
            query = query.Where(a => a.UserName!.Contains(user) || a.UserId == user);
        }

        if (Clean(filter.Action) is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (Clean(filter.RecordType) is { } recordType)
        {
            query = query.Where(a => a.RecordType == recordType);
        }

        if (Clean(filter.RecordId) is { } recordId)
        {
            query = query.Where(a => a.RecordId == recordId);
        }

        if (dates.From is { } from)
        {
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), CentralTime.Zone);
            query = query.Where(a => a.WhenUtc >= fromUtc);
        }

        if (dates.To is { } to)
        {
            var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), CentralTime.Zone);
            query = query.Where(a => a.WhenUtc < toUtc);
        }

        return query;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > 256 ? null : value.Trim();
}

public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? Action { get; set; }
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>The typed dates within <see cref="DateRangeLimits"/>, with a message for each one changed.</summary>
    public CheckedRange Dates(DateOnly today) => DateRangeLimits.Check(From, To, today);

    /// <summary>The filter as a query string ("?user=...&amp;page=2", or "" when empty), for links that keep it.</summary>
    public string QueryString(int? page = null) => QueryLinks.Build(
        ("user", User), ("action", Action), ("recordType", RecordType), ("recordId", RecordId),
        ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("page", page?.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>One line of the audit log as the list shows it.</summary>
public sealed record AuditRow(DateTime WhenUtc, string? UserId, string? UserName, string Action, string? RecordType, string? RecordId, string Outcome, string? Details);

public sealed record AuditIndexViewModel(AuditFilter Filter, IReadOnlyList<AuditRow> Entries, IReadOnlyList<string> Actions, int Page, int Total, int PageSize,
    IReadOnlyList<string> DateProblems)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
