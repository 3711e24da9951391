using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Records;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// A logged release of one record of each kind, so the release copies (the printable page with its withheld fields
/// marked) are the sample addresses; the form before them is the same page without "?release=".
/// </summary>
public static class RecordReleaseSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var user = await app.WithDbAsync(db => db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync());
        await AddAsync(app, samples, "concern", "Concern", await app.ConcernAsync());
        await AddAsync(app, samples, "request", "PresentationRequest", await app.SchoolRequestAsync());
        await AddAsync(app, samples, "problem", "Problem", await app.ProblemAsync(user));
        await AddAsync(app, samples, "review", "CrimeReview", await app.ReviewMeetingAsync(user));
        // Replaced by the signed-in officer's own contact log (LiaisonSamples.AddOwnContactAsync); others see "not found".
        samples["GET records/release/contact/{id:int}"] = "/records/release/contact/0";
    }

    /// <summary>An officer opens only their own contact logs, and so only their releases.</summary>
    public static Task AddOwnContactAsync(PactFactory app, int contactId, Dictionary<string, string> samples) =>
        AddAsync(app, samples, "contact", "ContactLog", contactId);

    private static async Task AddAsync(PactFactory app, Dictionary<string, string> samples, string segment, string recordType, int id)
    {
        var release = await app.WithDbAsync(async db =>
        {
            var entry = new AuditEntry
            {
                WhenUtc = DateTime.UtcNow, Action = "RecordReleased", RecordType = recordType, RecordId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Details = "Requested by: Crittenden County Evening Times newsroom\nRequest date: 2026-12-01\nReleased: sample.",
            };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        samples[$"GET records/release/{segment}/{{id:int}}"] = $"/records/release/{segment}/{id}?release={release}";
    }
}
