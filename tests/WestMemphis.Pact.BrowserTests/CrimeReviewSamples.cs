using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Reviews;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>An incident and a review meeting with an action item, for the crime pages' sample addresses.</summary>
public static class CrimeReviewSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var (incident, meeting) = await app.WithDbAsync(async db =>
        {
            var area = await db.Areas.OrderBy(a => a.Id).FirstAsync();
            var when = DateTime.UtcNow.AddDays(-3);
            var i = new Incident
            {
                Source = "sample", SourceIncidentNumber = "S-" + Guid.NewGuid().ToString("N")[..10], OccurredAtUtc = when, Address = "1523 N Missouri St",
                HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = area.Id, AreaPlacement = AreaPlacement.Address, HighestOffenseCode = "13A", OffenseCount = 1, UpdatedAtUtc = when,
            };
            i.Offenses.Add(new IncidentOffense { OffenseKey = "13A", NibrsCode = "13A", Description = "AGGRAVATED ASSAULT", Category = OffenseCategory.Persons, UcrPart = 1, PartIClass = PartIClass.Violent, OccurredAtUtc = when, AreaId = area.Id });
            db.Incidents.Add(i);
            var user = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
            var m = new CrimeReview
            {
                MeetingDate = DateOnly.FromDateTime(DateTime.UtcNow), PeriodEnd = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), Attendees = "Sample attendees",
                SnapshotJson = "{}", CreatedById = user, CreatedUtc = DateTime.UtcNow, AreasKey = "",
            };
            m.ActionItems.Add(new CrimeActionItem { What = "Sample item", OwnerKind = ActionOwnerKind.UniformPatrol, CreatedUtc = DateTime.UtcNow, RaisedInReview = m, CurrentReview = m });
            db.CrimeReviews.Add(m);
            await db.SaveChangesAsync();
            // A flag with a prevention message and an event made from it (ADR 0027): the flag's pages and the meeting's flags table.
            // Each call is a new episode of the line: the sweep's tests share one database and each adds its samples.
            var episode = (await db.CrimeFlagAlerts.Where(a => a.AreaId == area.Id && a.Category == Domain.Crime.Review.ReviewCategory.Persons).MaxAsync(a => (int?)a.Episode) ?? 0) + 1;
            var alert = new CrimeFlagAlert { AreaId = area.Id, Category = Domain.Crime.Review.ReviewCategory.Persons, Episode = episode, ReviewEnd = m.PeriodEnd, Current = 12, Previous = 2, SentUtc = DateTime.UtcNow };
            db.CrimeFlagAlerts.Add(alert);
            var e = new Domain.Event { Title = "Sample Park and Walk", Type = Domain.EventType.ParkAndWalk, Location = "Sample park", AreaId = area.Id, Status = Domain.EventStatus.Draft,
                StartUtc = DateTime.UtcNow.AddDays(10), EndUtc = DateTime.UtcNow.AddDays(10).AddHours(1), CreatedUtc = DateTime.UtcNow };
            db.Events.Add(e);
            db.CrimeFlagEvents.Add(new Domain.Prevention.CrimeFlagEvent { CrimeFlagAlert = alert, Event = e, CreatedById = user, CreatedUtc = DateTime.UtcNow });
            var message = new Domain.Prevention.PreventionMessage { CrimeFlagAlert = alert, AreaId = area.Id, TemplateKey = "robbery", Subject = "Sample subject", Body = "Sample body", CreatedById = user, CreatedUtc = DateTime.UtcNow };
            db.PreventionMessages.Add(message);
            await db.SaveChangesAsync();
            samples["GET crime/flags/{id:int}"] = $"/crime/flags/{alert.Id}";
            samples["GET crime/flags/{id:int}/messages/new"] = $"/crime/flags/{alert.Id}/messages/new";
            samples["GET crime/flags/{id:int}/events/new"] = $"/crime/flags/{alert.Id}/events/new";
            samples["GET crime/flags/line"] = $"/crime/flags/line?area={area.Id}&category=property";
            samples["GET manage/prevention/{id:int}"] = $"/manage/prevention/{message.Id}";
            return (i.Id, m.Id);
        });
        samples["GET crime/incidents/{id:long}"] = $"/crime/incidents/{incident}";
        samples["GET crime/reviews/{id:int}"] = $"/crime/reviews/{meeting}";
    }
}
