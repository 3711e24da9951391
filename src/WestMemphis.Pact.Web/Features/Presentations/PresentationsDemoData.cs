using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

public sealed partial class PresentationsSeeder
{
    private static readonly string[] Requesters = ["Alicia Demo-Barnes", "Marcus Demo-Hill", "Tonya Demo-Reed", "Gerald Demo-Owens", "Priya Demo-Shah", "Dana Demo-Ruiz"];
    private static readonly string[] Organizations = ["Crittenden County Boys & Girls Club (demo)", "First Street Church youth group (demo)", "West Memphis Rotary (demo)", "Hope Park neighborhood association (demo)"];

    /// <summary>Requests in every state, a past year of completed visits, Rusty booked on a few dates, and a National Night Out with parties.</summary>
    private async partial Task SeedDemoRequestsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(2027);
        var schools = await db.Schools.Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var rusty = await db.BookableResources.FirstAsync(r => r.Kind == ResourceKind.Mascot, cancellationToken);
        var officers = await db.Users.Where(u => u.Email != null && u.Email.StartsWith("officer") && u.Email.EndsWith("@demo.pact.local")).ToListAsync(cancellationToken);
        var officerResources = officers.Select(o => new BookableResource { Name = OfficerResourceName.For(o.FullName, o.Email, o.Id), Kind = ResourceKind.Officer, UserId = o.Id }).ToList();
        db.BookableResources.AddRange(officerResources);
        var today = VisitTimes.Today(clock);
        var n = 0;

        PresentationRequest Make(PresentationKind kind, PresentationStatus status, DateOnly day, int hour, bool rustyWanted)
        {
            n++;
            var school = kind is PresentationKind.SchoolPresentation or PresentationKind.RustyVisit && schools.Count > 0 ? schools[n % schools.Count] : null;
            var start = CentralTimeInput.ToUtc(day, new TimeOnly(hour, 0))!.Value;
            var created = start.AddDays(-30 - random.Next(10));
            return new PresentationRequest
            {
                ReferenceCode = PresentationLabels.NewReferenceCode(),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                Kind = kind,
                Status = status,
                RequesterName = Requesters[n % Requesters.Length],
                RequesterRole = school is null ? "Organizer" : "School secretary",
                RequesterEmail = $"requester{n}@demo.pact.local",
                RequesterPhone = $"870-555-01{n % 100:00}",
                SchoolId = school?.Id,
                OrganizationName = school is null ? Organizations[n % Organizations.Length] : null,
                Topics = string.Join(',', PresentationLabels.Topics.Where((_, i) => (i + n) % 4 == 0)),
                GradeLevels = school is null ? null : "3-5",
                NumberOfClasses = school is null ? null : 2 + n % 4,
                AudienceSize = 40 + random.Next(200),
                MinutesAllotted = 45,
                Location = school is null ? "Eugene Woods Civic Center, 1200 S Avalon St" : $"{school.Name} gym",
                RustyRequested = rustyWanted,
                Option1StartUtc = start,
                Option1EndUtc = start.AddHours(1),
                Option2StartUtc = start.AddDays(1),
                Option2EndUtc = start.AddDays(1).AddHours(1),
                CreatedUtc = created < now ? created : now,
                UpdatedUtc = now,
                Notes = "Demo request: invented people and details.",
            };
        }

        void Book(PresentationRequest r, params BookableResource[] resources) => r.Appearance = new Appearance
        {
            StartUtc = r.Option1StartUtc,
            EndUtc = r.Option1EndUtc,
            Location = r.Location,
            CreatedUtc = now,
            Bookings = resources.Select(x => new AppearanceBooking { Resource = x }).ToList(),
        };

        var team = officerResources.Count > 0 ? officerResources[0] : rusty;
        // A past year of completed visits, about two a month, Rusty at every third.
        for (var week = 50; week > 2; week -= 2)
        {
            var day = today.AddDays(-7 * week);
            day = day.AddDays(day.DayOfWeek switch { DayOfWeek.Saturday => 2, DayOfWeek.Sunday => 1, _ => 0 });
            var r = Make(week % 6 == 0 ? PresentationKind.RustyVisit : PresentationKind.SchoolPresentation, PresentationStatus.Completed, day, 9 + week % 4, week % 6 == 0);
            Book(r, week % 6 == 0 ? [team, rusty] : [team]);
            r.PeopleReached = 30 + random.Next(250);
            r.CompletedUtc = r.Option1EndUtc;
            r.CompletionNotes = "Demo: good questions from the students.";
            db.PresentationRequests.Add(r);
        }

        // Upcoming: every open state, Rusty booked on a few dates.
        DateOnly Weekday(int days)
        {
            var d = today.AddDays(days);
            return d.AddDays(d.DayOfWeek switch { DayOfWeek.Saturday => 2, DayOfWeek.Sunday => 1, _ => 0 });
        }

        db.PresentationRequests.Add(Make(PresentationKind.SchoolPresentation, PresentationStatus.Submitted, Weekday(24), 9, false));
        db.PresentationRequests.Add(Make(PresentationKind.RustyVisit, PresentationStatus.Submitted, Weekday(30), 10, true));
        db.PresentationRequests.Add(Make(PresentationKind.SpeakingEngagement, PresentationStatus.UnderReview, Weekday(26), 18, false));
        db.PresentationRequests.Add(Make(PresentationKind.StationTour, PresentationStatus.UnderReview, Weekday(33), 13, false));
        for (var i = 0; i < 3; i++)
        {
            var r = Make(PresentationKind.RustyVisit, PresentationStatus.Scheduled, Weekday(8 + i * 9), 10, true);
            Book(r, officerResources.Count > 1 ? [officerResources[1 - i % 2], rusty] : [rusty]);
            db.PresentationRequests.Add(r);
        }

        var declined = Make(PresentationKind.SpeakingEngagement, PresentationStatus.Declined, Weekday(20), 19, false);
        declined.DeclineReason = "Demo: no officer is free that evening; please ask for another date.";
        db.PresentationRequests.Add(declined);
        var cancelled = Make(PresentationKind.SchoolPresentation, PresentationStatus.Cancelled, Weekday(22), 9, false);
        db.PresentationRequests.Add(cancelled);

        // National Night Out: registered parties, some already on a team's route.
        var night = BlockPartyForm.NextNightOut(today);
        for (var i = 0; i < 6; i++)
        {
            var party = Make(PresentationKind.NationalNightOut, i < 3 ? PresentationStatus.Scheduled : PresentationStatus.Submitted, night, 18, i % 2 == 0);
            party.Option1EndUtc = party.Option1StartUtc.AddHours(3);
            party.Option2StartUtc = null;
            party.Option2EndUtc = null;
            party.OrganizationName = $"Block party {i + 1} (demo)";
            party.Location = $"{100 + i * 100} Demo St, West Memphis";
            party.SchoolId = null;
            if (i < 3)
            {
                var start = party.Option1StartUtc.AddMinutes(i * 50);
                party.Appearance = new Appearance
                {
                    StartUtc = start,
                    EndUtc = start.AddMinutes(20),
                    Location = party.Location,
                    CreatedUtc = now,
                    Bookings = [new AppearanceBooking { Resource = team }, .. i % 2 == 0 ? new[] { new AppearanceBooking { Resource = rusty } } : []],
                };
            }

            db.PresentationRequests.Add(party);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Count} demo presentation requests", n);
    }
}
