using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// Test arrangement for the browser tests (the app runs on Kestrel there, so HTTP helpers with cookies do not apply):
/// a request, optionally already booked with Rusty, written directly. The forms themselves are tested in the journeys.
/// </summary>
public static class PresentationArrangements
{
    public static async Task<PresentationRequest> ArrangeRequestAsync(this PactFactory app, string organization, string day, int hour, bool bookRusty)
    {
        var start = CentralTimeInput.ToUtc(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(hour, 0))!.Value;
        return await app.WithDbAsync(async db =>
        {
            var r = new PresentationRequest
            {
                ReferenceCode = "PR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                Kind = PresentationKind.RustyVisit,
                Status = bookRusty ? PresentationStatus.Scheduled : PresentationStatus.Submitted,
                RequesterName = "Arranged Requester",
                RequesterEmail = $"arranged-{Guid.NewGuid():N}@example.com",
                OrganizationName = organization,
                AudienceSize = 50,
                MinutesAllotted = 45,
                Location = organization + " hall",
                RustyRequested = true,
                Option1StartUtc = start,
                Option1EndUtc = start.AddHours(1),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            };
            if (bookRusty)
            {
                var rusty = await db.BookableResources.SingleAsync(x => x.Kind == ResourceKind.Mascot);
                r.Appearance = new Appearance
                {
                    StartUtc = start,
                    EndUtc = start.AddHours(1),
                    Location = r.Location,
                    CreatedUtc = DateTime.UtcNow,
                    Bookings = [new AppearanceBooking { ResourceId = rusty.Id }],
                };
            }

            db.PresentationRequests.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
    }
}
