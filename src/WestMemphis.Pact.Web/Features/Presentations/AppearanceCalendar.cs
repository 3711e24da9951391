using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

public sealed record CalendarEntry(DateTime StartUtc, DateTime EndUtc, string Title, string Where, string Url, bool IsAppearance, string? Team);

public sealed record CalendarViewModel(string View, DateOnly From, DateOnly To, DateOnly Anchor, int? ResourceId, IReadOnlyList<(int Id, string Name)> Resources,
    IReadOnlyList<CalendarEntry> Entries);

public sealed record ResourceListItem(string Key, string Name, ResourceKind Kind, bool HasFeed);

public sealed class ResourceForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }

    public ResourceKind? ParsedKind() => Kind is "Mascot" or "Vehicle" or "Other" ? Enum.Parse<ResourceKind>(Kind) : null;
}

public sealed class ResourceFormValidator : AbstractValidator<ResourceForm>
{
    public ResourceFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the resource's name.").MaximumLength(100).WithMessage("The name must be 100 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
        RuleFor(f => f.Kind).Must(k => new ResourceForm { Kind = k }.ParsedKind() is not null).WithMessage("Choose the kind of resource.");
    }
}

/// <summary>
/// /manage/calendar (appearances and events, month or week, filtered by officer or resource), /manage/resources, and each
/// officer's or resource's private, revocable .ics feed of appearances.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class AppearanceCalendarController(AppDbContext db, AppearanceScheduler scheduler, LinkBuilder links, TimeProvider clock, AuditLog audit) : Controller
{
    [HttpGet("manage/calendar")]
    public async Task<IActionResult> Index(string? view, string? date, int? resource, CancellationToken cancellationToken)
    {
        var week = view == "week";
        var anchor = CentralTimeInput.TryParseDate(date, out var d) ? d : VisitTimes.Today(clock);
        DateOnly from, to;
        if (week)
        {
            from = anchor.AddDays(-(int)anchor.DayOfWeek);
            to = from.AddDays(7);
        }
        else
        {
            var first = new DateOnly(anchor.Year, anchor.Month, 1);
            from = first.AddDays(-(int)first.DayOfWeek);
            to = first.AddMonths(1);
            to = to.AddDays((7 - (int)to.DayOfWeek) % 7);
        }

        var fromUtc = CentralTimeInput.ToUtc(from, TimeOnly.MinValue) ?? from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var toUtc = CentralTimeInput.ToUtc(to, TimeOnly.MinValue) ?? to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var appearances = await db.Appearances.AsNoTracking()
            .Where(a => a.Active && a.StartUtc < toUtc && fromUtc < a.EndUtc && (resource == null || a.Bookings.Any(b => b.ResourceId == resource)))
            .OrderBy(a => a.StartUtc).Take(1000)
            .Select(a => new
            {
                a.StartUtc,
                a.EndUtc,
                a.Location,
                a.RequestId,
                a.Request!.Kind,
                a.Request.ReferenceCode,
                For = a.Request.School != null ? a.Request.School.Name : a.Request.OrganizationName,
                Team = a.Bookings.Select(b => b.Resource!.Name).ToList(),
            }).ToListAsync(cancellationToken);
        var entries = appearances.Select(a => new CalendarEntry(a.StartUtc, a.EndUtc, $"{PresentationLabels.Name(a.Kind)}: {a.For}", a.Location,
            $"/manage/presentations/{a.RequestId}", true, string.Join(", ", a.Team))).ToList();
        if (resource is null)
        {
            var events = await db.Events.AsNoTracking()
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Completed) && e.StartUtc < toUtc && fromUtc < e.EndUtc)
                .OrderBy(e => e.StartUtc).Take(1000).Select(e => new { e.Id, e.Title, e.Location, e.StartUtc, e.EndUtc }).ToListAsync(cancellationToken);
            entries.AddRange(events.Select(e => new CalendarEntry(e.StartUtc, e.EndUtc, e.Title, e.Location, $"/manage/events/{e.Id}", false, null)));
        }

        var resources = await db.BookableResources.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        return View(new CalendarViewModel(week ? "week" : "month", from, to, anchor, resource, resources.Select(r => (r.Id, r.Name)).ToList(),
            entries.OrderBy(e => e.StartUtc).ToList()));
    }

    [HttpGet("manage/resources")]
    public async Task<IActionResult> Resources(CancellationToken cancellationToken) => await ResourcesViewAsync(new ResourceForm(), cancellationToken);

    [HttpPost("manage/resources")]
    public async Task<IActionResult> Resources(ResourceForm form, [FromServices] IValidator<ResourceForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var name = form.Name?.Trim();
        if (valid && await db.BookableResources.AnyAsync(r => r.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), "A resource with this name already exists.");
            valid = false;
        }

        if (!valid)
        {
            return await ResourcesViewAsync(form, cancellationToken);
        }

        db.BookableResources.Add(new BookableResource { Name = name!, Kind = form.ParsedKind()!.Value });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"{name} can now be booked.");
        return LocalRedirect("/manage/resources");
    }

    /// <summary>Creates (or replaces) the secret feed address of an officer ("u:" + user id) or a resource ("r:" + id).</summary>
    [HttpPost("manage/resources/calendar")]
    public async Task<IActionResult> CreateFeed(string? resource, CancellationToken cancellationToken) =>
        await SetFeedAsync(resource, FeedTokens.New(), cancellationToken);

    [HttpPost("manage/resources/calendar/revoke")]
    public async Task<IActionResult> RevokeFeed(string? resource, CancellationToken cancellationToken) => await SetFeedAsync(resource, null, cancellationToken);

    /// <summary>The feed: the secret, revocable address is the credential (like the volunteers' own feed).</summary>
    [AllowAnonymous]
    [HttpGet("appearances/{token}.ics"), RedactInLogs("token")]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        if (!FeedTokens.IsWellFormed(token))
        {
            return NotFound();
        }

        var hash = FeedTokens.Hash(token);
        var owner = await db.BookableResources.AsNoTracking().Where(r => r.CalendarToken == hash).Select(r => new { r.Id, r.Name }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-60);
        var items = await db.Appearances.AsNoTracking().Where(a => a.Active && a.EndUtc > since && a.Bookings.Any(b => b.ResourceId == owner.Id))
            .OrderBy(a => a.StartUtc).Take(500)
            .Select(a => new { a.Id, a.StartUtc, a.EndUtc, a.Location, a.Request!.Kind, For = a.Request.School != null ? a.Request.School.Name : a.Request.OrganizationName })
            .ToListAsync(cancellationToken);
        var calendar = EventCalendar.Serialize($"PACT appearances: {owner.Name}",
            items.Select(a => new CalendarItem(PresentationEmails.AppearanceUid(a.Id), $"{PresentationLabels.Name(a.Kind)}: {a.For}", null, a.Location, a.StartUtc, a.EndUtc, false, null)),
            clock.GetUtcNow().UtcDateTime);
        Response.Headers.CacheControl = "private, no-store";
        return Content(calendar, EventCalendar.ContentType);
    }

    private async Task<IActionResult> SetFeedAsync(string? resource, string? token, CancellationToken cancellationToken)
    {
        int? id = null;
        if (resource is { Length: > 2 and <= 460 } && resource.StartsWith("u:", StringComparison.Ordinal))
        {
            var userId = resource[2..];
            var isOfficer = await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Officer), cancellationToken);
            id = isOfficer ? (await scheduler.OfficerResourcesAsync([userId], cancellationToken)).FirstOrDefault() : null;
        }
        else if (resource is { Length: > 2 and <= 12 } && resource.StartsWith("r:", StringComparison.Ordinal)
            && int.TryParse(resource[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var rid))
        {
            id = rid;
        }

        var hash = token is null ? null : FeedTokens.Hash(token);
        var changed = id is null ? 0 : await db.BookableResources.Where(r => r.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CalendarToken, hash).SetProperty(r => r.Version, Guid.NewGuid()), cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        await audit.WriteAsync(token is null ? "CalendarFeedRevoked" : "CalendarFeedCreated", nameof(BookableResource), id!.Value.ToString(CultureInfo.InvariantCulture),
            resource!.StartsWith("u:", StringComparison.Ordinal) ? "Officer " + resource[2..] : null, cancellationToken: cancellationToken);
        if (token is null)
        {
            this.SetStatus("Feed switched off: the old address no longer works.");
            return LocalRedirect("/manage/resources");
        }

        // Shown on this response only: just its hash is kept, so it can never be shown again.
        Response.Headers.CacheControl = "no-store";
        ViewData["NewFeedUrl"] = Feed(token);
        return await ResourcesViewAsync(new ResourceForm(), cancellationToken);
    }

    private async Task<IActionResult> ResourcesViewAsync(ResourceForm form, CancellationToken cancellationToken)
    {
        var rows = await db.BookableResources.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name, r.Kind, r.UserId, r.CalendarToken }).ToListAsync(cancellationToken);
        var officers = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.Officer)))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var list = rows.Where(r => r.Kind != ResourceKind.Officer)
            .Select(r => new ResourceListItem("r:" + r.Id.ToString(CultureInfo.InvariantCulture), r.Name, r.Kind, r.CalendarToken is not null)).ToList();
        list.AddRange(officers.Select(o =>
        {
            var row = rows.FirstOrDefault(r => r.UserId == o.Id);
            return new ResourceListItem("u:" + o.Id, $"{o.FullName} ({o.Email})", ResourceKind.Officer, row?.CalendarToken is not null);
        }));
        ViewData["Items"] = list;
        return View("Resources", form);
    }

    private string? Feed(string? token) => token is null ? null : links.Absolute($"/appearances/{token}.ics");
}
