using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>
/// The coordinator's events: create, edit, publish, cancel, complete, duplicate; shifts; messages; cleanup
/// results. One file per use case in this folder (ListEvents.cs, EditEvent.cs, PublishEvent.cs, ...), each
/// with its form and validator; this file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("manage/events")]
public sealed partial class ManageEventsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly EventEmails emails;
    private readonly ShiftSignups signups;
    private readonly TimeProvider clock;
    private readonly Infrastructure.Mvc.PublicDataCache publicData;

    public ManageEventsController(AppDbContext db, EventEmails emails, ShiftSignups signups, TimeProvider clock, Infrastructure.Mvc.PublicDataCache publicData)
    {
        this.publicData = publicData;
        this.db = db;
        this.emails = emails;
        this.signups = signups;
        this.clock = clock;
    }

    private async Task<int> NotifyVolunteersAsync(int eventId, Action<string, string?, ShiftMailInfo> send, CancellationToken cancellationToken)
    {
        var people = await db.Signups.AsNoTracking()
            .Where(s => s.Shift!.EventId == eventId && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent)
                && s.Volunteer!.Email != null)
            .Select(s => new { s.ShiftId, s.Volunteer!.Email, s.Volunteer.FullName }).ToListAsync(cancellationToken);
        var shifts = await ShiftSignups.MailInfo(db.Shifts.Where(s => s.EventId == eventId)).ToListAsync(cancellationToken);
        foreach (var p in people)
        {
            send(p.Email!, p.FullName, shifts.First(s => s.ShiftId == p.ShiftId));
        }

        return people.Count;
    }

    private static IQueryable<VolunteerContact> ActiveVolunteers(IQueryable<Signup> signups) => signups.AsNoTracking()
        .Where(s => (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent || s.Status == SignupStatus.Attended)
            && s.Volunteer!.Email != null)
        .Select(s => new VolunteerContact(s.Volunteer!.Email, s.Volunteer.FullName));

    /// <summary>After a lost race on a status change: an idempotent success when the event already is where the coordinator wanted it.</summary>
    private async Task<IActionResult> ChangedMeanwhileAsync(int id, EventStatus wanted, string alreadyDone, CancellationToken cancellationToken)
    {
        var status = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => (EventStatus?)x.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return NotFound();
        }

        this.SetStatus(status == wanted ? alreadyDone : SaveChangesExtensions.ChangedBySomeoneElse("event"));
        return LocalRedirect($"/manage/events/{id}");
    }
}

public sealed record VolunteerContact(string? Email, string? FullName);
