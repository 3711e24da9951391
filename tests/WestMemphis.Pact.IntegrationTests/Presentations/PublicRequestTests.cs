using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>The public request form, the National Night Out registration and /status, through the real forms.</summary>
public sealed class PublicRequestTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static string Email() => $"req-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_request_gets_a_reference_code_on_the_page_and_in_an_email_and_shows_on_status()
    {
        var client = factory.CreateBrowserClient();
        var email = Email();

        var code = await client.RequestVisitAsync(email);

        var stored = await factory.RequestAsync(code);
        Assert.Equal(PresentationStatus.Submitted, stored.Status);
        Assert.Equal(75, stored.AudienceSize);
        Assert.Equal("InternetSafety", stored.Topics);
        Assert.Equal(2, stored.Options().Count);
        var mail = await factory.LatestMailAsync(email);
        Assert.Contains(code, mail.Subject + mail.Body, StringComparison.Ordinal);
        Assert.Contains("/status", mail.Body, StringComparison.Ordinal);

        var status = await client.CheckStatusAsync(code.ToLowerInvariant(), email.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Contains("Submitted", status.Text, StringComparison.Ordinal);
        Assert.Contains("Riverside Youth Club", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_gives_the_same_answer_for_a_wrong_email_a_wrong_code_and_an_unknown_code()
    {
        var client = factory.CreateBrowserClient();
        var email = Email();
        var code = await client.RequestVisitAsync(email);

        var wrongEmail = await client.CheckStatusAsync(code, "someone-else@example.com");
        var wrongCode = await client.CheckStatusAsync("PR-23456789", email);
        var garbage = await client.CheckStatusAsync("' OR 1=1--", email);

        foreach (var page in new[] { wrongEmail, wrongCode, garbage })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("We found no request with that reference code and email address", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Riverside", page.Text, StringComparison.Ordinal);
        }

        Assert.Equal(wrongEmail.Errors, wrongCode.Errors);
        Assert.Equal(wrongEmail.Errors, garbage.Errors);
    }

    [Fact]
    public async Task Status_is_a_post_so_the_code_never_travels_in_the_address()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/status");
        var form = page.Document.QuerySelector("main form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        var response = await factory.CreateBrowserClient().GetAsync("/status?code=PR-23456789&email=x%40example.com");
        Assert.DoesNotContain("We found no request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "Option1Date", "in the past")]
    [InlineData(5, "Option1Date", "The earliest date we can accept is")]
    public async Task Dates_in_the_past_or_inside_the_lead_time_are_refused_with_the_earliest_date(int days, string field, string message)
    {
        var values = PresentationSteps.ValidRequest(Email());
        values["Option1Date"] = PresentationSteps.DaysAhead(days);
        var result = await factory.CreateBrowserClient().SubmitRequestAsync(values);

        Assert.Equal("/presentations/request", result.Url.AbsolutePath);
        Assert.Contains(message, result.Document.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rusty_needs_twenty_one_days_and_the_message_says_so()
    {
        var values = PresentationSteps.ValidRequest(Email(), daysAhead: 17);
        values["Kind"] = "RustyVisit";
        var result = await factory.CreateBrowserClient().SubmitRequestAsync(values);

        var error = result.Document.QuerySelector("#Option1Date-error")?.TextContent ?? "";
        Assert.Contains("21 days' notice for a visit by Rusty", error, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)[..2], error, StringComparison.Ordinal);

        values["Kind"] = "SchoolPresentation";
        var ok = await factory.CreateBrowserClient().SubmitRequestAsync(values);
        Assert.Equal("/presentations/request/sent", ok.Url.AbsolutePath);
    }

    [Theory]
    [InlineData("AudienceSize", "0", "from 1 to 5,000")]
    [InlineData("AudienceSize", "100000", "from 1 to 5,000")]
    [InlineData("RequesterPhone", "call me maybe", "Enter a phone number")]
    [InlineData("Option1End", "08:00", "the end must be after the start")]
    public async Task Bad_values_get_a_clear_message_beside_their_field(string field, string value, string message)
    {
        var values = PresentationSteps.ValidRequest(Email());
        values[field] = value;
        var before = await factory.WithDbAsync(db => db.PresentationRequests.CountAsync());
        var result = await factory.CreateBrowserClient().SubmitRequestAsync(values);

        Assert.Contains(message, result.Document.QuerySelector($"#{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(value, result.FieldValue(field));
        Assert.Equal(before, await factory.WithDbAsync(db => db.PresentationRequests.CountAsync()));
    }

    [Fact]
    public async Task Three_identical_options_are_refused()
    {
        var values = PresentationSteps.ValidRequest(Email());
        values["Option2Date"] = values["Option1Date"];
        values["Option2Start"] = "09:00";
        values["Option2End"] = "10:00";
        values["Option3Date"] = values["Option1Date"];
        values["Option3Start"] = "09:00";
        values["Option3End"] = "10:00";
        var result = await factory.CreateBrowserClient().SubmitRequestAsync(values);

        Assert.Contains("the same as choice 1", result.Document.QuerySelector("#Option2Date-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("the same as choice 1", result.Document.QuerySelector("#Option3Date-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_clicked_submit_creates_one_request()
    {
        var client = factory.CreateBrowserClient();
        var email = Email();
        var page = await client.GetPageAsync("/presentations/request");
        var values = PresentationSteps.ValidRequest(email);

        var results = await Task.WhenAll(client.SubmitAsync(page, values), client.SubmitAsync(page, values), client.SubmitAsync(page, values));

        Assert.All(results, r => Assert.Equal("/presentations/request/sent", r.Url.AbsolutePath));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PresentationRequests.CountAsync(r => r.RequesterEmail == email)));
        // The three answers share one cookie jar, as a browser's tabs do: the one-time status cookie set for one answer can
        // be read and cleared by another answer's follow-up page first. Every page that shows a reference shows the same one.
        var codes = results.Where(r => r.StatusMessage is not null).Select(r => PresentationSteps.Code(r.StatusMessage!)).Distinct().ToList();
        Assert.Single(codes);
        Assert.False(string.IsNullOrEmpty(codes[0]));
    }

    [Fact]
    public async Task A_block_party_registers_for_national_night_out_only_on_its_night()
    {
        var client = factory.CreateBrowserClient();
        var page = await client.GetPageAsync("/presentations/national-night-out");
        var night = page.FieldValue("PartyDate")!;
        var email = Email();
        var values = new Dictionary<string, string?>
        {
            ["HostName"] = "Host Neighbor",
            ["HostEmail"] = email,
            ["HostPhone"] = "870-555-0199",
            ["Neighborhood"] = "Elm Street",
            ["Address"] = "200 Elm St",
            ["ExpectedGuests"] = "60",
            ["PartyStart"] = "18:00",
            ["PartyEnd"] = "21:00",
        };

        var soon = DateOnly.Parse(night, System.Globalization.CultureInfo.InvariantCulture).DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber < 16;
        var wrongDay = await client.SubmitAsync(page, new Dictionary<string, string?>(values) { ["PartyDate"] = PresentationSteps.DaysAhead(40) });
        if (!soon)
        {
            var result = await client.SubmitAsync(await client.GetPageAsync("/presentations/national-night-out"), values);
            Assert.Equal("/presentations/request/sent", result.Url.AbsolutePath);
            var stored = await factory.RequestAsync(PresentationSteps.Code(result.StatusMessage!));
            Assert.Equal(PresentationKind.NationalNightOut, stored.Kind);
            Assert.Equal(60, stored.AudienceSize);
        }

        var error = wrongDay.Document.QuerySelector("#PartyDate-error")?.TextContent ?? "";
        Assert.True(error.Contains("National Night Out in", StringComparison.Ordinal) || error.Contains("earliest", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task A_signed_in_resident_sees_their_requests_on_my_pact()
    {
        var email = Email();
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var code = await client.RequestVisitAsync(email);

        var my = await client.GetPageAsync("/my");
        Assert.Contains(code, my.Text, StringComparison.Ordinal);
        var other = factory.CreateBrowserClient();
        var otherEmail = Email();
        await factory.CreateUserAsync(otherEmail);
        await other.LoginAsync(otherEmail);
        Assert.DoesNotContain(code, (await other.GetPageAsync("/my")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_that_only_fail_validation_do_not_use_up_the_forms_budget()
    {
        using var limited = new PactFactory().With("RateLimits:PublicFormsPerMinute", "2");
        var client = limited.CreateBrowserClient();
        var page = await client.GetPageAsync("/presentations/request");
        for (var i = 0; i < 6; i++)
        {
            var refused = await client.SubmitAsync(page, new Dictionary<string, string?> { ["RequesterName"] = "" });
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.DoesNotContain("send it again after", refused.Text, StringComparison.Ordinal);
        }
    }
}
