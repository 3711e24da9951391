using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.IntegrationTests.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>
/// Every email about a request or a concern, and the sent page, carry a private link that opens the status page without
/// the code and email; only its SHA-256 is stored, it never reaches the log, and the requester or staff can stop it.
/// </summary>
public sealed class StatusLinkTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static string Email() => $"link-{Guid.NewGuid():N}@example.com";

    private static string Token(string url) => new Uri(url).AbsolutePath["/status/".Length..];

    private static string Sha256(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();

    [Fact]
    public async Task The_sent_page_and_every_email_link_to_the_status_page_and_only_a_hash_is_kept()
    {
        var email = Email();
        var requester = factory.CreateBrowserClient();
        var values = PresentationSteps.ValidRequest(email, 45);
        values["OrganizationName"] = "Private Link Club";
        var sent = await requester.SubmitRequestAsync(values);
        var code = PresentationSteps.Code(sent.StatusMessage!);

        // The sent page links to the request's status at once.
        var fromSentPage = sent.Document.QuerySelector("#private-status-link")?.GetAttribute("href");
        Assert.NotNull(fromSentPage);
        var opened = await factory.CreateBrowserClient().GetPageAsync(new Uri(fromSentPage!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Contains(code, opened.Text, StringComparison.Ordinal);
        Assert.Contains("Private Link Club", opened.Text, StringComparison.Ordinal);
        Assert.Equal("no-referrer", opened.Response.Headers.GetValues("Referrer-Policy").Single());

        // The received email carries the same link, which opens the same page as a look-up by code and email.
        var received = await factory.LatestMailAsync(email, "/status/");
        Assert.NotNull(received.Link);
        Assert.Equal(fromSentPage, received.Link);
        var byLink = await factory.CreateBrowserClient().GetPageAsync(new Uri(received.Link!).PathAndQuery);
        var byCode = await factory.CreateBrowserClient().CheckStatusAsync(code, email);
        Assert.Equal(byCode.Document.QuerySelector("#result-title")!.TextContent, byLink.Document.QuerySelector("#result-title")!.TextContent);

        // Later emails (a message, a decline) carry links too.
        var id = (await factory.RequestAsync(code)).Id;
        var coordinator = await factory.CoordinatorAsync();
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["Body"] = "Is 9:30 fine?" }, "form[action$='/message']");
        var message = await factory.LatestMailAsync(email, "/status/");
        Assert.NotEqual(received.Link, message.Link);
        Assert.Contains("Is 9:30 fine?", (await factory.CreateBrowserClient().GetPageAsync(new Uri(message.Link!).PathAndQuery)).Text, StringComparison.Ordinal);

        // Only hashes are stored: no row holds a secret.
        var stored = await factory.WithDbAsync(db => db.StatusLinks.Where(l => l.PresentationRequestId == id).Select(l => l.TokenHash).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Contains(Sha256(Token(received.Link!)), stored);
        Assert.Contains(Sha256(Token(message.Link!)), stored);
        Assert.DoesNotContain(Token(received.Link!), stored);
    }

    [Fact]
    public async Task The_requester_stops_every_link_from_the_page_a_link_opens()
    {
        var email = Email();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(46); v["Option2Date"] = PresentationSteps.DaysAhead(47); });
        var first = (await factory.LatestMailAsync(email, "/status/")).Link!;
        var id = (await factory.RequestAsync(code)).Id;
        var coordinator = await factory.CoordinatorAsync();
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["Body"] = "Hello." }, "form[action$='/message']");
        var second = (await factory.LatestMailAsync(email, "/status/")).Link!;

        var requester = factory.CreateBrowserClient();
        var page = await requester.GetPageAsync(new Uri(second).PathAndQuery);
        var stopped = await requester.SubmitAsync(page, formSelector: "form[action='/status/link/revoke']");
        Assert.Contains("no longer work", stopped.StatusMessage, StringComparison.Ordinal);

        foreach (var link in new[] { first, second })
        {
            var gone = await factory.CreateBrowserClient().GetPageAsync(new Uri(link).PathAndQuery);
            Assert.Equal(HttpStatusCode.NotFound, gone.Status);
            Assert.Contains("This status link does not work", gone.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(code, gone.Text, StringComparison.Ordinal);
        }

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "StatusLinksRevoked" && a.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // The code and email still work, and the next email brings a new link.
        Assert.Contains(code, (await factory.CreateBrowserClient().CheckStatusAsync(code, email)).Text, StringComparison.Ordinal);
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/manage/presentations/{id}"), new Dictionary<string, string?> { ["Body"] = "Again." }, "form[action$='/message']");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetPageAsync(new Uri((await factory.LatestMailAsync(email, "/status/")).Link!).PathAndQuery)).Status);
    }

    [Fact]
    public async Task Staff_stop_the_links_of_a_request()
    {
        var email = Email();
        var code = await factory.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(48); v["Option2Date"] = PresentationSteps.DaysAhead(49); });
        var link = (await factory.LatestMailAsync(email, "/status/")).Link!;
        var id = (await factory.RequestAsync(code)).Id;
        var coordinator = await factory.CoordinatorAsync();

        var details = await coordinator.GetPageAsync($"/manage/presentations/{id}");
        Assert.Contains("1 link works", details.Text, StringComparison.Ordinal); // the one in the email (and on the sent page)
        var done = await coordinator.SubmitAsync(details, formSelector: $"form[action='/manage/presentations/{id}/status-links/revoke']");
        Assert.Contains("no longer work", done.StatusMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "StatusLinksRevoked" && a.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_concern_email_carries_a_link_to_the_concern_status()
    {
        var email = Email();
        var code = await factory.CreateBrowserClient().ReportConcernAsync(email);
        var mail = await factory.LatestMailAsync(email, "/status/");
        Assert.NotNull(mail.Link);
        var page = await factory.CreateBrowserClient().GetPageAsync(new Uri(mail.Link!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(code, page.Text, StringComparison.Ordinal);
        Assert.Contains("900 S 16th St", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    public async Task A_wrong_or_unknown_link_says_so_and_offers_the_look_up(string token)
    {
        var page = await factory.CreateBrowserClient().GetPageAsync($"/status/{token}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("This status link does not work", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("form[action='/status']"));
    }

    [Fact]
    public async Task The_link_never_reaches_the_request_log()
    {
        var logs = new LogCapture();
        using var logged = new PactFactory { ConfigureTestServices = logs.AddTo }.With("Serilog:MinimumLevel:Default", "Information");
        var email = Email();
        await logged.CreateBrowserClient().RequestVisitAsync(email, v => { v["Option1Date"] = PresentationSteps.DaysAhead(50); v["Option2Date"] = PresentationSteps.DaysAhead(51); });
        var token = Token((await logged.LatestMailAsync(email, "/status/")).Link!);
        var unknown = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

        Assert.Equal(HttpStatusCode.OK, (await logged.CreateBrowserClient().GetAsync($"/status/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await logged.CreateBrowserClient().GetAsync($"/status/{unknown}")).StatusCode);

        await logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/status/{token}" && e.StringProperty("StatusCode") == "200");
        await logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/status/{token}" && e.StringProperty("StatusCode") == "404");
        Assert.DoesNotContain(token, logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(unknown, logs.Text, StringComparison.Ordinal);
    }
}
