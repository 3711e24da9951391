using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>Test arrangement for events (builders), and what a resident does on the event pages (real forms).</summary>
public static class EventSteps
{
    /// <summary>A published event in the future with one shift per capacity given.</summary>
    public static async Task<Event> PublishedEventAsync(this PactFactory factory, params int[] capacities)
    {
        var start = DateTime.UtcNow.Date.AddDays(10).AddHours(15);
        return await factory.EventAsync(start, start.AddHours(3), EventStatus.Published, capacities);
    }

    public static async Task<Event> EventAsync(this PactFactory factory, DateTime startUtc, DateTime endUtc, EventStatus status, params int[] capacities)
    {
        var e = new Event
        {
            Title = "Test cleanup " + Guid.NewGuid().ToString("N")[..6],
            Type = EventType.EnvironmentalCleanup,
            Location = "Eugene Woods Civic Center",
            StartUtc = startUtc,
            EndUtc = endUtc,
            Status = status,
            SeekingVolunteers = true,
            CreatedUtc = DateTime.UtcNow,
            PublishedUtc = status == EventStatus.Draft ? null : DateTime.UtcNow,
            Shifts = capacities.Select((c, i) => new Shift { Role = $"Crew {i + 1}", Capacity = c, StartUtc = startUtc, EndUtc = endUtc }).ToList(),
        };
        await factory.WithDbAsync(async db =>
        {
            db.Events.Add(e);
            await db.SaveChangesAsync();
        });
        return e;
    }

    /// <summary>A resident with a completed volunteer profile (arrangement; the profile form has its own tests).</summary>
    public static async Task<ApplicationUser> VolunteerAsync(this PactFactory factory, string email,
        AgeGroup age = AgeGroup.Adult, BackgroundCheckStatus check = BackgroundCheckStatus.NotStarted)
    {
        var user = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        await factory.WithDbAsync(async db =>
        {
            db.VolunteerProfiles.Add(new VolunteerProfile
            {
                UserId = user.Id,
                Phone = "870-555-0100",
                AgeGroup = age,
                WaiverVersion = "2026-1",
                WaiverAcceptedUtc = DateTime.UtcNow,
                BackgroundCheck = check,
                BackgroundCheckUtc = check == BackgroundCheckStatus.NotStarted ? null : DateTime.UtcNow,
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
                // A minor whose guardian already consented through the link (the consent journey has its own tests).
                GuardianName = age == AgeGroup.Adult ? null : "A Parent",
                GuardianEmail = age == AgeGroup.Adult ? null : "a.parent@example.com",
                GuardianConsent = age == AgeGroup.Adult ? GuardianConsentStatus.NotNeeded : GuardianConsentStatus.Given,
                GuardianConsentUtc = age == AgeGroup.Adult ? null : DateTime.UtcNow,
                GuardianSignature = age == AgeGroup.Adult ? null : "A Parent",
            });
            await db.SaveChangesAsync();
        });
        return user;
    }

    public static async Task<HttpClient> LoggedInVolunteerAsync(this PactFactory factory, string email, AgeGroup age = AgeGroup.Adult,
        BackgroundCheckStatus check = BackgroundCheckStatus.NotStarted)
    {
        await factory.VolunteerAsync(email, age, check);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    public static string EventUrl(this Event e) => $"/events/{e.Id}/x";

    /// <summary>Presses "Sign up" (or "Join the waitlist") for a shift on a fetched event page.</summary>
    public static Task<HtmlPage> SignUpAsync(this HttpClient client, HtmlPage eventPage, int shiftId) =>
        client.SubmitAsync(eventPage, formSelector: $"form[action='/shifts/{shiftId}/signup']");

    public static async Task<HtmlPage> SignUpAsync(this HttpClient client, Event e, int shiftId) =>
        await client.SignUpAsync(await client.GetPageAsync(e.EventUrl()), shiftId);

    /// <summary>The "Cancel…" link of a page (an event page or /my) opens the confirmation page; it changes nothing by itself.</summary>
    public static async Task<HtmlPage> OpenCancelAsync(this HttpClient client, HtmlPage page)
    {
        var link = page.Document.QuerySelector(CancelLink)?.GetAttribute("href");
        Assert.True(link is not null, "No Cancel link on " + page.Url);
        return await client.GetPageAsync(link!);
    }

    /// <summary>Cancels from a page the way a person does: "Cancel…", then "Yes, cancel my shift".</summary>
    public static async Task<HtmlPage> CancelSignupAsync(this HttpClient client, HtmlPage page, IDictionary<string, string?>? values = null) =>
        await client.SubmitAsync(await client.OpenCancelAsync(page), values, "form[action$='/cancel']");

    /// <summary>The link to a sign-up's cancel confirmation page.</summary>
    public const string CancelLink = "a[href^='/signups/'][href*='/cancel']";

    public static async Task<List<Signup>> SignupsAsync(this PactFactory factory, int shiftId) =>
        await factory.WithDbAsync(db => db.Signups.AsNoTracking().Where(s => s.ShiftId == shiftId).OrderBy(s => s.Id).ToListAsync());

    public static async Task<Shift> ShiftAsync(this PactFactory factory, int shiftId) =>
        await factory.WithDbAsync(db => db.Shifts.AsNoTracking().SingleAsync(s => s.Id == shiftId));

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.com";
}
