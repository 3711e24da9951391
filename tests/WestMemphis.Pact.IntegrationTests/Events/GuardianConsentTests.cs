using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Volunteering;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// A minor's parent or guardian consents by email, end to end through the emails and the pages: the minor's profile sends
/// the guardian a link, the minor's sign-ups wait and hold no seat, and the guardian consents, declines or later withdraws
/// from the page the link opens (no account). Old and wrong links get a clear "does not work" page.
/// </summary>
public sealed class GuardianConsentTests(GuardianConsentTests.Factory factory) : IClassFixture<GuardianConsentTests.Factory>
{
    /// <summary>The events app with the per-address limit on opening private links lifted: these tests open a guardian's link far more often than a person does.</summary>
    public sealed class Factory : EventsFactory
    {
        public Factory() => With("RateLimits:StatusLinksPerMinute", "100000");
    }

    private const string GuardianName = "Dana Parent";

    [Fact]
    public async Task A_minors_sign_up_waits_holding_no_seat_until_the_guardian_consents_through_the_emailed_link()
    {
        var lastSeat = await EventOnDayAsync(11, 1);
        var roomy = await EventOnDayAsync(12, 3);
        var (minor, minorEmail, guardianEmail) = await MinorAsync("consent");

        // The profile sends the guardian an email with a private link.
        var (subject, body, link) = await factory.LatestMailAsync(guardianEmail, "/guardian/");
        Assert.Contains("Pat Minor", subject);
        Assert.Contains("age 16 or 17", body);
        Assert.NotNull(link);

        // The minor signs up: the sign-ups wait and hold no seat.
        var signedUp = await minor.SignUpAsync(lastSeat, lastSeat.Shifts[0].Id);
        Assert.Equal(ConfirmSignupMessage, signedUp.StatusMessage);
        Assert.Contains("waiting for your parent or guardian's consent", signedUp.Document.QuerySelector(".my-status")!.TextContent);
        await minor.SignUpAsync(roomy, roomy.Shifts[0].Id);
        Assert.Equal(SignupStatus.AwaitingConsent, (await factory.SignupsAsync(lastSeat.Shifts[0].Id)).Single().Status);
        Assert.Equal(0, (await factory.ShiftAsync(lastSeat.Shifts[0].Id)).Filled);
        Assert.Contains("Waiting for your parent or guardian", (await factory.LatestMailAsync(minorEmail)).Subject);
        var my = await minor.GetPageAsync("/my");
        Assert.Equal(2, my.Document.QuerySelectorAll("main li").Count(li => li.TextContent.Contains("Waiting for your parent or guardian's consent (no place held yet)", StringComparison.Ordinal)));

        // So an adult can take the last seat meanwhile.
        var adult = await factory.LoggedInVolunteerAsync(EventSteps.Unique("adult-takes-last-seat"));
        Assert.Contains("You're signed up", (await adult.SignUpAsync(lastSeat, lastSeat.Shifts[0].Id)).StatusMessage);

        // The coordinator sees the minor waiting, apart from the seats.
        var coordinator = await CoordinatorAsync();
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{lastSeat.Shifts[0].Id}/roster");
        Assert.Contains("1 of 1 seats taken", roster.Text);
        Assert.Contains("Pat Minor", roster.Document.QuerySelector(".awaiting-consent")!.TextContent);

        // The guardian opens the link, anonymous: the minor, the age group and what they signed up for.
        var guardian = factory.CreateBrowserClient();
        var page = await guardian.GetPageAsync(link!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", page.Response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Pat Minor", page.Text);
        Assert.Contains("16 or 17", page.Text);
        Assert.Contains(lastSeat.Title, page.Text);
        Assert.Contains(roomy.Title, page.Text);
        Assert.Contains("Eugene Woods Civic Center", page.Text);
        Assert.Equal(2, page.Document.QuerySelectorAll(".signup-status").Count(s => s.TextContent.Contains("Waiting for your consent", StringComparison.Ordinal)));

        var consented = await guardian.SubmitAsync(page, new Dictionary<string, string?> { ["Signature"] = "  Dana Q. Parent " });
        Assert.Equal(new Uri(link!).AbsolutePath, consented.Url.AbsolutePath);
        Assert.Contains("your consent is recorded. 1 waiting sign-up is now confirmed. 1 could not be confirmed", consented.StatusMessage);
        Assert.Contains("signed “Dana Q. Parent”", consented.Document.QuerySelector("#consent-standing")!.TextContent);
        Assert.NotNull(consented.Document.QuerySelector("a[href$='/withdraw']"));

        // The sign-up with room is confirmed and holds a seat; the one whose shift filled meanwhile is not.
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(roomy.Shifts[0].Id)).Single().Status);
        Assert.Equal(1, (await factory.ShiftAsync(roomy.Shifts[0].Id)).Filled);
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Confirmed], (await factory.SignupsAsync(lastSeat.Shifts[0].Id)).Select(s => s.Status));
        var (told, toldBody, _) = await factory.LatestMailAsync(minorEmail);
        Assert.Equal("Your parent or guardian agreed: you can volunteer", told);
        Assert.Contains($"You are now confirmed for:\n\n- Crew 1 at {roomy.Title}", toldBody);
        Assert.Contains("filled up while we waited", toldBody);

        // Recorded: when, and who (the typed name and the address the link went to), in the profile and the audit trail.
        var profile = await factory.WithDbAsync(db => db.VolunteerProfiles.AsNoTracking().SingleAsync(p => p.User!.Email == minorEmail));
        Assert.Equal(GuardianConsentStatus.Given, profile.GuardianConsent);
        Assert.Equal("Dana Q. Parent", profile.GuardianSignature);
        Assert.NotNull(profile.GuardianConsentUtc);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "GuardianConsentGiven" && a.RecordId == profile.UserId));
        Assert.Equal(GuardianConsents.GuardianActor, audit.UserName);
        Assert.Contains(guardianEmail, audit.Details);
        Assert.Contains("Dana Q. Parent", audit.Details);

        // A second click changes nothing; the minor's next sign-up is confirmed at once.
        var again = await guardian.PostAsync("/guardian/consent", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode); // no antiforgery token
        var third = await EventOnDayAsync(13, 2);
        Assert.Contains("You're signed up", (await minor.SignUpAsync(third, third.Shifts[0].Id)).StatusMessage);
    }

    [Fact]
    public async Task A_guardian_who_declines_cancels_the_waiting_sign_ups_and_the_minor_can_no_longer_sign_up()
    {
        var e = await EventOnDayAsync(14, 2);
        var (minor, minorEmail, guardianEmail) = await MinorAsync("decline");
        await minor.SignUpAsync(e, e.Shifts[0].Id);
        var link = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;

        var guardian = factory.CreateBrowserClient();
        var declined = await guardian.SubmitAsync(await guardian.GetPageAsync(link), formSelector: "form[action='/guardian/decline']");
        Assert.Equal("Your answer is recorded: you declined. 1 sign-up was cancelled. We emailed Pat Minor.", declined.StatusMessage);
        Assert.Equal(SignupStatus.Cancelled, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
        Assert.Equal(0, (await factory.ShiftAsync(e.Shifts[0].Id)).Filled);
        var (subject, body, _) = await factory.LatestMailAsync(minorEmail);
        Assert.Equal("Your parent or guardian did not agree to you volunteering", subject);
        Assert.Contains($"Crew 1 at {e.Title}", body);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "GuardianConsentDeclined" && a.Details!.Contains(guardianEmail))));

        // The minor is refused, with what to do; the guardian may still change their mind from the same link.
        var refused = await minor.SignUpAsync(e, e.Shifts[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("declined to let you volunteer", refused.Text);
        var page = await guardian.GetPageAsync(link);
        Assert.Contains("You declined on", page.Document.QuerySelector("#consent-standing")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("form[action='/guardian/consent']"));
        Assert.Null(page.Document.QuerySelector("form[action='/guardian/decline']"));
    }

    [Fact]
    public async Task Withdrawing_consent_after_a_confirmation_page_cancels_the_shifts_to_come_and_frees_their_seats()
    {
        var e = await EventOnDayAsync(15, 1);
        var (minor, minorEmail, guardianEmail) = await MinorAsync("withdraw");
        var link = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;
        var guardian = factory.CreateBrowserClient();
        await guardian.SubmitAsync(await guardian.GetPageAsync(link), new Dictionary<string, string?> { ["Signature"] = GuardianName });

        // Consented: the minor takes the only seat, an adult waits behind them.
        Assert.Contains("You're signed up", (await minor.SignUpAsync(e, e.Shifts[0].Id)).StatusMessage);
        var adultEmail = EventSteps.Unique("adult-waiting");
        var adult = await factory.LoggedInVolunteerAsync(adultEmail);
        Assert.Contains("waitlist", (await adult.SignUpAsync(e, e.Shifts[0].Id)).StatusMessage);

        // "Withdraw my consent…" is a link to a confirmation page (no script needed); it changes nothing by itself.
        var page = await guardian.GetPageAsync(link);
        var confirm = await guardian.GetPageAsync(page.Document.QuerySelector("a[href$='/withdraw']")!.GetAttribute("href")!);
        Assert.Equal("Withdraw your consent?", confirm.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(e.Title, confirm.Text);
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(e.Shifts[0].Id))[0].Status);

        var withdrawn = await guardian.SubmitAsync(confirm, formSelector: "form[action='/guardian/withdraw']");
        Assert.Equal("Your consent is withdrawn. 1 sign-up was cancelled. We emailed Pat Minor.", withdrawn.StatusMessage);
        Assert.Equal([SignupStatus.Cancelled, SignupStatus.Confirmed], (await factory.SignupsAsync(e.Shifts[0].Id)).Select(s => s.Status));
        Assert.Equal(1, (await factory.ShiftAsync(e.Shifts[0].Id)).Filled);
        Assert.Contains("A place opened up", (await factory.LatestMailAsync(adultEmail)).Subject);
        var (subject, body, _) = await factory.LatestMailAsync(minorEmail);
        Assert.Equal("Your parent or guardian withdrew their consent", subject);
        Assert.Contains(e.Title, body);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "GuardianConsentWithdrawn" && a.Details!.Contains(guardianEmail))));

        // The page says so and offers consent again; the withdrawal page now only points back.
        Assert.Contains("You withdrew your consent on", withdrawn.Document.QuerySelector("#consent-standing")!.TextContent);
        var later = await guardian.GetPageAsync(link + "/withdraw");
        Assert.Equal(new Uri(link).AbsolutePath, later.Url.AbsolutePath);
        Assert.Equal("There is no consent to withdraw.", later.StatusMessage);
        Assert.Equal(HttpStatusCode.Conflict, (await minor.SignUpAsync(e, e.Shifts[0].Id)).Status);
    }

    [Fact]
    public async Task A_new_guardian_email_or_a_resend_stops_the_old_link_and_wrong_links_get_a_clear_not_found_page()
    {
        var (minor, minorEmail, firstEmail) = await MinorAsync("relink");
        var firstLink = (await factory.LatestMailAsync(firstEmail, "/guardian/")).Link!;

        // A changed guardian email: a new link to the new address; the old one stops working.
        var secondEmail = EventSteps.Unique("second-guardian");
        var saved = await minor.SubmitAsync(await minor.GetPageAsync("/volunteer/profile"), new Dictionary<string, string?> { ["GuardianEmail"] = secondEmail },
            "form[action='/volunteer/profile']");
        Assert.Contains($"We emailed {GuardianName} at {secondEmail}", saved.StatusMessage);
        var secondLink = (await factory.LatestMailAsync(secondEmail, "/guardian/")).Link!;
        var guardian = factory.CreateBrowserClient();
        await AssertLinkNotWorkingAsync(guardian, firstLink);
        Assert.Equal(HttpStatusCode.OK, (await guardian.GetPageAsync(secondLink)).Status);

        // Saving the profile again with the same address sends nothing.
        var mails = await MailCountAsync(secondEmail);
        await minor.SubmitAsync(await minor.GetPageAsync("/volunteer/profile"), formSelector: "form[action='/volunteer/profile']");
        Assert.Equal(mails, await MailCountAsync(secondEmail));

        // A consent posted from the old page does nothing and says the link does not work.
        var stalePage = await guardian.GetPageAsync(secondLink);
        await ResendAfterIntervalAsync(minor, minorEmail);
        var stale = await guardian.SubmitAsync(stalePage, new Dictionary<string, string?> { ["Signature"] = GuardianName });
        Assert.Equal(HttpStatusCode.NotFound, stale.Status);
        Assert.Contains("This link does not work", stale.Text);
        await AssertLinkNotWorkingAsync(guardian, secondLink);
        var thirdLink = (await factory.LatestMailAsync(secondEmail, "/guardian/")).Link!;
        Assert.Equal(HttpStatusCode.OK, (await guardian.GetPageAsync(thirdLink)).Status);

        // A resend straight after another is refused, with a reason.
        var tooSoon = await minor.SubmitAsync(await minor.GetPageAsync("/volunteer/profile"), formSelector: "form[action='/volunteer/profile/guardian/resend']");
        Assert.Contains("less than 5 minutes ago", tooSoon.StatusMessage);

        // Made-up, damaged and malformed links.
        await AssertLinkNotWorkingAsync(guardian, "/guardian/" + FeedTokens.New());
        await AssertLinkNotWorkingAsync(guardian, thirdLink[..^1]);
        await AssertLinkNotWorkingAsync(guardian, "/guardian/abc");
        await AssertLinkNotWorkingAsync(guardian, "/guardian/" + FeedTokens.New() + "/withdraw");
        await AssertLinkNotWorkingAsync(guardian, "/guardian/" + new string('A', 48));
    }

    [Fact]
    public async Task The_coordinator_sees_who_is_waiting_with_the_guardians_address_masked_and_can_send_the_email_again()
    {
        var (_, minorEmail, guardianEmail) = await MinorAsync("coordinator-list");
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == minorEmail).Select(u => u.Id).SingleAsync());
        var coordinator = await CoordinatorAsync();

        var directory = await coordinator.GetPageAsync("/manage/volunteers");
        Assert.Contains("Waiting for guardian consent (", directory.Text);
        var list = await coordinator.GetPageAsync("/manage/volunteers?consent=waiting");
        var row = list.Document.QuerySelectorAll("table.waiting-consent tbody tr").Single(r => r.TextContent.Contains("Pat Minor", StringComparison.Ordinal)
            && r.QuerySelector($"a[href='/manage/volunteers/{userId}']") is not null);
        Assert.Contains(GuardianName, row.TextContent);
        Assert.Contains($"{guardianEmail[0]}…@e…", row.TextContent);
        Assert.DoesNotContain(guardianEmail, list.Html);

        // The volunteer's own page (each view audited) shows the address in full; the coordinator sends the email again.
        var details = await coordinator.GetPageAsync($"/manage/volunteers/{userId}");
        Assert.Contains(guardianEmail, details.Document.QuerySelector("main dl")!.TextContent);
        Assert.Contains("Waiting since", details.Document.QuerySelector("#guardian-consent")!.TextContent);
        var firstLink = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.GuardianRequestedUtc, DateTime.UtcNow.AddMinutes(-10))));
        var sent = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/manage/volunteers?consent=waiting"),
            formSelector: $"form[action='/manage/volunteers/{userId}/guardian/resend']");
        Assert.Equal("/manage/volunteers", sent.Url.AbsolutePath);
        Assert.Contains("was emailed a new link", sent.StatusMessage);
        var newLink = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;
        Assert.NotEqual(firstLink, newLink);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "GuardianConsentRequested" && a.RecordId == userId
            && a.Details!.Contains("coordinator"))));

        // Once the guardian consents, the minor leaves the list.
        var guardian = factory.CreateBrowserClient();
        await guardian.SubmitAsync(await guardian.GetPageAsync(newLink), new Dictionary<string, string?> { ["Signature"] = GuardianName });
        Assert.DoesNotContain($"/manage/volunteers/{userId}'", (await coordinator.GetPageAsync("/manage/volunteers?consent=waiting")).Html.Replace("\"", "'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_profile_with_the_old_ticked_box_stays_valid_and_the_next_edit_asks_for_the_guardians_email()
    {
        var e = await EventOnDayAsync(16, 3);
        var later = await EventOnDayAsync(18, 3);
        var email = EventSteps.Unique("legacy-minor");
        var client = await factory.LoggedInVolunteerAsync(email, AgeGroup.SixteenToSeventeen);
        // As the migration leaves a profile saved with the old box: consent given, no guardian email.
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.User!.Email == email)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.GuardianEmail, (string?)null).SetProperty(p => p.GuardianSignature, (string?)null)));

        Assert.Contains("You're signed up", (await client.SignUpAsync(e, e.Shifts[0].Id)).StatusMessage);
        Assert.Contains("add your parent or guardian's email address", (await client.GetPageAsync("/my")).Document.QuerySelector(".guardian-notice")!.TextContent);
        var form = await client.GetPageAsync("/volunteer/profile");
        Assert.Contains("by the box you ticked", form.Text);
        var refused = await client.SubmitAsync(form, formSelector: "form[action='/volunteer/profile']");
        Assert.Contains("Volunteers under 18 need a parent or guardian's consent: enter their email address, and we will email them a link to consent.", refused.Errors);

        var guardianEmail = EventSteps.Unique("legacy-guardian");
        var saved = await client.SubmitAsync(refused, new Dictionary<string, string?> { ["GuardianEmail"] = guardianEmail }, "form[action='/volunteer/profile']");
        Assert.Contains("We emailed A Parent", saved.StatusMessage);
        Assert.NotNull((await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link);
        // The shift confirmed under the old consent stays; a new sign-up waits for the guardian.
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
        await client.SignUpAsync(later, later.Shifts[0].Id);
        Assert.Equal(SignupStatus.AwaitingConsent, (await factory.SignupsAsync(later.Shifts[0].Id)).Single().Status);
    }

    [Fact]
    public async Task A_minor_who_now_says_they_are_18_has_their_waiting_sign_ups_confirmed_and_the_guardian_link_stops()
    {
        var e = await EventOnDayAsync(17, 2);
        var (minor, _, guardianEmail) = await MinorAsync("turns-18");
        await minor.SignUpAsync(e, e.Shifts[0].Id);
        var link = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;

        var saved = await minor.SubmitAsync(await minor.GetPageAsync("/volunteer/profile"), new Dictionary<string, string?> { ["AgeGroup"] = "Adult" },
            "form[action='/volunteer/profile']");
        Assert.Contains("1 sign-up that was waiting for a guardian's consent is now confirmed", saved.StatusMessage);
        Assert.Equal(SignupStatus.Confirmed, (await factory.SignupsAsync(e.Shifts[0].Id)).Single().Status);
        Assert.Equal(1, (await factory.ShiftAsync(e.Shifts[0].Id)).Filled);
        await AssertLinkNotWorkingAsync(factory.CreateBrowserClient(), link);
    }

    [Fact]
    public async Task The_personal_data_download_has_the_guardians_email_beside_their_name()
    {
        var (minor, _, guardianEmail) = await MinorAsync("my-data");
        var json = await (await minor.GetAsync("/my/data.json")).Content.ReadAsStringAsync();
        Assert.Contains(guardianEmail, json);
        Assert.Contains(GuardianName, json);
        Assert.DoesNotContain("GuardianLinkHash", json);
        var csv = await (await minor.GetAsync("/my/data.csv")).Content.ReadAsStringAsync();
        Assert.Contains($"Guardian email: {guardianEmail}", csv);
    }

    [Fact]
    public async Task Bad_input_on_the_profiles_guardian_fields_gets_a_clear_message_and_sends_nothing()
    {
        var (minor, _, guardianEmail) = await MinorAsync("bad-profile");
        var sent = await MailCountAsync(guardianEmail);
        var cases = new (string Field, string Value, string Message)[]
        {
            ("GuardianEmail", "", "Volunteers under 18 need a parent or guardian's consent: enter their email address, and we will email them a link to consent."),
            ("GuardianEmail", "not-an-email", "Enter your parent or guardian's email address like name@example.com."),
            ("GuardianEmail", "Dana <dana@example.com>", "Enter your parent or guardian's email address like name@example.com."),
            ("GuardianEmail", new string('a', 250) + "@example.com", $"Email addresses are at most {FieldLengths.VolunteerProfile.GuardianEmail} characters."),
            ("GuardianEmail", "PAT-MINOR-BAD-PROFILE", "Enter your parent or guardian's own email address, not yours: we ask them for their consent."),
            ("GuardianName", "", "Volunteers under 18 need a parent or guardian: enter their name."),
            ("GuardianName", new string('n', FieldLengths.VolunteerProfile.GuardianName + 1), $"The name must be {FieldLengths.VolunteerProfile.GuardianName} characters or fewer."),
            ("GuardianName", "evil\u202Etxt", "The name contains characters we cannot accept."),
        };
        var ownEmail = await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.GuardianEmail == guardianEmail).Select(p => p.User!.Email).SingleAsync());
        foreach (var (field, value, message) in cases)
        {
            var typed = value == "PAT-MINOR-BAD-PROFILE" ? ownEmail!.ToUpperInvariant() : value;
            var page = await minor.SubmitAsync(await minor.GetPageAsync("/volunteer/profile"), new Dictionary<string, string?> { [field] = typed },
                "form[action='/volunteer/profile']");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(message, page.Errors);
        }

        Assert.Equal(sent, await MailCountAsync(guardianEmail));
        await BadInputKit.RunAsync(minor, "/volunteer/profile", new Dictionary<string, string?>
        {
            ["Phone"] = "870-555-0104",
            ["AgeGroup"] = "ThirteenToFifteen",
            ["GuardianName"] = GuardianName,
            ["GuardianEmail"] = guardianEmail,
            ["AcceptWaiver"] = "true",
        }, formSelector: "form[action='/volunteer/profile']");
    }

    [Fact]
    public async Task Bad_input_on_the_guardians_forms_gets_a_clear_message_and_changes_nothing()
    {
        var (_, minorEmail, guardianEmail) = await MinorAsync("bad-guardian");
        var link = (await factory.LatestMailAsync(guardianEmail, "/guardian/")).Link!;
        var guardian = factory.CreateBrowserClient();
        var refusals = new Dictionary<string, string>
        {
            [""] = "Type your full name to sign your consent.",
            ["   "] = "Type your full name to sign your consent.",
            [new string('n', FieldLengths.VolunteerProfile.GuardianSignature + 1)] = $"Your name must be {FieldLengths.VolunteerProfile.GuardianSignature} characters or fewer.",
            ["nul\0char"] = "Your name contains characters we cannot accept.",
            ["evil\u202Etxt.exe"] = "Your name contains characters we cannot accept.",
        };
        foreach (var (value, message) in refusals)
        {
            var page = await guardian.SubmitAsync(await guardian.GetPageAsync(link), new Dictionary<string, string?> { ["Signature"] = value });
            if (value.Contains('\0', StringComparison.Ordinal))
            {
                // The app refuses a NUL in any form value before the action (400), as everywhere.
                Assert.Equal(HttpStatusCode.BadRequest, page.Status);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains(message, page.Errors);
            if (value.Length < 1000 && !string.IsNullOrWhiteSpace(value))
            {
                Assert.Equal(value, page.FieldValue("Signature"));
            }
        }

        Assert.Equal(GuardianConsentStatus.Waiting, await ConsentOfAsync(minorEmail));

        // Every bad value of the list in the signature and in the link's secret: never a 5xx, never markup, nothing recorded when refused.
        foreach (var value in BadInputKit.Values.Append(BadInputKit.Xss))
        {
            foreach (var field in new[] { "Signature", "Token" })
            {
                await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.User!.Email == minorEmail)
                    .ExecuteUpdateAsync(u => u.SetProperty(p => p.GuardianConsent, GuardianConsentStatus.Waiting)));
                var values = new Dictionary<string, string?> { ["Signature"] = GuardianName, [field] = value };
                var result = await guardian.SubmitAsync(await guardian.GetPageAsync(link), values);
                var shown = value.Length > 40 ? value[..40] : value;
                Assert.True((int)result.Status < 500, $"{field} = '{shown}' answered {(int)result.Status}");
                Assert.DoesNotContain("<svg onload", result.Html, StringComparison.OrdinalIgnoreCase);
                var refused = result.Status == HttpStatusCode.OK && result.Errors.Count > 0 || (int)result.Status is >= 400 and < 500;
                Assert.Equal(refused ? GuardianConsentStatus.Waiting : GuardianConsentStatus.Given, await ConsentOfAsync(minorEmail));
                if (field == "Token")
                {
                    // A NUL or an oversized value is refused before the action (400), as everywhere; any other wrong secret is a clear 404.
                    Assert.True(refused, $"Token = '{shown}' was accepted");
                    if (result.Status != HttpStatusCode.BadRequest)
                    {
                        Assert.Equal(HttpStatusCode.NotFound, result.Status);
                        Assert.Contains("This link does not work", result.Text);
                    }
                }
            }
        }

        // Decline and withdraw take only the link's secret: a wrong one is a clear 404 and changes nothing.
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.User!.Email == minorEmail)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.GuardianConsent, GuardianConsentStatus.Waiting)));
        foreach (var token in new[] { "", FeedTokens.New(), "' OR 1=1--", new string('a', 10_000) })
        {
            var decline = await guardian.SubmitAsync(await guardian.GetPageAsync(link), new Dictionary<string, string?> { ["Token"] = token }, "form[action='/guardian/decline']");
            Assert.Equal(HttpStatusCode.NotFound, decline.Status);
            Assert.Contains("This link does not work", decline.Text);
        }

        Assert.Equal(GuardianConsentStatus.Waiting, await ConsentOfAsync(minorEmail));
    }

    [Fact]
    public async Task The_coordinator_can_remove_a_minor_waiting_for_consent_from_the_roster_and_no_seat_changes()
    {
        var shiftEvent = await EventOnDayAsync(13, 2);
        var shift = shiftEvent.Shifts[0].Id;
        var (minor, _, _) = await MinorAsync("removed-while-waiting");
        await minor.SignUpAsync(shiftEvent, shift);
        var waiting = (await factory.SignupsAsync(shift)).Single();
        Assert.Equal(SignupStatus.AwaitingConsent, waiting.Status);

        var coordinator = await CoordinatorAsync();
        var roster = await coordinator.GetPageAsync($"/manage/shifts/{shift}/roster");
        var removed = await coordinator.SubmitAsync(roster, formSelector: $".awaiting-consent form[action='/manage/signups/{waiting.Id}/remove']");

        Assert.Contains("Volunteer removed from the shift", removed.StatusMessage);
        Assert.Equal(SignupStatus.Cancelled, (await factory.SignupsAsync(shift)).Single().Status);
        Assert.Equal(0, (await factory.ShiftAsync(shift)).Filled);
        Assert.Null(removed.Document.QuerySelector(".awaiting-consent"));
    }

    private const string ConfirmSignupMessage = WestMemphis.Pact.Web.Features.Volunteering.VolunteeringController.AwaitingConsentMessage;

    /// <summary>A resident of 16 or 17 who filled in the profile form with a guardian's name and email (the real form).</summary>
    private async Task<(HttpClient Minor, string MinorEmail, string GuardianEmail)> MinorAsync(string name)
    {
        var email = EventSteps.Unique("minor-" + name);
        var user = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Resident);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, "Pat Minor")));
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var guardianEmail = EventSteps.Unique("guardian-" + name);
        var saved = await client.SubmitAsync(await client.GetPageAsync("/volunteer/profile"), new Dictionary<string, string?>
        {
            ["Phone"] = "870-555-0105",
            ["AgeGroup"] = "SixteenToSeventeen",
            ["GuardianName"] = GuardianName,
            ["GuardianEmail"] = guardianEmail,
            ["AcceptWaiver"] = "true",
        }, "form[action='/volunteer/profile']");
        Assert.Equal($"Your volunteer profile is saved. We emailed {GuardianName} at {guardianEmail} for their consent: until they agree, your sign-ups wait and hold no place.",
            saved.StatusMessage);
        return (client, email, guardianEmail);
    }

    private async Task<Event> EventOnDayAsync(int days, params int[] capacities)
    {
        var start = DateTime.UtcNow.Date.AddDays(days).AddHours(15).AddMinutes(Random.Shared.Next(0, 50));
        return await factory.EventAsync(start, start.AddHours(2), EventStatus.Published, capacities);
    }

    private async Task<HttpClient> CoordinatorAsync()
    {
        var email = EventSteps.Unique("coordinator");
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>The minor presses "Send the link again" once the last email is old enough (moved back in the database).</summary>
    private async Task ResendAfterIntervalAsync(HttpClient minor, string minorEmail)
    {
        var page = await minor.GetPageAsync("/volunteer/profile");
        await factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.User!.Email == minorEmail)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.GuardianRequestedUtc, DateTime.UtcNow.AddMinutes(-10))));
        var sent = await minor.SubmitAsync(page, formSelector: "form[action='/volunteer/profile/guardian/resend']");
        Assert.Contains("we emailed your parent or guardian a new link", sent.StatusMessage);
    }

    private Task<int> MailCountAsync(string to) => factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == to));

    private Task<GuardianConsentStatus> ConsentOfAsync(string minorEmail) =>
        factory.WithDbAsync(db => db.VolunteerProfiles.Where(p => p.User!.Email == minorEmail).Select(p => p.GuardianConsent).SingleAsync());

    private static async Task AssertLinkNotWorkingAsync(HttpClient client, string link)
    {
        var page = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("This link does not work", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("A newer email may have replaced it", page.Text);
    }
}
