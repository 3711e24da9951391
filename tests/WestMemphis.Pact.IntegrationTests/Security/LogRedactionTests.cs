using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>Secrets carried in a URL (the private calendar feed's token) never reach the request log.</summary>
public sealed class LogRedactionTests
{
    [Fact]
    public async Task The_calendar_feed_token_is_redacted_from_the_request_log()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { ConfigureTestServices = logs.AddTo }.With("Serilog:MinimumLevel:Default", "Information");
        var user = await factory.VolunteerAsync($"feed-{Guid.NewGuid():N}@example.com");
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var unknown = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CalendarToken, WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.Hash(token))));
        var client = factory.CreateBrowserClient();

        var feed = await client.GetAsync($"/my/calendar/{token}.ics");
        var wrong = await client.GetAsync($"/my/calendar/{unknown}.ics"); // a 404 re-executes the error page under another endpoint

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        await logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/my/calendar/{token}.ics" && e.StringProperty("StatusCode") == "200");
        await logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/my/calendar/{token}.ics" && e.StringProperty("StatusCode") == "404");
        Assert.DoesNotContain(token, logs.Text);
        Assert.DoesNotContain(unknown, logs.Text);
    }

    [Fact]
    public async Task Paths_without_secrets_are_logged_as_they_are()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { ConfigureTestServices = logs.AddTo }.With("Serilog:MinimumLevel:Default", "Information");

        await factory.CreateBrowserClient().GetAsync("/events");

        await logs.WaitForAsync(e => e.StringProperty("RequestPath") == "/events" && e.StringProperty("StatusCode") == "200");
    }

    [Fact]
    public void Every_route_that_carries_a_token_redacts_it_from_the_logs()
    {
        using var factory = new PactFactory();
        var routes = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name.Contains("token", StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.NotEmpty(routes);
        var unredacted = routes
            .Where(e => e.Metadata.GetMetadata<RedactInLogsAttribute>() is not { } redact
                || !e.RoutePattern.Parameters.Where(p => p.Name.Contains("token", StringComparison.OrdinalIgnoreCase)).All(p => redact.RouteValues.Contains(p.Name)))
            .Select(e => e.RoutePattern.RawText);
        Assert.Empty(unredacted);
    }
}
