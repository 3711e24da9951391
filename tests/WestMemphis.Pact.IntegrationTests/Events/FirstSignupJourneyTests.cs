using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// Issue 21 item 6: an anonymous "Sign up" keeps its shift through log-in, registration, the confirmation email and
/// the confirmation link; the link signs the person in when opened in the browser that registered (else it offers
/// the log-in for that shift); the volunteer profile starts from what the account already knows.
/// </summary>
public sealed class FirstSignupJourneyTests(EventsFactory factory) : IClassFixture<EventsFactory>
{
    [Fact]
    public async Task An_anonymous_sign_up_ends_on_the_confirmed_shift_without_losing_it_or_asking_the_area_twice()
    {
        var e = await factory.PublishedEventAsync(3);
        var shift = e.Shifts[0].Id;
        var area = await factory.WithDbAsync(db => db.Areas.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).FirstAsync());
        var client = factory.CreateBrowserClient();
        var pages = 0;

        var eventPage = await client.GetPageAsync(e.EventUrl());
        var signUp = eventPage.Document.QuerySelector($"#shift-{shift} a.btn")!;
        Assert.StartsWith("Sign up", signUp.TextContent.Trim());
        var login = await client.GetPageAsync(signUp.GetAttribute("href")!);
        pages++;
        Assert.Equal("/Account/Login", login.Url.AbsolutePath);
        Assert.Contains($"Log in to sign up for Crew 1 at {e.Title}", login.Text);

        var register = await client.GetPageAsync(login.Document.QuerySelector("main a[href^='/Account/Register']")!.GetAttribute("href")!);
        pages++;
        Assert.Equal($"/shifts/{shift}/signup", register.FieldValue("ReturnUrl"));
        Assert.Contains($"Crew 1 at {e.Title}", register.Text);
        var email = EventSteps.Unique("first-shift");
        var check = await client.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["FullName"] = "Fran First",
            ["Email"] = email,
            ["Password"] = TestUsers.Password,
            ["ConfirmPassword"] = TestUsers.Password,
            ["PhoneNumber"] = "870-555-0142",
            ["AreaId"] = area.Id.ToString(CultureInfo.InvariantCulture),
            ["IsThirteenOrOlder"] = "true",
        });
        pages++;
        Assert.Contains("Check your email", check.Text);

        var (_, _, link) = await factory.LatestMailAsync(email, "/Account/ConfirmEmail");
        Assert.Contains("returnUrl=%2Fshifts%2F" + shift + "%2Fsignup", link);

        // The link, in the browser that registered: signed in, straight on to the shift (the profile comes first).
        var profile = await client.GetPageAsync(new Uri(link!).PathAndQuery);
        pages++;
        Assert.Equal("/volunteer/profile", profile.Url.AbsolutePath);
        Assert.Contains($"Crew 1 at {e.Title}", profile.Document.QuerySelector(".next-shift")!.TextContent);
        Assert.Equal("870-555-0142", profile.FieldValue("Phone"));
        Assert.Equal(area.Id.ToString(CultureInfo.InvariantCulture), profile.FieldValue("AreaId"));

        var confirm = await client.SubmitAsync(profile, new Dictionary<string, string?> { ["AgeGroup"] = "Adult", ["AcceptWaiver"] = "true" });
        pages++;
        Assert.Equal($"/shifts/{shift}/signup", confirm.Url.AbsolutePath);
        var done = await client.SubmitAsync(confirm, formSelector: $"form[action='/shifts/{shift}/signup']");
        pages++;
        Assert.StartsWith($"/events/{e.Id}/", done.Url.AbsolutePath);
        Assert.Contains("You're signed up", done.StatusMessage);
        Assert.True(pages <= 6, $"{pages} pages from Sign up to the confirmed shift");
        var signups = await factory.SignupsAsync(shift);
        Assert.Equal(SignupStatus.Confirmed, Assert.Single(signups).Status);
        Assert.Equal(area.Id, await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.UserId == signups[0].VolunteerId).Select(p => p.AreaId).SingleAsync()));
    }

    [Fact]
    public async Task The_link_opened_in_another_browser_or_twice_leads_to_the_log_in_for_that_shift_and_signs_nobody_in()
    {
        var e = await factory.PublishedEventAsync(2);
        var shift = e.Shifts[0].Id;
        var email = EventSteps.Unique("other-browser");
        var registering = factory.CreateBrowserClient(remoteAddress: "10.21.6.200");
        var register = await registering.GetPageAsync($"/Account/Register?returnUrl=%2Fshifts%2F{shift}%2Fsignup");
        await registering.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["FullName"] = "Olly Other", ["Email"] = email, ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password, ["IsThirteenOrOlder"] = "true",
        });
        var (_, _, link) = await factory.LatestMailAsync(email, "/Account/ConfirmEmail");

        var elsewhere = factory.CreateBrowserClient();
        var confirmed = await elsewhere.GetPageAsync(new Uri(link!).PathAndQuery);
        Assert.Contains("your email is confirmed", confirmed.Text);
        var toLogin = confirmed.Document.QuerySelector("main a.btn")!;
        Assert.Equal($"Log in to finish signing up for Crew 1 at {e.Title}", toLogin.TextContent.Trim());
        Assert.Null((await elsewhere.GetPageAsync("/my")).Document.QuerySelector("form[action='/Account/Logout']"));

        // The registering browser opens it second: the address is already confirmed, so no sign-in by link either.
        var second = await registering.GetPageAsync(new Uri(link!).PathAndQuery);
        Assert.Equal("/Account/ConfirmEmail", second.Url.AbsolutePath);
        Assert.Null(second.Document.QuerySelector("form[action='/Account/Logout']"));

        // The log-in carries the shift: after it, the profile for that shift.
        var login = await elsewhere.GetPageAsync(toLogin.GetAttribute("href")!);
        var next = await elsewhere.SubmitAsync(login, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal("/volunteer/profile", next.Url.AbsolutePath);
        Assert.Equal(shift.ToString(CultureInfo.InvariantCulture), next.FieldValue("ShiftId"));
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_off_the_site_is_dropped_from_registration_the_email_and_the_confirmation(string returnUrl)
    {
        var email = EventSteps.Unique("redirect");
        var client = factory.CreateBrowserClient(followRedirects: false, remoteAddress: $"10.21.6.{returnUrl.Length}");
        var register = await client.GetPageAsync("/Account/Register?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.True(string.IsNullOrEmpty(register.FieldValue("ReturnUrl")));
        var posted = await client.SubmitAsync(register, new Dictionary<string, string?>
        {
            ["FullName"] = "Rita Redirect", ["Email"] = email, ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password,
            ["IsThirteenOrOlder"] = "true", ["ReturnUrl"] = returnUrl,
        });
        Assert.Equal("/Account/RegisterConfirmation", posted.Response.Headers.Location?.OriginalString);
        var (_, body, link) = await factory.LatestMailAsync(email, "/Account/ConfirmEmail");
        Assert.DoesNotContain("evil", body, StringComparison.Ordinal);

        // A link edited to carry the address: signed in, but kept on this site.
        var opened = await client.GetAsync(new Uri(link!).PathAndQuery + "&returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.True(opened.Headers.Location is null || !opened.Headers.Location.IsAbsoluteUri && !opened.Headers.Location.OriginalString.StartsWith("//", StringComparison.Ordinal)
            && !opened.Headers.Location.OriginalString.StartsWith("/\\", StringComparison.Ordinal), opened.Headers.Location?.OriginalString);
        Assert.DoesNotContain("evil.example", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
