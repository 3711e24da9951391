using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// The coordinator's event forms carry the version they were shown with: a page older than the last change is
/// refused with the one "changed by someone else" message, and nothing it sent is saved.
/// </summary>
public sealed class StaleEventFormTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task A_stale_cancel_form_cancels_nothing_and_shows_the_event_as_saved()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var e = await factory.PublishedEventAsync(2);
        var stale = await coordinator.GetPageAsync($"/manage/events/{e.Id}/cancel");
        var saved = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/events/{e.Id}/edit"), new Dictionary<string, string?> { ["Title"] = "Renamed meanwhile" });
        Assert.Contains("Event saved", saved.StatusMessage);

        var refused = await coordinator.SubmitAsync(stale, new Dictionary<string, string?> { ["Reason"] = "Storm." });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(SaveChangesExtensions.ChangedBySomeoneElse("event"), refused.Errors);
        Assert.Contains("Renamed meanwhile", refused.Document.QuerySelector("h1")!.TextContent);
        var now = await factory.WithDbAsync(db => db.Events.AsNoTracking().Where(x => x.Id == e.Id).Select(x => new { x.Status, x.CancellationReason }).SingleAsync());
        Assert.Equal((EventStatus.Published, (string?)null), (now.Status, now.CancellationReason));
    }

    [Fact]
    public async Task Stale_cleanup_results_are_refused_and_the_saved_results_are_shown()
    {
        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var e = await factory.EventAsync(DateTime.UtcNow.AddDays(-2), DateTime.UtcNow.AddDays(-2).AddHours(3), EventStatus.Published, 2);
        var first = await coordinator.GetPageAsync($"/manage/events/{e.Id}/results");
        var second = await coordinator.GetPageAsync($"/manage/events/{e.Id}/results");
        Assert.Contains("Cleanup results saved", (await coordinator.SubmitAsync(first, new Dictionary<string, string?> { ["Bags"] = "12" })).StatusMessage);

        var refused = await coordinator.SubmitAsync(second, new Dictionary<string, string?> { ["Bags"] = "99" });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(SaveChangesExtensions.ChangedBySomeoneElse("cleanup result"), refused.Errors);
        Assert.Equal("12", refused.FieldValue("Bags"));
        Assert.Equal(12, await factory.WithDbAsync(db => db.CleanupResults.Where(r => r.EventId == e.Id).Select(r => r.Bags).SingleAsync()));
    }
}
