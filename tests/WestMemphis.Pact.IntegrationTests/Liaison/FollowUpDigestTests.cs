using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Contacts;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

/// <summary>The weekly digest of an officer's open follow-ups goes out once a week through the outbox.</summary>
public sealed class FollowUpDigestTests : IDisposable
{
    // Monday 30 Nov 2026, 6:00 AM in West Memphis (CST, UTC-6): an hour before the week's digests go out.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly PactFactory _factory;

    public FollowUpDigestTests()
    {
        _factory = new PactFactory { Clock = _clock }.With("Liaison:DigestPollSeconds", "0");
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Each_officer_with_open_follow_ups_gets_one_digest_a_week_listing_overdue_ones_and_never_twice()
    {
        var officer = await _factory.CreateUserAsync(LiaisonSteps.Unique("digest-officer"), TestUsers.Password, Roles.Officer);
        var quiet = await _factory.CreateUserAsync(LiaisonSteps.Unique("quiet-officer"), TestUsers.Password, Roles.Officer);
        var visit = new DateTime(2026, 11, 16, 16, 0, 0, DateTimeKind.Utc);
        await _factory.WithDbAsync(async db =>
        {
            db.ContactLogs.AddRange(
                new ContactLog { OfficerId = officer.Id, WhenUtc = visit, Purpose = "Visit", FollowUp = "Call the pastor back", FollowUpOwnerId = officer.Id, FollowUpDue = new DateOnly(2026, 11, 20), CreatedUtc = visit },
                new ContactLog { OfficerId = officer.Id, WhenUtc = visit, Purpose = "Visit", FollowUp = "Drop off flyers", FollowUpOwnerId = officer.Id, FollowUpDue = new DateOnly(2026, 12, 4), CreatedUtc = visit },
                new ContactLog { OfficerId = officer.Id, WhenUtc = visit, Purpose = "Visit", FollowUp = "Already done", FollowUpOwnerId = officer.Id, FollowUpClosedUtc = visit, CreatedUtc = visit },
                new ContactLog { OfficerId = quiet.Id, WhenUtc = visit, Purpose = "Visit", CreatedUtc = visit });
            await db.SaveChangesAsync();
        });
        var digests = _factory.Services.GetRequiredService<FollowUpDigestService>();
        _clock.Advance(TimeSpan.FromHours(2)); // 8:00 AM

        Assert.Equal(1, await digests.SendDueAsync());
        Assert.Equal(0, await digests.SendDueAsync()); // the same week: nothing more, even after a restart (the claim is in the database)
        var mail = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "FollowUpDigest").ToListAsync());
        var message = Assert.Single(mail);
        Assert.Equal(officer.Email, message.ToAddress);
        Assert.Equal("Your follow-ups this week: 2 open, 1 overdue", message.Subject);
        Assert.Contains("Call the pastor back: OVERDUE, was due Fri, Nov 20", message.TextBody);
        Assert.DoesNotContain("Already done", message.TextBody);
        Assert.Equal(1, await _factory.SendQueuedMailAsync());

        _clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await digests.SendDueAsync()); // next week, the next digest
    }

    [Fact]
    public async Task Before_seven_on_monday_the_new_week_has_not_started_for_digests()
    {
        var officer = await _factory.CreateUserAsync(LiaisonSteps.Unique("early-officer"), TestUsers.Password, Roles.Officer);
        await _factory.WithDbAsync(async db =>
        {
            db.ContactLogs.Add(new ContactLog { OfficerId = officer.Id, WhenUtc = DateTime.UtcNow.AddDays(-30), Purpose = "Visit", FollowUp = "Call", FollowUpOwnerId = officer.Id, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        Assert.Equal(0, await _factory.Services.GetRequiredService<FollowUpDigestService>().SendDueAsync());
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await _factory.Services.GetRequiredService<FollowUpDigestService>().SendDueAsync());
    }
}
