using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

/// <summary>/my/data: a resident downloads what the portal holds about them, and closes their own account.</summary>
public sealed class YourDataTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private const string InternalNote = "Internal: reporter is the neighbour at 912, do not disclose";
    private const string PublicUpdate = "Code enforcement cleared the lot on Friday.";

    [Fact]
    public async Task The_downloads_hold_the_residents_own_signups_follows_and_named_concerns_and_nothing_of_anyone_else()
    {
        var email = EventSteps.Unique("mine");
        var client = await factory.LoggedInVolunteerAsync(email);
        var otherEmail = EventSteps.Unique("other");
        var other = await factory.LoggedInVolunteerAsync(otherEmail);
        var e = await factory.PublishedEventAsync(5, 5);
        await client.SignUpAsync(e, e.Shifts[0].Id);
        await other.SignUpAsync(e, e.Shifts[1].Id);
        await client.SubmitAsync(await client.GetPageAsync("/my/follows"), new Dictionary<string, string?> { ["Type"] = nameof(EventType.CoffeeWithACop) }, formSelector: "form:has(#Type)");
        var mine = await client.ReportConcernAsync(email);
        var request = await client.RequestVisitAsync(email);
        var theirRequest = await other.RequestVisitAsync(otherEmail);
        var theirs = await other.ReportConcernAsync(otherEmail, v => v["Description"] = "Someone else's concern about loud music.");
        var anonymous = await client.ReportConcernAsync(change: v =>
        {
            v["Description"] = "An anonymous word about speeding on Broadway.";
            v["Anonymous"] = "true";
        });
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Concerns.Where(c => c.ReferenceCode == mine).Select(c => c.Id).SingleAsync();
            db.ConcernUpdates.AddRange(
                new ConcernUpdate { ConcernId = id, IsPublic = false, Body = InternalNote, CreatedUtc = DateTime.UtcNow },
                new ConcernUpdate { ConcernId = id, IsPublic = true, Body = PublicUpdate, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync("/my/data");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("1 sign-up", page.Text);
        Assert.Contains("1 concern", page.Text);
        Assert.NotNull(page.Document.QuerySelector("a[href='/my/data.json']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/my/data/close']"));
        Assert.NotNull((await client.GetPageAsync("/my")).Document.QuerySelector("a[href='/my/data']"));
        Assert.NotNull((await client.GetPageAsync("/Account/Manage")).Document.QuerySelector("a[href='/my/data']"));

        var response = await client.GetAsync("/my/data.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.False(root.GetProperty("account").GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal("870-555-0100", root.GetProperty("volunteerProfile").GetProperty("phone").GetString());
        var signup = Assert.Single(root.GetProperty("signups").EnumerateArray());
        Assert.Equal(e.Title, signup.GetProperty("event").GetString());
        Assert.Equal("Crew 1", signup.GetProperty("shift").GetString());
        Assert.Equal("Confirmed", signup.GetProperty("status").GetString());
        Assert.Equal("CoffeeWithACop", Assert.Single(root.GetProperty("follows").EnumerateArray()).GetProperty("eventType").GetString());
        var concern = Assert.Single(root.GetProperty("concerns").EnumerateArray());
        Assert.Equal(mine, concern.GetProperty("referenceCode").GetString());
        Assert.Equal(PublicUpdate, Assert.Single(concern.GetProperty("publicUpdates").EnumerateArray()).GetProperty("text").GetString());

        Assert.Equal(request, Assert.Single(root.GetProperty("visitRequests").EnumerateArray()).GetProperty("referenceCode").GetString());

        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.DoesNotContain(theirRequest, json);
        Assert.DoesNotContain(otherEmail, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(theirs, json);
        Assert.DoesNotContain("Crew 2", json);
        Assert.DoesNotContain(anonymous, json);
        Assert.DoesNotContain("speeding on Broadway", json);
        Assert.DoesNotContain(InternalNote, json);
        Assert.DoesNotContain(user.PasswordHash!, json);
        Assert.DoesNotContain(user.SecurityStamp!, json);
        Assert.DoesNotContain("passwordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", json, StringComparison.OrdinalIgnoreCase);

        var csvResponse = await client.GetAsync("/my/data.csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", csvResponse.Headers.CacheControl?.ToString());
        var csv = await csvResponse.Content.ReadAsStringAsync();
        Assert.StartsWith("Kind,Date,What,Details", csv.TrimStart('\uFEFF'));
        foreach (var kind in new[] { "\r\nAccount,", "\r\nVolunteer profile,", "\r\nSign-up,", "\r\nFollow,", "\r\nVisit request,", "\r\nConcern," })
        {
            Assert.Contains(kind, csv);
        }

        Assert.Contains(mine, csv);
        Assert.DoesNotContain(theirs, csv);
        Assert.DoesNotContain(InternalNote, csv);

        var audits = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "PersonalDataDownloaded" && a.RecordId == user.Id).ToListAsync());
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.True(a.UserId == user.Id && a.UserName is null && a.IpAddress is null));
    }

    [Fact]
    public async Task Closing_with_a_wrong_password_says_so_and_changes_nothing()
    {
        var email = EventSteps.Unique("wrong-password");
        var client = await factory.LoggedInVolunteerAsync(email);
        var before = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

        var page = await client.GetPageAsync("/my/data/close");
        Assert.Contains("Deleted when you close", page.Text);
        Assert.Contains("Kept, without your name", page.Text);
        var refused = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Password"] = "not my password at all 1" });
        Assert.Equal("/my/data/close", refused.Url.AbsolutePath);
        Assert.Contains(refused.Errors, x => x.Contains("password is not right", StringComparison.Ordinal));
        var empty = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Password"] = "" });
        Assert.Contains("Enter your password to close your account.", empty.Errors);

        var after = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == before.Id));
        Assert.Equal(email, after.Email);
        Assert.Equal(before.PasswordHash, after.PasswordHash);
        Assert.False(after.IsDisabled);
        Assert.True(await factory.WithDbAsync(db => db.VolunteerProfiles.AnyAsync(p => p.UserId == before.Id)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/my")).Status);
    }

    [Fact]
    public async Task Closing_signs_out_for_good_frees_the_seat_keeps_the_hours_and_the_concern_without_the_contact_and_frees_the_address()
    {
        var email = EventSteps.Unique("closing");
        var client = await factory.LoggedInVolunteerAsync(email);
        var waiting = await factory.LoggedInVolunteerAsync(EventSteps.Unique("waiting"));
        var future = await factory.PublishedEventAsync(1);
        var seat = future.Shifts[0].Id;
        await client.SignUpAsync(future, seat);
        await waiting.SignUpAsync(future, seat);
        Assert.Equal([SignupStatus.Confirmed, SignupStatus.Waitlisted], (await factory.SignupsAsync(seat)).Select(s => s.Status));
        var pastStart = DateTime.UtcNow.Date.AddDays(-20).AddHours(15);
        var past = await factory.EventAsync(pastStart, pastStart.AddHours(3), EventStatus.Completed, 5);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        await factory.WithDbAsync(async db =>
        {
            db.Signups.Add(new Signup
            {
                ShiftId = past.Shifts[0].Id, VolunteerId = user.Id, Status = SignupStatus.Attended, Hours = 2.5, HoursApproved = true,
                CreatedUtc = pastStart.AddDays(-5), CheckedInUtc = pastStart, CheckedOutUtc = pastStart.AddHours(2.5), IdempotencyKey = Guid.NewGuid().ToString("N"),
            });
            db.EventFollows.Add(new EventFollow { UserId = user.Id, Type = EventType.ParkAndWalk, CreatedUtc = DateTime.UtcNow });
            // The area digest, as the account's and as a follow of the same address made signed out.
            var areas = await db.Areas.OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync();
            db.AreaFollows.Add(new AreaFollow { AreaId = areas[0], Email = email.ToLowerInvariant(), UserId = user.Id, CreatedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow });
            db.AreaFollows.Add(new AreaFollow { AreaId = areas[1], Email = email.ToLowerInvariant(), CreatedUtc = DateTime.UtcNow, ConfirmedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var code = await client.ReportConcernAsync(email);
        var request = await client.RequestVisitAsync(email);
        Task<double> PastHoursAsync() => factory.WithDbAsync(db => db.Signups.Where(s => s.Shift!.EventId == past.Id && s.Status == SignupStatus.Attended).SumAsync(s => s.Hours ?? 0));
        Assert.Equal(2.5, await PastHoursAsync());

        var otherDevice = factory.CreateBrowserClient();
        await otherDevice.LoginAsync(email);
        Assert.Equal("/my", (await otherDevice.GetPageAsync("/my")).Url.AbsolutePath);

        var data = await client.GetPageAsync("/my/data");
        var confirm = await client.GetPageAsync(data.Document.QuerySelector("a[href='/my/data/close']")!.GetAttribute("href")!);
        var closed = await client.SubmitAsync(confirm, new Dictionary<string, string?> { ["Password"] = TestUsers.Password });
        Assert.Equal("/my/data/closed", closed.Url.AbsolutePath);
        Assert.Contains("Your account is closed", closed.Text);
        Assert.Contains("without your name", closed.Text);
        Assert.Contains("records retention schedule", closed.Text);

        // Signed out, and the old cookie and password open nothing.
        Assert.Equal("/Account/Login", (await client.GetPageAsync("/my")).Url.AbsolutePath);
        Assert.Equal("/Account/Login", (await otherDevice.GetPageAsync("/my")).Url.AbsolutePath);
        var login = await factory.CreateBrowserClient().LoginAsync(email);
        Assert.Equal("/Account/Login", login.Url.AbsolutePath);

        // The hours stay in the program's figures; the seat went to the waitlist.
        Assert.Equal(2.5, await PastHoursAsync());
        var seats = await factory.SignupsAsync(seat);
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Confirmed], seats.Select(s => s.Status));
        Assert.Equal(1, (await factory.ShiftAsync(seat)).Filled);

        // The concern stays, without its reporter.
        var concern = await factory.ConcernAsync(code);
        Assert.Null(concern.ReporterName);
        Assert.Null(concern.ReporterEmail);
        Assert.Null(concern.ReporterPhone);
        Assert.Null(concern.ReporterUserId);
        Assert.Equal("Tires dumped behind the vacant lot again.", concern.Description);
        Assert.Equal(ConcernCategory.IllegalDumping, concern.Category);

        // The visit request stays for the schedule, without the requester's name and contact; the venue's details stay.
        var visit = await factory.RequestAsync(request);
        Assert.DoesNotContain("Pat Secretary", visit.RequesterName);
        Assert.EndsWith("@invalid", visit.RequesterEmail);
        Assert.Null(visit.RequesterPhone);
        Assert.Null(visit.UserId);
        Assert.Equal("Riverside Youth Club hall, 100 Test St", visit.Location);
        Assert.Equal(75, visit.AudienceSize);

        // The account row stays for the sign-ups, with nothing of the person in it.
        await factory.WithDbAsync(async db =>
        {
            var row = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
            Assert.StartsWith("closed-", row.Email);
            Assert.EndsWith("@invalid", row.Email);
            Assert.Equal(row.Email, row.UserName);
            Assert.Null(row.PasswordHash);
            Assert.Null(row.PhoneNumber);
            Assert.DoesNotContain("closing", row.FullName, StringComparison.OrdinalIgnoreCase);
            Assert.True(row.IsDisabled);
            Assert.Equal(DateTimeOffset.MaxValue, row.LockoutEnd);
            Assert.NotEqual(user.SecurityStamp, row.SecurityStamp);
            Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == user.Id));
            Assert.False(await db.VolunteerProfiles.AnyAsync(p => p.UserId == user.Id));
            Assert.False(await db.EventFollows.AnyAsync(f => f.UserId == user.Id));
            Assert.False(await db.AreaFollows.AnyAsync(f => f.UserId == user.Id || f.Email == email.ToLowerInvariant()));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == email));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "AccountClosed" && a.RecordId == user.Id && a.UserName == null));
        });

        // The address is free: registering with it makes a new account and sends a confirmation link.
        await factory.CreateBrowserClient().RegisterAsync(email);
        var again = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
        Assert.NotEqual(user.Id, again.Id);
        Assert.NotNull((await factory.LatestMailAsync(email, "/Account/ConfirmEmail")).Link);
    }

    [Fact]
    public async Task A_staff_account_is_told_to_ask_an_admin_and_cannot_close_itself()
    {
        var email = EventSteps.Unique("staff");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        var page = await client.GetPageAsync("/my/data/close");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Ask an admin", page.Text);
        Assert.Null(page.Document.QuerySelector("input[name='Password']"));

        // A crafted POST with a valid antiforgery token (taken from the account page's form) is refused the same way.
        var manage = await client.GetPageAsync("/Account/Manage");
        manage.Document.QuerySelector("main form[method=post]")!.SetAttribute("action", "/my/data/close");
        var refused = await client.SubmitAsync(manage, new Dictionary<string, string?>
        {
            ["Password"] = TestUsers.Password, ["FullName"] = null, ["PhoneNumber"] = null, ["AreaId"] = null,
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Ask an admin", refused.Text);

        var row = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
        Assert.False(row.IsDisabled);
        Assert.NotNull(row.PasswordHash);
        var roles = await factory.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == row.Id));
        Assert.Equal(2, roles);
    }

    [Fact]
    public async Task The_close_form_survives_bad_input_and_closes_nothing()
    {
        var email = EventSteps.Unique("close-bad");
        var client = await factory.LoggedInVolunteerAsync(email);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        await BadInputKit.RunAsync(client, "/my/data/close", new Dictionary<string, string?> { ["Password"] = "not the password at all" },
            savedCount: () => factory.WithDbAsync(db => db.Users.CountAsync(u => u.Id == id && u.IsDisabled)));

        var row = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal(email, row.Email);
        Assert.False(row.IsDisabled);
        Assert.NotNull(row.PasswordHash);
    }
}
