using System.Net;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// Signed-in pages come from the output cache, one entry per signed-in session (SignedInPagePolicy, ADR 0014), and
/// take what is the same for everyone from memory (PublicDataCache): no one ever sees another person's sign-ups, name
/// or token, a page's forms work for the session that got it, and every write is seen on the next view.
/// </summary>
public sealed class SignedInPageCacheTests(SignedInPageCacheTests.LongLivedCacheFactory factory) : IClassFixture<SignedInPageCacheTests.LongLivedCacheFactory>
{
    [Fact]
    public async Task Two_residents_reading_the_same_cached_pages_each_see_only_their_own_sign_ups()
    {
        var e = await factory.PublishedEventAsync(5, 5);
        var (first, second) = (e.Shifts[0].Id, e.Shifts[1].Id);
        var alexEmail = EventSteps.Unique("alex");
        var samEmail = EventSteps.Unique("sam");
        var alex = await factory.LoggedInVolunteerAsync(alexEmail);
        var sam = await factory.LoggedInVolunteerAsync(samEmail);

        // Both read the pages first, so the shared parts are in memory before anyone signs up.
        foreach (var client in new[] { alex, sam })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(e.EventUrl())).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/events")).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/")).Status);
        }

        await alex.SignUpAsync(e, first);
        await sam.SignUpAsync(e, second);

        for (var round = 0; round < 2; round++) // the second round reads what the first put in memory
        {
            var alexPage = await alex.GetPageAsync(e.EventUrl());
            var samPage = await sam.GetPageAsync(e.EventUrl());
            Assert.NotNull(alexPage.Document.QuerySelector($"#shift-{first} .my-status"));
            Assert.Null(alexPage.Document.QuerySelector($"#shift-{second} .my-status"));
            Assert.NotNull(samPage.Document.QuerySelector($"#shift-{second} .my-status"));
            Assert.Null(samPage.Document.QuerySelector($"#shift-{first} .my-status"));
            // The seat counts shown changed with the sign-ups (the cache was emptied by them).
            Assert.Contains("4 of 5 spots left", alexPage.Document.QuerySelector($"#shift-{first} .spots")!.TextContent);
            Assert.Contains("4 of 5 spots left", samPage.Document.QuerySelector($"#shift-{second} .spots")!.TextContent);

            foreach (var (client, own, others) in new[] { (alex, alexEmail, samEmail), (sam, samEmail, alexEmail) })
            {
                foreach (var url in new[] { "/", "/events", e.EventUrl(), "/my" })
                {
                    var page = await client.GetPageAsync(url);
                    Assert.Equal(HttpStatusCode.OK, page.Status);
                    // The second round comes from the cache (nothing was written since the first): per person.
                    Assert.True(round == 0 || FromCache(page), $"{url} was rendered again in the second round");
                    Assert.Contains(own, page.Html, StringComparison.Ordinal); // the page is rendered for this person…
                    Assert.DoesNotContain(others, page.Html, StringComparison.Ordinal); // …and shows nothing of the other
                }
            }

            var alexMy = await alex.GetPageAsync("/my");
            var samMy = await sam.GetPageAsync("/my");
            Assert.NotEmpty(alexMy.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
            Assert.NotEmpty(samMy.Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
        }
    }

    [Fact]
    public async Task Each_of_the_six_pages_is_served_from_the_cache_on_the_second_view_with_no_store_kept()
    {
        var e = await factory.PublishedEventAsync(3);
        var resident = await factory.LoggedInVolunteerAsync(EventSteps.Unique("cached"));
        await resident.SignUpAsync(e, e.Shifts[0].Id);
        var coordinator = await CoordinatorAsync();

        foreach (var (client, url) in new[]
        {
            (resident, "/"), (resident, "/events"), (resident, e.EventUrl()), (resident, "/my"),
            (coordinator, "/manage/events"), (coordinator, $"/manage/shifts/{e.Shifts[0].Id}/roster"),
        })
        {
            var first = await client.GetPageAsync(url);
            var second = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, second.Status);
            Assert.True(FromCache(second), $"{url}: the second view was rendered again, not served from the cache");
            Assert.Equal(first.Html, second.Html);
            // Browsers and proxies must still never keep a personal page.
            Assert.Contains("no-store", second.Response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }

        // Pages not marked for it are never cached for a signed-in visitor.
        await resident.GetPageAsync("/volunteer/profile");
        Assert.False(FromCache(await resident.GetPageAsync("/volunteer/profile")));
    }

    [Fact]
    public async Task The_same_person_signed_in_twice_gets_each_session_its_own_page_whose_forms_work()
    {
        var e = await factory.PublishedEventAsync(3, 3);
        var email = EventSteps.Unique("twice");
        await factory.VolunteerAsync(email);
        var laptop = factory.CreateBrowserClient();
        await laptop.LoginAsync(email);
        var phone = factory.CreateBrowserClient();
        await phone.LoginAsync(email);

        await laptop.GetPageAsync(e.EventUrl());
        var laptopPage = await laptop.GetPageAsync(e.EventUrl());
        Assert.True(FromCache(laptopPage));
        // The phone's first view is its own: never the laptop's page, whose token is bound to the laptop's cookie.
        var phoneFirst = await phone.GetPageAsync(e.EventUrl());
        Assert.False(FromCache(phoneFirst));
        var phonePage = await phone.GetPageAsync(e.EventUrl());
        Assert.True(FromCache(phonePage));
        Assert.NotEqual(Token(laptopPage), Token(phonePage));

        // Each session posts from its cached page: sign up on one, then cancel on the other.
        Assert.Contains("You're signed up", (await laptop.SignUpAsync(laptopPage, e.Shifts[0].Id)).StatusMessage);
        await phone.GetPageAsync("/my");
        var phoneMy = await phone.GetPageAsync("/my");
        Assert.True(FromCache(phoneMy));
        var cancelled = await phone.CancelSignupAsync(phoneMy);
        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Contains("cancel", cancelled.StatusMessage ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.All(await factory.SignupsAsync(e.Shifts[0].Id), s => Assert.Equal(SignupStatus.Cancelled, s.Status));

        // Log out from a cached page.
        await laptop.GetPageAsync("/");
        var home = await laptop.GetPageAsync("/");
        Assert.True(FromCache(home));
        var loggedOut = await laptop.SubmitAsync(home, formSelector: "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.OK, loggedOut.Status);
        Assert.DoesNotContain(email, loggedOut.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetPageAsync("/Account/Login")).Status);
        Assert.Equal("/Account/Login", (await laptop.GetPageAsync("/my")).Url.AbsolutePath);
    }

    [Fact]
    public async Task Sign_up_cancel_and_waitlist_promotion_are_seen_at_once_on_every_cached_page()
    {
        var e = await factory.PublishedEventAsync(1);
        var shift = e.Shifts[0].Id;
        var first = await factory.LoggedInVolunteerAsync(EventSteps.Unique("first"));
        var second = await factory.LoggedInVolunteerAsync(EventSteps.Unique("second"));
        await CachedAsync(second, e.EventUrl());
        await CachedAsync(second, "/my");

        // Sign-up (a seat taken with ExecuteUpdate): the other resident's cached event page shows the full shift.
        Assert.Contains("You're signed up", (await first.SignUpAsync(e, shift)).StatusMessage);
        var full = await second.GetPageAsync(e.EventUrl());
        Assert.False(FromCache(full));
        Assert.DoesNotContain("1 of 1 spots left", full.Text, StringComparison.Ordinal);

        // The second joins the waitlist, and sees it on a cached My PACT.
        await second.SignUpAsync(full, shift);
        var waiting = await CachedAsync(second, "/my");
        Assert.Contains("Waitlist: number 1", waiting.Text, StringComparison.Ordinal);

        // The first cancels (ExecuteUpdate): the second is promoted, and their cached page says so at once.
        var firstMy = await CachedAsync(first, "/my");
        await first.CancelSignupAsync(firstMy);
        var promoted = await second.GetPageAsync("/my");
        Assert.False(FromCache(promoted));
        Assert.Contains("Confirmed", promoted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Waitlist: number", promoted.Text, StringComparison.Ordinal);
        Assert.Empty((await first.GetPageAsync("/my")).Document.QuerySelectorAll($"a[href^='/events/{e.Id}/']"));
    }

    [Fact]
    public async Task Profile_calendar_link_event_edits_and_check_in_are_seen_at_once()
    {
        var e = await factory.PublishedEventAsync(3);
        var shift = e.Shifts[0].Id;

        // A new resident without a profile: My PACT asks for it, then shows the calendar link once it is saved.
        var email = EventSteps.Unique("profile");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        var resident = factory.CreateBrowserClient();
        await resident.LoginAsync(email);
        Assert.Contains("Fill in your volunteer profile", (await CachedAsync(resident, "/my")).Text, StringComparison.Ordinal);
        await resident.SubmitAsync(await resident.GetPageAsync("/volunteer/profile"),
            new Dictionary<string, string?> { ["Phone"] = "870-555-0102", ["AgeGroup"] = "Adult", ["AcceptWaiver"] = "true" });
        Assert.DoesNotContain("Fill in your volunteer profile", (await resident.GetPageAsync("/my")).Text, StringComparison.Ordinal);

        // The calendar link, made and then replaced (the replacement is an ExecuteUpdate-free save; revoking is ExecuteUpdate).
        // The link itself is shown once, on the answer to the POST, and never on (or cached with) /my.
        const string linkIsOn = "Your private link is on.";
        var my = await CachedAsync(resident, "/my");
        var created = await resident.SubmitAsync(my, formSelector: "form[action='/my/calendar']");
        var link = created.Document.QuerySelector("#calendar-url")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(link));
        var withLink = await CachedAsync(resident, "/my");
        Assert.Contains(linkIsOn, withLink.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(link!, withLink.Html, StringComparison.Ordinal);
        var replacedLink = (await resident.SubmitAsync(withLink, formSelector: "form[action='/my/calendar']")).Document.QuerySelector("#calendar-url")?.GetAttribute("value");
        var replaced = await resident.GetPageAsync("/my");
        Assert.False(FromCache(replaced));
        Assert.NotEqual(link, replacedLink);
        await resident.SubmitAsync(await CachedAsync(resident, "/my"), formSelector: "form[action='/my/calendar/revoke']");
        Assert.DoesNotContain(linkIsOn, (await resident.GetPageAsync("/my")).Text, StringComparison.Ordinal);

        // A coordinator moves the event: the resident's cached event page and the coordinator's cached list show it.
        await resident.SignUpAsync(e, shift);
        await CachedAsync(resident, e.EventUrl());
        var coordinator = await CoordinatorAsync();
        await CachedAsync(coordinator, "/manage/events");
        var edit = await coordinator.GetPageAsync($"/manage/events/{e.Id}/edit");
        var moved = await coordinator.SubmitAsync(edit, new Dictionary<string, string?> { ["Location"] = "Hope Park pavilion", ["Title"] = "Moved cleanup " + e.Id });
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        Assert.Contains("Hope Park pavilion", (await resident.GetPageAsync(e.EventUrl())).Text, StringComparison.Ordinal);
        Assert.Contains("Moved cleanup " + e.Id, (await coordinator.GetPageAsync("/manage/events?q=Moved+cleanup")).Text, StringComparison.Ordinal);

        // Check-in at the door: the cached roster shows it on the next view.
        var roster = await CachedAsync(coordinator, $"/manage/shifts/{shift}/roster");
        var signupId = (await factory.SignupsAsync(shift)).Single().Id;
        await coordinator.SubmitAsync(roster, formSelector: $"form[action='/manage/signups/{signupId}/checkin']");
        var after = await coordinator.GetPageAsync($"/manage/shifts/{shift}/roster");
        Assert.False(FromCache(after));
        Assert.Contains("Attended", after.Document.QuerySelector($"#signup-{signupId}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_a_removed_role_or_a_signed_out_cookie_is_never_served_a_cached_page()
    {
        var admin = await AdminAsync();

        // Disabled.
        var email = EventSteps.Unique("disabled");
        var resident = await factory.LoggedInVolunteerAsync(email);
        await CachedAsync(resident, "/my");
        await CachedAsync(resident, "/");
        var user = (await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email))));
        await admin.SubmitAsync(await admin.GetPageAsync($"/admin/users/{user.Id}"), formSelector: $"form[action='/admin/users/{user.Id}/disable']");
        Assert.Equal("/Account/Login", (await resident.GetPageAsync("/my")).Url.AbsolutePath);
        Assert.DoesNotContain(email, (await resident.GetPageAsync("/")).Html, StringComparison.Ordinal);

        // Role removed.
        var coordinatorEmail = EventSteps.Unique("demoted");
        var coordinator = await CoordinatorAsync(coordinatorEmail);
        await CachedAsync(coordinator, "/manage/events");
        var staff = (await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == coordinatorEmail))));
        var details = await admin.GetPageAsync($"/admin/users/{staff.Id}");
        Assert.Contains("no longer has the Coordinator role", (await admin.SubmitAsync(details, formSelector: "form:has(input[name=role][value=Coordinator])")).Text);
        var refused = await coordinator.GetPageAsync("/manage/events");
        Assert.NotEqual("/manage/events", refused.Url.AbsolutePath);
        Assert.False(FromCache(refused));

        // Signed out: the old cookies, replayed, get nothing.
        var cookies = new CookieContainer();
        var browser = factory.CreateClientWithCookies(cookies);
        var replayEmail = EventSteps.Unique("replay");
        await factory.VolunteerAsync(replayEmail);
        await LoginWithoutRedirectsAsync(browser, replayEmail);
        await CachedAsync(browser, "/my");
        var kept = cookies.GetCookieHeader(new Uri("https://localhost/"));
        var home = await browser.GetPageAsync("/");
        await browser.SubmitAsync(home, formSelector: "form[action='/Account/Logout']");
        var replay = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        replay.DefaultRequestHeaders.Add("Cookie", kept);
        var response = await replay.GetAsync("/my");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private static bool FromCache(HtmlPage page) => page.Response.Headers.Age is not null;

    private static string? Token(HtmlPage page) =>
        page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    /// <summary>Views a page twice; the second view must come from the cache. Returns it.</summary>
    private static async Task<HtmlPage> CachedAsync(HttpClient client, string url)
    {
        await client.GetPageAsync(url);
        var page = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(FromCache(page), $"{url} was not served from the cache on the second view");
        return page;
    }

    private async Task<HttpClient> CoordinatorAsync(string? email = null)
    {
        email ??= EventSteps.Unique("coordinator");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    private async Task<HttpClient> AdminAsync()
    {
        var email = EventSteps.Unique("admin");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>Signs in with a client that follows no redirects, following them by hand.</summary>
    private static async Task LoginWithoutRedirectsAsync(HttpClient client, string email)
    {
        var page = await client.LoginAsync(email);
        while (page.Response.Headers.Location is { } location)
        {
            page = await client.GetPageAsync(location.OriginalString);
        }
    }

    /// <summary>
    /// Entries that live five minutes: a slow machine cannot make a test pass or fail by letting an entry expire, and
    /// only an eviction can explain a fresh page after a write.
    /// </summary>
    public sealed class LongLivedCacheFactory : EventsFactory
    {
        public LongLivedCacheFactory() => With("SignedInPageCache:Seconds", "300");
    }
}
