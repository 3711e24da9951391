using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// Follow an event type or an area, to be emailed when a matching event is published; and stop following. Following an
/// area is one thing here (docs/decisions/0023): its line also turns the area's weekly digest on or off, which goes to the
/// account's confirmed address with no second opt-in (<see cref="Areas.AreaFollows.FollowAsAccountAsync"/>).
/// </summary>
public sealed partial class MyController
{
    [HttpGet("/my/follows")]
    public async Task<IActionResult> Follows(CancellationToken cancellationToken) => View(await FollowsModelAsync(cancellationToken));

    [HttpPost("/my/follows")]
    public async Task<IActionResult> Follow(FollowForm form, CancellationToken cancellationToken)
    {
        var type = EnumInput.Parse<EventType>(form.Type);
        int? areaId = int.TryParse(form.AreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && await db.Areas.AnyAsync(x => x.Id == a, cancellationToken) ? a : null;
        if ((type is null) == (areaId is null))
        {
            ModelState.AddModelError(type is null ? nameof(FollowForm.Type) : nameof(FollowForm.AreaId), "Choose one event type or one area to follow.");
            var model = await FollowsModelAsync(cancellationToken);
            model.Form = form;
            return View("Follows", model);
        }

        if (!await db.EventFollows.AnyAsync(f => f.UserId == UserId && f.Type == type && f.AreaId == areaId, cancellationToken))
        {
            db.EventFollows.Add(new EventFollow { UserId = UserId, Type = type, AreaId = areaId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same follow from a double click: the unique index kept one.
            }
        }

        this.SetStatus("Followed. We'll email you when a matching event is published.");
        return LocalRedirect("/my/follows");
    }

    [HttpPost("/my/follows/{id:int}/delete")]
    public async Task<IActionResult> Unfollow(int id, CancellationToken cancellationToken)
    {
        var follow = await db.EventFollows.FirstOrDefaultAsync(f => f.Id == id && f.UserId == UserId, cancellationToken);
        if (follow is null)
        {
            return NotFound();
        }

        db.EventFollows.Remove(follow);
        await db.SaveChangesAsync(cancellationToken);
        if (follow.AreaId is { } area)
        {
            // No longer following the area: its digest stops too.
            await db.AreaFollows.Where(f => f.UserId == UserId && f.AreaId == area).ExecuteDeleteAsync(cancellationToken);
        }

        this.SetStatus("You no longer follow that.");
        return LocalRedirect("/my/follows");
    }

    /// <summary>Turns an area follow's weekly digest on (with the account's confirmed address) or off.</summary>
    [HttpPost("/my/follows/{id:int}/digest")]
    public async Task<IActionResult> ToggleDigest(int id, [FromServices] Areas.AreaFollows follows, CancellationToken cancellationToken)
    {
        var follow = await db.EventFollows.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.UserId == UserId && f.AreaId != null, cancellationToken);
        if (follow?.AreaId is not { } areaId)
        {
            return NotFound();
        }

        if (await db.AreaFollows.Where(f => f.UserId == UserId && f.AreaId == areaId).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            this.SetStatus("The weekly digest for that area is off.");
        }
        else if (await follows.FollowAsAccountAsync(areaId, UserId, cancellationToken))
        {
            this.SetStatus("The weekly digest for that area is on: it comes to your account's email address every week.");
        }
        else
        {
            this.SetStatus("Confirm your account's email address first (use the link we sent you), then turn the digest on.");
        }

        return LocalRedirect("/my/follows");
    }

    private async Task<FollowsViewModel> FollowsModelAsync(CancellationToken cancellationToken)
    {
        var digests = await db.AreaFollows.AsNoTracking().Where(f => f.UserId == UserId && f.ConfirmedUtc != null).Select(f => f.AreaId).ToListAsync(cancellationToken);
        return new()
        {
            Follows = (await db.EventFollows.AsNoTracking().Where(f => f.UserId == UserId).OrderBy(f => f.Id)
                .Select(f => new { f.Id, f.Type, f.AreaId, AreaName = f.Area != null ? f.Area.Name : null }).ToListAsync(cancellationToken))
                .Select(f => new FollowRow(f.Id, f.Type, f.AreaName, f.AreaId is { } a && digests.Contains(a))).ToList(),
            Areas = await db.AreaOptionsAsync(cancellationToken),
        };
    }
}

public sealed class FollowForm
{
    public string? Type { get; set; }
    public string? AreaId { get; set; }
}

/// <param name="Digest">For an area: whether its weekly digest comes to the account's address.</param>
public sealed record FollowRow(int Id, EventType? Type, string? AreaName, bool Digest = false);

public sealed class FollowsViewModel
{
    public IReadOnlyList<FollowRow> Follows { get; init; } = [];
    public IReadOnlyList<AreaOption> Areas { get; init; } = [];
    public FollowForm Form { get; set; } = new();
}
