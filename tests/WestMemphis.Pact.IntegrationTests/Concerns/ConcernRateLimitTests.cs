using System.Net;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

public sealed class ConcernRateLimitTests
{
    /// <summary>
    /// 10,000 submissions from one address: the budget trips long before, so the loop stops at the first 429
    /// (it would fail if 10,000 went through) and checks that the rest keep getting the form back, nothing saved.
    /// </summary>
    [Fact]
    public async Task Ten_thousand_submissions_from_one_address_get_the_form_back_with_when_to_try_again()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "5");
        var client = factory.CreateBrowserClient(remoteAddress: "203.0.113.77");
        var page = await client.GetPageAsync("/concerns/new");
        var accepted = 0;
        HtmlPage? refused = null;
        for (var i = 0; i < 10_000 && refused is null; i++)
        {
            var values = ConcernSteps.ValidConcern();
            values["IdempotencyKey"] = Guid.NewGuid().ToString("N");
            var result = await client.SubmitAsync(page, values);
            if (result.Status == HttpStatusCode.TooManyRequests)
            {
                refused = result;
            }
            else
            {
                accepted++;
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(5, accepted);
        Assert.Contains("send it again after", refused!.Text, StringComparison.Ordinal);
        Assert.Equal(ConcernSteps.ValidConcern()["Description"], refused.Document.QuerySelector("textarea[name=Description]")!.TextContent.Trim());
        Assert.InRange(int.Parse(refused.Response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SubmitAsync(page, ConcernSteps.ValidConcern())).Status);
        }

        Assert.Equal(5, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Concerns)));
        var other = factory.CreateBrowserClient(remoteAddress: "203.0.113.78");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.SubmitAsync(await other.GetPageAsync("/concerns/new"), ConcernSteps.ValidConcern())).Status);
    }

    [Fact]
    public async Task Guessing_reference_codes_on_status_is_rate_limited()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "3");
        var client = factory.CreateBrowserClient(remoteAddress: "203.0.113.90");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.CheckConcernStatusAsync($"C-{i}BCDEFGHJKMN", "guess@example.com")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_corrected_form_goes_through_however_many_tries_it_took()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "2");
        var client = factory.CreateBrowserClient(remoteAddress: "203.0.113.91");
        var page = await client.GetPageAsync("/concerns/new");
        for (var i = 0; i < 8; i++)
        {
            var wrong = ConcernSteps.ValidConcern();
            wrong["Description"] = "";
            var refused = await client.SubmitAsync(page, wrong);
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            page = refused;
        }

        var sent = await client.SubmitAsync(page, ConcernSteps.ValidConcern());
        Assert.Equal("/concerns/sent", sent.Url.AbsolutePath);
    }

    [Fact]
    public async Task Each_public_form_has_its_own_budget_on_a_shared_address()
    {
        using var factory = new PactFactory().With("RateLimits:PublicFormsPerMinute", "2");
        var office = factory.CreateBrowserClient(remoteAddress: "203.0.113.92");
        await office.ReportConcernAsync();
        await office.ReportConcernAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await office.SubmitAsync(await office.GetPageAsync("/concerns/new"), ConcernSteps.ValidConcern())).Status);

        // The same school office can still ask for Rusty, and look a request up.
        Assert.Equal(HttpStatusCode.OK, (await office.CheckConcernStatusAsync("C-ABCDEFGHJKMN", "guess@example.com")).Status);
        Assert.Equal(HttpStatusCode.OK, (await office.GetPageAsync("/presentations/request")).Status);
    }
}
