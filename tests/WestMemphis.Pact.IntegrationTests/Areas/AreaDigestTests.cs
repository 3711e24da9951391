using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.IntegrationTests.Areas;

/// <summary>Monday 30 Nov 2026, 8:30 AM in West Memphis: the week's digests are due, and October 2026 is the latest closed month of /crime.</summary>
public sealed class DigestMondayFactory : PactFactory
{
    public DigestMondayFactory()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 30, 0, TimeSpan.Zero));
        With("AreaDigest:PollSeconds", "0");
    }
}

/// <summary>Following an area by email: double opt-in, the weekly digest with only what the public pages show, and the one-click stop.</summary>
public sealed class AreaDigestTests(DigestMondayFactory app) : IClassFixture<DigestMondayFactory>
{
    private static readonly DateTime October = new(2026, 10, 15, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_anonymous_follower_confirms_gets_the_digest_with_the_published_figures_once_a_week_and_stops_it_in_one_click()
    {
        await SeedCrimeAsync();
        var email = LiaisonSteps.Unique("follower");
        var pending = LiaisonSteps.Unique("pending");
        var client = app.CreateBrowserClient();

        // From the area page to its follow form.
        var area = await client.GetPageAsync("/areas/w2");
        var followLink = area.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).First(h => h == "/areas/w2/follow");
        var form = await client.GetPageAsync(followLink!);
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var sent = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Email"] = email });
        Assert.Contains("Check your email", sent.StatusMessage);
        await client.SubmitAsync(await client.GetPageAsync("/areas/w2/follow"), new Dictionary<string, string?> { ["Email"] = pending });

        var (subject, _, confirmLink) = await app.LatestMailAsync(email, "/areas/follow/confirm/");
        Assert.Contains("Ward 2", subject);
        var confirm = await client.GetPageAsync(new Uri(confirmLink!).PathAndQuery);
        Assert.Contains("no-store", confirm.Response.Headers.CacheControl?.ToString());
        Assert.Null(await app.WithDbAsync(db => db.AreaFollows.Where(f => f.Email == email).Select(f => f.ConfirmedUtc).SingleAsync())); // the GET confirms nothing
        var confirmed = await client.SubmitAsync(confirm);
        Assert.Contains("You follow Ward 2", confirmed.Text);
        // Only the hash of a link's secret is stored.
        var secret = new Uri(confirmLink!).Segments[^1];
        Assert.False(await app.WithDbAsync(db => db.AreaFollowLinks.AnyAsync(l => l.TokenHash == secret)));

        var digests = app.Services.GetRequiredService<AreaDigestService>();
        await digests.SendDueAsync();
        Assert.Equal(0, await digests.SendDueAsync()); // the week is claimed: never twice
        var message = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == AreaDigestService.Kind && m.ToAddress == email));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == AreaDigestService.Kind && m.ToAddress == pending))); // unconfirmed: no digest

        // The figures: Ward 2's row of /crime for October against July to September, in words; the one persons offense is withheld, never a number.
        Assert.Contains("Crimes against property: 30 in October 2026, more than an average of 20 a month over the 3 months before (July 2026 to September 2026).", message.TextBody);
        Assert.Contains("Crimes against persons: withheld", message.TextBody);
        Assert.DoesNotContain("Crimes against persons: 1 ", message.TextBody);
        var crime = await client.GetPageAsync("/crime?month=2026-10");
        var row = crime.Document.QuerySelectorAll("table.public-crime tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "Ward 2")
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        string[] labels = ["Crimes against persons", "Crimes against property", "Crimes against society", "All published offenses"];
        for (var i = 0; i < labels.Length; i++)
        {
            var line = message.TextBody.Split('\n').Single(l => l.StartsWith(labels[i] + ":", StringComparison.Ordinal));
            Assert.StartsWith(row[i] == "withheld*" ? $"{labels[i]}: withheld" : $"{labels[i]}: {row[i]} in October 2026", line);
        }

        Assert.Contains("The Ward 2 Walk", message.TextBody);
        Assert.Contains("Volunteers needed: Greeter", message.TextBody);
        Assert.Contains("Why you get this", message.TextBody);

        // The stop link in the body, and the RFC 8058 headers on the message as sent.
        Assert.NotNull(message.UnsubscribeUrl);
        Assert.Contains("/areas/follow/stop/", message.TextBody);
        var mime = OutboxSender.Compose(message, new MailOptions());
        Assert.Equal($"<{message.UnsubscribeUrl}>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);

        // One click, as a mail provider does it: no page, no cookie, no antiforgery token; anything else is refused.
        var provider = app.CreateClient();
        var oneClick = new Uri(message.UnsubscribeUrl!).PathAndQuery;
        Assert.Equal(HttpStatusCode.BadRequest, (await provider.PostAsync(oneClick, new FormUrlEncodedContent([new("something", "else")]))).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == email)));
        var stopped = await provider.PostAsync(oneClick, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == email)));

        // Next week nobody is left to send to but confirmed followers.
        var stopPage = await client.GetPageAsync(new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody, @"https?://\S+/areas/follow/stop/[0-9a-f]+").Value).PathAndQuery);
        Assert.Contains("does not work", stopPage.Text);
    }

    [Fact]
    public async Task The_stop_link_in_the_body_opens_a_page_whose_button_stops_the_digest()
    {
        var email = LiaisonSteps.Unique("stopper");
        var client = app.CreateBrowserClient();
        await client.SubmitAsync(await client.GetPageAsync("/areas/w1/follow"), new Dictionary<string, string?> { ["Email"] = email });
        var (_, _, confirmLink) = await app.LatestMailAsync(email, "/areas/follow/confirm/");
        await client.SubmitAsync(await client.GetPageAsync(new Uri(confirmLink!).PathAndQuery));
        await app.Services.GetRequiredService<AreaDigestService>().SendDueAsync();

        var (subject, _, stopLink) = await app.LatestMailAsync(email, "/areas/follow/stop/");
        Assert.Equal("This week in Ward 1: PACT digest", subject);
        var page = await client.GetPageAsync(new Uri(stopLink!).PathAndQuery);
        Assert.True(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == email))); // opening the link stops nothing
        var done = await client.SubmitAsync(page);
        Assert.Contains("No more digests for Ward 1", done.Text);
        Assert.False(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == email)));
    }

    [Theory]
    [InlineData("not-an-email", "Enter an email address like name@example.com.")]
    [InlineData("", "Enter your email address.")]
    public async Task A_bad_address_is_refused_on_the_same_page_with_what_was_typed(string typed, string message)
    {
        var client = app.CreateBrowserClient();
        var page = await client.SubmitAsync(await client.GetPageAsync("/areas/w2/follow"), new Dictionary<string, string?> { ["Email"] = typed });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Errors);
        Assert.Equal(typed, page.FieldValue("Email"));
    }

    [Fact]
    public async Task A_too_long_address_is_refused_with_its_limit()
    {
        var client = app.CreateBrowserClient();
        var typed = new string('a', 250) + "@example.com";
        var page = await client.SubmitAsync(await client.GetPageAsync("/areas/w2/follow"), new Dictionary<string, string?> { ["Email"] = typed });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"Email addresses are at most {FieldLengths.Email} characters.", page.Errors);
        Assert.Equal(typed, page.FieldValue("Email"));
        Assert.False(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == typed)));
    }

    [Fact]
    public async Task A_signed_in_resident_follows_with_the_confirmed_account_address_at_once_and_toggles_the_digest_on_my_follows()
    {
        var email = LiaisonSteps.Unique("resident-follower");
        await app.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        var client = app.CreateBrowserClient();
        await client.LoginAsync(email);

        var form = await client.GetPageAsync("/areas/w3/follow");
        Assert.Contains(email, form.Text);
        var follows = await client.SubmitAsync(form);
        Assert.Equal("/my/follows", follows.Url.AbsolutePath);
        Assert.Contains("Ward 3 (weekly digest on)", follows.Text);
        Assert.NotNull(await app.WithDbAsync(db => db.AreaFollows.Where(f => f.Email == email).Select(f => f.ConfirmedUtc).SingleAsync())); // no second opt-in
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Kind == "AreaFollowConfirmation")));

        // Back on the follow page, the resident is told they already follow it instead of being offered it again.
        var again = await client.GetPageAsync("/areas/w3/follow");
        Assert.Contains("You already follow Ward 3.", again.Document.QuerySelector("#already-following")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("main form[action='/areas/w3/follow']"));

        await app.Services.GetRequiredService<AreaDigestService>().SendDueAsync();
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Kind == AreaDigestService.Kind)));

        var off = await client.SubmitAsync(follows, formSelector: "form[action$='/digest']");
        Assert.Contains("Ward 3 (weekly digest off)", off.Text);
        Assert.False(await app.WithDbAsync(db => db.AreaFollows.AnyAsync(f => f.Email == email)));
        var on = await client.SubmitAsync(off, formSelector: "form[action$='/digest']");
        Assert.Contains("Ward 3 (weekly digest on)", on.Text);
    }

    private Task SeedCrimeAsync() =>
        app.WithDbAsync(async db =>
        {
            await db.NibrsOffenseCodes.Where(c => c.Code == "13B" || c.Code == "220" || c.Code == "35A")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, true));
            var areas = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Id);
            void Add(string area, string code, OffenseCategory category, DateTime when, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var incident = new Incident
                    {
                        Source = "digest-test", SourceIncidentNumber = Guid.NewGuid().ToString("N")[..12], OccurredAtUtc = when, Address = "1523 N Missouri St",
                        HundredBlock = "1500 BLOCK N MISSOURI ST", AreaId = areas[area], OffenseCount = 1, UpdatedAtUtc = when,
                    };
                    incident.Offenses.Add(new IncidentOffense { OffenseKey = code, NibrsCode = code, Description = "test " + code, Category = category, PartIClass = PartIClass.None, OccurredAtUtc = when, AreaId = areas[area] });
                    db.Incidents.Add(incident);
                }
            }

            Add("W2", "220", OffenseCategory.Property, October, 30);
            Add("W2", "13B", OffenseCategory.Persons, October, 1); // a small count: withheld on /crime, so in the digest
            Add("W2", "35A", OffenseCategory.Society, October, 5);
            Add("W1", "13B", OffenseCategory.Persons, October, 10);
            Add("W1", "35A", OffenseCategory.Society, October, 8);
            foreach (var month in new[] { 7, 8, 9 })
            {
                Add("W2", "220", OffenseCategory.Property, new DateTime(2026, month, 15, 18, 0, 0, DateTimeKind.Utc), 20);
            }

            var start = new DateTime(2026, 12, 5, 15, 0, 0, DateTimeKind.Utc);
            var walk = new Event { Title = "The Ward 2 Walk", Type = EventType.ParkAndWalk, Location = "Civic Center", AreaId = areas["W2"], StartUtc = start, EndUtc = start.AddHours(2), Status = EventStatus.Published, SeekingVolunteers = true, CreatedUtc = start.AddDays(-10), PublishedUtc = start.AddDays(-10) };
            walk.Shifts.Add(new Shift { Role = "Greeter", StartUtc = start, EndUtc = start.AddHours(1), Capacity = 3 });
            db.Events.Add(walk);
            await db.SaveChangesAsync();
        });
}
