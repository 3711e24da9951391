using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>Capacity is never overbooked and the waitlist is first-come, under real concurrent HTTP requests on real SQLite.</summary>
public sealed class ShiftCapacityTests(PactFactory factory, ITestOutputHelper output) : IClassFixture<PactFactory>
{
    private async Task<List<HttpClient>> VolunteersAsync(string prefix, int count)
    {
        // Password hashing makes log-in slow: create and log in everyone before the timed burst, in parallel.
        var clients = new HttpClient[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            clients[i] = await factory.LoggedInVolunteerAsync(EventSteps.Unique($"{prefix}{i}"));
        });
        return [.. clients];
    }

    [Fact]
    public async Task A_hundred_simultaneous_sign_ups_for_ten_seats_confirm_exactly_ten_and_waitlist_ninety_in_arrival_order()
    {
        var e = await factory.PublishedEventAsync(10);
        var shiftId = e.Shifts[0].Id;
        var clients = await VolunteersAsync("burst", 100);
        var pages = await Task.WhenAll(clients.Select(c => c.GetPageAsync(e.EventUrl())));

        var started = DateTime.UtcNow;
        var results = await Task.WhenAll(clients.Select((c, i) => c.SignUpAsync(pages[i], shiftId)));
        output.WriteLine($"100 sign-ups took {(DateTime.UtcNow - started).TotalMilliseconds:0} ms");

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var signups = await factory.SignupsAsync(shiftId);
        var confirmed = signups.Where(s => s.Status == SignupStatus.Confirmed).ToList();
        var waitlisted = signups.Where(s => s.Status == SignupStatus.Waitlisted).ToList();
        output.WriteLine($"Confirmed {confirmed.Count}, waitlisted {waitlisted.Count}");
        Assert.Equal(100, signups.Count);
        Assert.Equal(10, confirmed.Count);
        Assert.Equal(90, waitlisted.Count);

        // Arrival order: every confirmed sign-up came before every waitlisted one, and the waitlist is in order.
        Assert.True(confirmed.Max(s => s.Id) < waitlisted.Min(s => s.Id));
        Assert.Equal(waitlisted.OrderBy(s => s.CreatedUtc).ThenBy(s => s.Id).Select(s => s.Id), waitlisted.Select(s => s.Id));
        var shift = await factory.ShiftAsync(shiftId);
        Assert.Equal(10, shift.Filled);
        Assert.Equal(90, shift.WaitlistCount);

        // What each person was told matches what was stored.
        Assert.Equal(10, results.Count(r => r.StatusMessage?.Contains("You're signed up", StringComparison.Ordinal) == true));
        Assert.Equal(90, results.Count(r => r.StatusMessage?.Contains("on the waitlist", StringComparison.Ordinal) == true));
        var positions = results.Select(r => r.StatusMessage).Where(m => m?.Contains("number", StringComparison.Ordinal) == true)
            .Select(m => int.Parse(m!.Split("number ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 90), positions);
    }

    [Fact]
    public async Task Fifty_simultaneous_cancellations_and_sign_ups_keep_confirmed_within_capacity_and_the_waitlist_in_order()
    {
        var e = await factory.PublishedEventAsync(20);
        var shiftId = e.Shifts[0].Id;
        var first = await VolunteersAsync("holder", 50);
        foreach (var client in first)
        {
            await client.SignUpAsync(e, shiftId);
        }

        var before = await factory.SignupsAsync(shiftId);
        Assert.Equal(20, before.Count(s => s.Status == SignupStatus.Confirmed));
        Assert.Equal(30, before.Count(s => s.Status == SignupStatus.Waitlisted));

        // 25 confirmed or waitlisted people cancel while 25 newcomers sign up, all at once.
        var newcomers = await VolunteersAsync("newcomer", 25);
        var cancelPages = await Task.WhenAll(first.Take(25).Select(async c => await c.OpenCancelAsync(await c.GetPageAsync(e.EventUrl()))));
        var signupPages = await Task.WhenAll(newcomers.Select(c => c.GetPageAsync(e.EventUrl())));
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var cancels = first.Take(25).Select(async (c, i) =>
            statuses.Add((await c.SubmitAsync(cancelPages[i], formSelector: "form[action$='/cancel']")).Status));
        var signups = newcomers.Select(async (c, i) => statuses.Add((await c.SignUpAsync(signupPages[i], shiftId)).Status));
        await Task.WhenAll(cancels.Concat(signups));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var after = await factory.SignupsAsync(shiftId);
        var confirmed = after.Where(s => s.Status == SignupStatus.Confirmed).ToList();
        var waitlisted = after.Where(s => s.Status == SignupStatus.Waitlisted).ToList();
        output.WriteLine($"After: confirmed {confirmed.Count}, waitlisted {waitlisted.Count}, cancelled {after.Count(s => s.Status == SignupStatus.Cancelled)}");
        Assert.Equal(25, after.Count(s => s.Status == SignupStatus.Cancelled));
        Assert.Equal(20, confirmed.Count);
        Assert.Equal(30, waitlisted.Count);

        // Nobody still waiting signed up before anyone who was promoted (first come, first served).
        var promoted = confirmed.Where(s => s.PromotedUtc is not null).ToList();
        Assert.NotEmpty(promoted);
        Assert.True(promoted.Max(s => s.Id) < waitlisted.Min(s => s.Id));
        var shift = await factory.ShiftAsync(shiftId);
        Assert.Equal(20, shift.Filled);
        Assert.Equal(30, shift.WaitlistCount);

        // Every promoted person was emailed, in the same transaction as the cancellation that freed their seat.
        var promotedIds = after.Where(s => s.PromotedUtc is not null).Select(s => s.VolunteerId).ToList();
        var promotedMail = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "WaitlistPromoted"
            && db.Users.Any(u => promotedIds.Contains(u.Id) && u.Email == m.ToAddress)));
        Assert.Equal(after.Count(s => s.PromotedUtc is not null), promotedMail);
    }

    [Fact]
    public async Task A_double_clicked_sign_up_creates_one_sign_up()
    {
        var e = await factory.PublishedEventAsync(5);
        var shiftId = e.Shifts[0].Id;
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("double"));
        var page = await client.GetPageAsync(e.EventUrl());

        // The same form (same idempotency key) twice at once, then a third time later.
        var results = await Task.WhenAll(client.SignUpAsync(page, shiftId), client.SignUpAsync(page, shiftId));
        var again = await client.SignUpAsync(page, shiftId);

        Assert.All(results.Append(again), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var signups = await factory.SignupsAsync(shiftId);
        Assert.Single(signups);
        Assert.Equal(1, (await factory.ShiftAsync(shiftId)).Filled);
    }

    [Fact]
    public async Task Two_tabs_signing_one_person_up_for_overlapping_shifts_at_once_leave_one_sign_up()
    {
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("tabs"));
        for (var round = 0; round < 5; round++)
        {
            // Two shifts at the same time, on a different day each round.
            var start = DateTime.UtcNow.Date.AddDays(20 + round).AddHours(15);
            var e = await factory.EventAsync(start, start.AddHours(3), EventStatus.Published, 5, 5);
            var tabA = await client.GetPageAsync(e.EventUrl());
            var tabB = await client.GetPageAsync(e.EventUrl());

            var results = await Task.WhenAll(client.SignUpAsync(tabA, e.Shifts[0].Id), client.SignUpAsync(tabB, e.Shifts[1].Id));

            Assert.All(results, r => Assert.True((int)r.Status < 500, $"answered {(int)r.Status}"));
            var active = (await factory.SignupsAsync(e.Shifts[0].Id)).Concat(await factory.SignupsAsync(e.Shifts[1].Id))
                .Count(s => s.Status is SignupStatus.Confirmed or SignupStatus.Waitlisted);
            Assert.Equal(1, active);
        }
    }

    [Fact]
    public async Task The_same_person_cannot_hold_two_sign_ups_for_one_shift_or_two_overlapping_shifts()
    {
        var e = await factory.PublishedEventAsync(5, 5);
        var client = await factory.LoggedInVolunteerAsync(EventSteps.Unique("overlap"));
        var page = await client.GetPageAsync(e.EventUrl());
        await client.SignUpAsync(page, e.Shifts[0].Id);

        // A stale page (from before the sign-up) still shows the button: the server refuses.
        var sameShift = await client.SignUpAsync(page, e.Shifts[0].Id);
        Assert.Single(await factory.SignupsAsync(e.Shifts[0].Id));
        Assert.NotEqual(HttpStatusCode.InternalServerError, sameShift.Status);

        var overlapping = await client.SignUpAsync(page, e.Shifts[1].Id);
        Assert.Equal(HttpStatusCode.Conflict, overlapping.Status);
        Assert.Contains("overlaps another shift you signed up for", overlapping.Text);
        Assert.Empty(await factory.SignupsAsync(e.Shifts[1].Id));
    }

    [Fact]
    public async Task A_cancellation_promotes_the_first_waitlisted_person_and_queues_their_email()
    {
        var e = await factory.PublishedEventAsync(1);
        var shiftId = e.Shifts[0].Id;
        var holder = await factory.LoggedInVolunteerAsync(EventSteps.Unique("solo-holder"));
        var firstWaitingEmail = EventSteps.Unique("waiting1");
        var firstWaiting = await factory.LoggedInVolunteerAsync(firstWaitingEmail);
        var secondWaiting = await factory.LoggedInVolunteerAsync(EventSteps.Unique("waiting2"));
        await holder.SignUpAsync(e, shiftId);
        Assert.Contains("number 1 on the waitlist", (await firstWaiting.SignUpAsync(e, shiftId)).StatusMessage);
        Assert.Contains("number 2 on the waitlist", (await secondWaiting.SignUpAsync(e, shiftId)).StatusMessage);

        var cancelled = await holder.CancelSignupAsync(await holder.GetPageAsync("/my"));
        Assert.Contains("cancelled", cancelled.StatusMessage);

        var signups = await factory.SignupsAsync(shiftId);
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Confirmed, SignupStatus.Waitlisted], signups.Select(s => s.Status));
        var mail = await factory.LatestMailAsync(firstWaitingEmail);
        Assert.Contains("A place opened up", mail.Subject);
        Assert.Contains("Waitlist: number 1", (await secondWaiting.GetPageAsync("/my")).Text);
    }
}
