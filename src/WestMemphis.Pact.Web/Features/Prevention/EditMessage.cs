using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>
/// A prevention message's page: edit the draft, or (a coordinator) approve and send it to the area's confirmed
/// followers, each with why they get it and a one-click stop (the area digest's own links, <see cref="AreaFollows"/>).
/// Sent once: the send is the draft's versioned update saved with the queued emails, so a double click or a second
/// instance finds the version gone and sends nothing; a stale form is refused with the saved text shown.
/// </summary>
public sealed partial class PreventionController
{
    [HttpGet("manage/prevention/{id:int}")]
    public async Task<IActionResult> Message(int id, CancellationToken cancellationToken)
    {
        var m = await db.PreventionMessages.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        return m is null ? NotFound() : await MessageViewAsync(m, FormOf(m), null, cancellationToken) ?? NotFound();
    }

    [HttpPost("manage/prevention/{id:int}")]
    public async Task<IActionResult> Message(int id, PreventionMessageForm form, [FromServices] IValidator<PreventionMessageForm> validator,
        [FromServices] AreaFollows follows, [FromServices] LinkBuilder links, CancellationToken cancellationToken)
    {
        var m = await db.PreventionMessages.Include(x => x.Area).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return NotFound();
        }

        var send = form.Do == "send";
        if (m.Status == PreventionMessageStatus.Sent && send)
        {
            // A double click, or the other instance was first: the message went once.
            this.SetStatus(AlreadySent(m));
            return LocalRedirect($"/manage/prevention/{id}");
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await MessageViewAsync(m, form, null, cancellationToken) ?? NotFound();
        }

        var refusal = send ? PreventionRules.ApprovalRefusal(m.Status, IsCoordinator, m.CreatedById == Me) : PreventionRules.EditRefusal(m.Status);
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
            return await MessageViewAsync(m, form, null, cancellationToken) ?? NotFound();
        }

        if (!Guid.TryParse(form.Version, out var version) || version != m.Version)
        {
            return await ConflictViewAsync(id, form, cancellationToken);
        }

        db.ExpectVersion(m, version);
        m.Subject = form.Subject!.Trim();
        m.Body = FormRules.Clean(form.Body)!;
        var recipients = 0;
        if (send)
        {
            var followers = await follows.Confirmed(db.AreaFollows.AsNoTracking().Where(f => f.AreaId == m.AreaId)).ToListAsync(cancellationToken);
            var areaUrl = links.Absolute($"/areas/{m.Area!.Code.ToLowerInvariant()}");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var follower in followers)
            {
                if (follower.To is { } to && seen.Add(to))
                {
                    follows.EnqueueToFollower(MessageKind, follower, to, m.Subject, m.Body, stop => PreventionRules.Footer(m.Area.Name, areaUrl, stop));
                    recipients++;
                }
            }

            var now = clock.GetUtcNow().UtcDateTime;
            m.Status = PreventionMessageStatus.Sent;
            m.ApprovedById = Me;
            m.SentUtc = now;
            m.RecipientCount = recipients;
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            var current = await db.PreventionMessages.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (current is { Status: PreventionMessageStatus.Sent } && send)
            {
                this.SetStatus(AlreadySent(current));
                return LocalRedirect($"/manage/prevention/{id}");
            }

            return await ConflictViewAsync(id, form, cancellationToken);
        }

        if (send)
        {
            logger.LogInformation("Prevention message {MessageId} for flag {AlertId} approved and queued to {Recipients} followers", id, m.CrimeFlagAlertId, recipients);
            this.SetStatus($"Approved and sent to {recipients} {(recipients == 1 ? "follower" : "followers")} of {m.Area!.Name}.");
            return LocalRedirect(CrimeLinks.Flag(m.CrimeFlagAlertId));
        }

        this.SetStatus("Draft saved.");
        return LocalRedirect($"/manage/prevention/{id}");
    }

    [HttpPost("manage/prevention/{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, string? version, CancellationToken cancellationToken)
    {
        var m = await db.PreventionMessages.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (m is null)
        {
            return NotFound();
        }

        if (PreventionRules.EditRefusal(m.Status) is { } refusal)
        {
            this.SetStatus(refusal);
            return LocalRedirect($"/manage/prevention/{id}");
        }

        if (!Guid.TryParse(version, out var v) || v != m.Version)
        {
            this.SetStatus(SaveChangesExtensions.ChangedBySomeoneElse("message"));
            return LocalRedirect($"/manage/prevention/{id}");
        }

        db.ExpectVersion(m, v);
        m.Status = PreventionMessageStatus.Withdrawn;
        m.WithdrawnUtc = clock.GetUtcNow().UtcDateTime;
        this.SetStatus(await db.TrySaveChangesAsync(cancellationToken) ? "Message withdrawn: it will not be sent." : SaveChangesExtensions.ChangedBySomeoneElse("message"));
        return LocalRedirect($"/manage/prevention/{id}");
    }

    private static string AlreadySent(PreventionMessage m) =>
        $"This message has already been sent ({CentralTime.Format(m.SentUtc!.Value)}, to {m.RecipientCount} {(m.RecipientCount == 1 ? "follower" : "followers")}); it was not sent again.";

    private static PreventionMessageForm FormOf(PreventionMessage m) =>
        new() { Template = m.TemplateKey, Subject = m.Subject, Body = m.Body, Version = m.Version.ToString() };

    private async Task<IActionResult> ConflictViewAsync(int id, PreventionMessageForm form, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.PreventionMessages.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("message")
            + " Yours is still in the form and the saved one is below it: saving again replaces the saved one with yours. Nothing was sent.");
        form.Version = current.Version.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await MessageViewAsync(current, form, FormOf(current), cancellationToken) ?? NotFound();
    }

    private async Task<IActionResult?> MessageViewAsync(PreventionMessage m, PreventionMessageForm form, PreventionMessageForm? theirs, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(m.CrimeFlagAlertId, cancellationToken);
        if (flag is null)
        {
            return null;
        }

        var people = await db.Users.AsNoTracking().Where(u => u.Id == m.CreatedById || u.Id == m.ApprovedById).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
        var followers = await db.AreaFollows.AsNoTracking().CountAsync(f => f.AreaId == m.AreaId && f.ConfirmedUtc != null, cancellationToken);
        return View("Message", new MessagePage(flag, m.Id, m.Status, people.GetValueOrDefault(m.CreatedById), m.CreatedUtc,
            m.ApprovedById is null ? null : people.GetValueOrDefault(m.ApprovedById), m.SentUtc, m.RecipientCount, followers, form, theirs,
            IsCoordinator, PreventionLibrary.Find(m.TemplateKey)?.Name));
    }
}

public sealed record MessagePage(FlagHeading Flag, int Id, PreventionMessageStatus Status, string? CreatedBy, DateTime CreatedUtc, string? ApprovedBy,
    DateTime? SentUtc, int? Recipients, int Followers, PreventionMessageForm Form, PreventionMessageForm? Theirs, bool CanApprove, string? TemplateName)
{
    public bool IsDraft => Status == PreventionMessageStatus.Draft;
}
