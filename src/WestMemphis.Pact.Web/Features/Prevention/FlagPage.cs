using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.Web.Features.Crime;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>
/// A flag's page: its figures, how many follow the area, the library messages to draft from, its messages and events,
/// and what was done. A flagged line of /crime/review links here through /crime/flags/line, which opens the flag's
/// alert, or makes it (with the officers' alert email) when the worker has not made it yet.
/// </summary>
public sealed partial class PreventionController
{
    [HttpGet("crime/flags/{id:int}")]
    public async Task<IActionResult> Flag(int id, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var followers = await db.AreaFollows.AsNoTracking().CountAsync(f => f.AreaId == flag.AreaId && f.ConfirmedUtc != null, cancellationToken);
        var messages = await db.PreventionMessages.AsNoTracking().Where(m => m.CrimeFlagAlertId == id).OrderBy(m => m.Id)
            .Select(m => new MessageRow(m.Id, m.Subject, m.Status, m.CreatedBy!.FullName, m.CreatedUtc, m.ApprovedBy!.FullName, m.SentUtc, m.RecipientCount))
            .ToListAsync(cancellationToken);
        var events = await db.CrimeFlagEvents.AsNoTracking().Where(l => l.CrimeFlagAlertId == id).OrderBy(l => l.Event!.StartUtc)
            .Select(l => new FlagEventRow(l.EventId, l.Event!.Title, l.Event.Type, l.Event.Status, l.Event.StartUtc, l.Event.EndUtc)).ToListAsync(cancellationToken);
        var record = (await records.ForAsync([id], cancellationToken))[id];
        return View(new FlagPageModel(flag, followers, PreventionLibrary.For(flag.Category), messages, events, record, IsCoordinator));
    }

    /// <summary>A flagged line of the review: its open flag's page, or the page that offers to open it.</summary>
    [HttpGet("crime/flags/line")]
    public async Task<IActionResult> Line(int? area, string? category, CancellationToken cancellationToken)
    {
        if (await LineAsync(area, category, cancellationToken) is not { } line)
        {
            return NotFound();
        }

        var open = await db.CrimeFlagAlerts.AsNoTracking().Where(a => a.AreaId == line.AreaId && a.Category == line.Category && a.ClearedUtc == null)
            .OrderByDescending(a => a.Episode).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return open is { } alertId ? LocalRedirect(CrimeLinks.Flag(alertId)) : View("Line", line);
    }

    [HttpPost("crime/flags/line")]
    public async Task<IActionResult> OpenLine(int? area, string? category, [FromServices] CrimeFlagAlertService alerts, CancellationToken cancellationToken)
    {
        if (await LineAsync(area, category, cancellationToken) is not { } line)
        {
            return NotFound();
        }

        var alertId = await alerts.OpenAlertAsync(HttpContext.RequestServices, line.AreaId, line.Category, cancellationToken);
        if (alertId is null)
        {
            ModelState.AddModelError("", "The current review does not flag a rise on this line (any more), so there is no flag to act on. Look at the review again.");
            return View("Line", line);
        }

        return LocalRedirect(CrimeLinks.Flag(alertId.Value));
    }

    private async Task<FlagLine?> LineAsync(int? area, string? category, CancellationToken cancellationToken)
    {
        if (area is not { } areaId || ReviewCategories.FromSlug(category) is not { } parsed)
        {
            return null;
        }

        var name = await db.Areas.AsNoTracking().Where(a => a.Id == areaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        return name is null ? null : new FlagLine(areaId, name, parsed);
    }
}

public sealed record FlagLine(int AreaId, string AreaName, ReviewCategory Category)
{
    public string Title => $"{ReviewCategories.Label(Category)} in {AreaName}";
}

public sealed record MessageRow(int Id, string Subject, PreventionMessageStatus Status, string? CreatedBy, DateTime CreatedUtc, string? ApprovedBy, DateTime? SentUtc, int? Recipients)
{
    public string StatusText => Status switch
    {
        PreventionMessageStatus.Draft => "Draft, waiting for approval",
        PreventionMessageStatus.Sent => "Sent",
        _ => "Withdrawn",
    };
}

public sealed record FlagEventRow(int Id, string Title, EventType Type, EventStatus Status, DateTime StartUtc, DateTime EndUtc);

public sealed record FlagPageModel(FlagHeading Flag, int Followers, IReadOnlyList<PreventionTemplate> Templates, IReadOnlyList<MessageRow> Messages,
    IReadOnlyList<FlagEventRow> Events, FlagRecordSummary Record, bool CanApprove);
