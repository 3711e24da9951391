using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// A letter of hours served: a volunteer issues it from /my through the real form, prints it, and anyone checks its code
/// at /verify and sees the name, hours and dates it states — nothing else, and never someone else's letter.
/// </summary>
public sealed partial class HoursLetterTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [GeneratedRegex("PACT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")]
    private static partial Regex CodePattern();

    /// <summary>A resident with a name of their own (the account's full name), signed in.</summary>
    private async Task<(ApplicationUser User, string Email, HttpClient Client)> VolunteerAsync(string name)
    {
        var email = EventSteps.Unique("letter");
        var user = await factory.VolunteerAsync(email);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, name)));
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return (user, email, client);
    }

    /// <summary>A completed event in the past with one shift the volunteer attended (arrangement: the roster's forms have their own tests).</summary>
    private async Task<string> ServedAsync(string userId, DateTime startUtc, double hours, bool approved, SignupStatus status = SignupStatus.Attended)
    {
        var e = await factory.EventAsync(startUtc, startUtc.AddHours(3), EventStatus.Completed, 10);
        await factory.WithDbAsync(async db =>
        {
            db.Signups.Add(new Signup
            {
                ShiftId = e.Shifts[0].Id,
                VolunteerId = userId,
                Status = status,
                CreatedUtc = startUtc.AddDays(-7),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                CheckedInUtc = status == SignupStatus.Attended ? startUtc : null,
                CheckedOutUtc = status == SignupStatus.Attended ? startUtc.AddHours(hours) : null,
                Hours = hours,
                HoursApproved = approved,
            });
            await db.SaveChangesAsync();
        });
        return e.Title;
    }

    private static DateTime DaysAgo(int days) => DateTime.UtcNow.Date.AddDays(-days).AddHours(15);

    [Fact]
    public async Task A_letter_counts_only_approved_hours_of_attended_shifts_and_verify_shows_its_name_hours_and_dates_but_nothing_else()
    {
        var (user, email, client) = await VolunteerAsync("Jordan Avery Ellis");
        var first = await ServedAsync(user.Id, DaysAgo(60), 2.5, approved: true);
        var second = await ServedAsync(user.Id, DaysAgo(20), 3, approved: true);
        var awaiting = await ServedAsync(user.Id, DaysAgo(10), 4, approved: false);
        var noShow = await ServedAsync(user.Id, DaysAgo(5), 6, approved: true, SignupStatus.NoShow);

        var my = await client.GetPageAsync("/my");
        var link = my.Document.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Letter of hours served").GetAttribute("href");
        var form = await client.GetPageAsync(link!);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("5.5 approved hours", form.Text, StringComparison.Ordinal);
        Assert.Contains("your name as your account has it: Jordan Avery Ellis", form.Text, StringComparison.Ordinal);

        var letter = await client.SubmitAsync(form);
        Assert.Matches("^/my/letters/[0-9]+$", letter.Url.AbsolutePath);
        Assert.Contains("Your letter is ready", letter.StatusMessage);
        Assert.Contains("Jordan Avery Ellis", letter.Text, StringComparison.Ordinal);
        Assert.Contains("5.5 hours", letter.Text, StringComparison.Ordinal);
        Assert.Contains("Community Engagement Unit", letter.Text, StringComparison.Ordinal);
        Assert.Contains(first, letter.Text, StringComparison.Ordinal);
        Assert.Contains(second, letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(awaiting, letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(noShow, letter.Text, StringComparison.Ordinal);
        var code = CodePattern().Match(letter.Text).Value;
        Assert.NotEmpty(code);
        var direct = letter.Document.QuerySelectorAll("a[href*='/verify?code=']").Select(a => a.GetAttribute("href")!).First();
        Assert.StartsWith("https://localhost/verify?code=", direct, StringComparison.Ordinal);

        var id = int.Parse(letter.Url.AbsolutePath["/my/letters/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await factory.WithDbAsync(db => db.HoursLetters.AsNoTracking().Include(l => l.Shifts).SingleAsync(l => l.Id == id));
        Assert.Equal(5.5, stored.TotalHours);
        Assert.Equal(2, stored.ShiftCount);
        Assert.Equal(2, stored.Shifts.Count);
        Assert.Equal(DaysAgo(60), stored.FirstShiftUtc);
        Assert.Equal(DaysAgo(20), stored.LastShiftUtc);
        Assert.Equal(code.Replace("PACT-", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), stored.VerificationCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "HoursLetterIssued" && a.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(user.Id, audit.UserId);
        Assert.DoesNotContain(code, audit.Details ?? "", StringComparison.Ordinal);

        // Anyone, signed in or not, follows the letter's own link or types the code loosely.
        var anonymous = factory.CreateBrowserClient();
        foreach (var url in new[] { new Uri(direct).PathAndQuery, "/verify?code=" + Uri.EscapeDataString(" " + code.ToLowerInvariant().Replace('-', ' ') + " ") })
        {
            var verified = await anonymous.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, verified.Status);
            Assert.Contains("This letter is genuine", verified.Text, StringComparison.Ordinal);
            Assert.Contains("Jordan Avery Ellis", verified.Text, StringComparison.Ordinal);
            Assert.Contains("5.5 hours", verified.Text, StringComparison.Ordinal);
            Assert.Contains(CentralTime.FormatDate(DaysAgo(60)), verified.Text, StringComparison.Ordinal);
            Assert.Contains(CentralTime.FormatDate(DaysAgo(20)), verified.Text, StringComparison.Ordinal);
            foreach (var secret in new[] { email, email.Split('@')[0], user.Id, first, second, awaiting, noShow, "Crew 1" })
            {
                Assert.DoesNotContain(secret, verified.Html, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Equal("no-store", verified.Response.Headers.CacheControl?.ToString());
        }

        // The verify page's own form: a GET with a labelled field.
        var blank = await anonymous.GetPageAsync("/verify");
        var field = blank.Document.QuerySelector("form[method=get][action='/verify'] input[name=code]");
        Assert.NotNull(field);
        Assert.Equal("Verification code", blank.Document.QuerySelector($"label[for='{field!.Id}']")?.TextContent.Replace("*", "", StringComparison.Ordinal).Trim());

        // The letter is listed for reprinting.
        var list = await client.GetPageAsync("/my/letters");
        Assert.NotNull(list.Document.QuerySelector($"a[href='/my/letters/{id}']"));
    }

    [Fact]
    public async Task A_period_limits_the_letter_to_its_days_and_a_period_without_approved_hours_gets_a_message_not_an_empty_letter()
    {
        var (user, _, client) = await VolunteerAsync("Sam Rivera");
        var early = await ServedAsync(user.Id, DaysAgo(90), 2, approved: true);
        var late = await ServedAsync(user.Id, DaysAgo(30), 1.25, approved: true);
        var day = CentralTime.ToLocal(DaysAgo(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var letter = await client.SubmitAsync(await client.GetPageAsync("/my/letters"), new Dictionary<string, string?> { ["From"] = day, ["To"] = day });
        Assert.Matches("^/my/letters/[0-9]+$", letter.Url.AbsolutePath);
        Assert.Contains(late, letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(early, letter.Text, StringComparison.Ordinal);
        Assert.Contains("1.25 hours", letter.Text, StringComparison.Ordinal);

        var lettersBefore = await factory.WithDbAsync(db => db.HoursLetters.CountAsync(l => l.VolunteerId == user.Id));
        var empty = await client.SubmitAsync(await client.GetPageAsync("/my/letters"), new Dictionary<string, string?> { ["From"] = "2001-01-01", ["To"] = "2001-12-31" });
        Assert.Equal("/my/letters", empty.Url.AbsolutePath);
        Assert.Contains(empty.Errors, e => e.Contains("no approved hours in those dates", StringComparison.Ordinal));
        Assert.Equal("2001-01-01", empty.FieldValue("From"));

        var backwards = await client.SubmitAsync(await client.GetPageAsync("/my/letters"), new Dictionary<string, string?> { ["From"] = "2026-06-30", ["To"] = "2026-01-01" });
        Assert.Contains("The last day must be on or after the first day.", backwards.Errors);
        var nonsense = await client.SubmitAsync(await client.GetPageAsync("/my/letters"), new Dictionary<string, string?> { ["From"] = "30 February", ["To"] = "9999-12-31" });
        Assert.Equal(HttpStatusCode.OK, nonsense.Status);
        Assert.Contains(nonsense.Errors, e => e.StartsWith("Enter the first day as a date", StringComparison.Ordinal));
        Assert.Contains(nonsense.Errors, e => e.StartsWith("The last day must be between", StringComparison.Ordinal));
        Assert.Equal(lettersBefore, await factory.WithDbAsync(db => db.HoursLetters.CountAsync(l => l.VolunteerId == user.Id)));
    }

    [Fact]
    public async Task The_letter_form_survives_bad_input()
    {
        var (user, _, client) = await VolunteerAsync("Bad Input Volunteer");
        await ServedAsync(user.Id, DaysAgo(8), 2, approved: true);
        var outcomes = await BadInputKit.RunAsync(client, "/my/letters", new Dictionary<string, string?> { ["From"] = "", ["To"] = "" });
        Assert.All(outcomes, o => Assert.True((int)o.Status < 500, $"{o.Field}={o.Value[..Math.Min(20, o.Value.Length)]} answered {o.Status}"));
    }

    [Fact]
    public async Task A_volunteer_without_approved_hours_is_told_so_and_is_offered_no_letter()
    {
        var (user, _, client) = await VolunteerAsync("Casey Morgan");
        await ServedAsync(user.Id, DaysAgo(3), 2, approved: false);

        var page = await client.GetPageAsync("/my/letters");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("You have no approved volunteer hours yet", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form[action='/my/letters']"));

        // Posting anyway (the form of an earlier visit) issues nothing and says why.
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var posted = await HtmlPage.FromAsync(await client.PostAsync("/my/letters", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token ?? "", ["From"] = "", ["To"] = "" })));
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains("You have no approved volunteer hours yet", posted.Text, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.HoursLetters.AnyAsync(l => l.VolunteerId == user.Id)));
    }

    [Theory]
    [InlineData("PACT-2345-6789-ABCD", "No letter has this code")]
    [InlineData("pact 2345 6789 abcd", "No letter has this code")]
    [InlineData("PACT-0000-1111-OOII", "This is not a letter's code")]
    [InlineData("\"><svg onload=alert(1)>", "This is not a letter's code")]
    [InlineData("' OR 1=1--", "This is not a letter's code")]
    [InlineData("", "Enter the verification code")]
    public async Task An_unknown_or_malformed_code_gets_a_clear_message_with_what_was_typed_kept(string typed, string message)
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/verify?code=" + Uri.EscapeDataString(typed));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.DoesNotContain("This letter is genuine", page.Text, StringComparison.Ordinal);
        Assert.Equal(typed, page.FieldValue("code"));

        var huge = await factory.CreateBrowserClient().GetPageAsync("/verify?code=" + new string('A', 5000));
        Assert.Equal(HttpStatusCode.OK, huge.Status);
        Assert.Contains(huge.Errors, e => e.StartsWith("This is not a letter's code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_else_opens_a_volunteers_letter_and_a_visitor_is_sent_to_log_in()
    {
        var (owner, _, client) = await VolunteerAsync("Riley Owner");
        await ServedAsync(owner.Id, DaysAgo(14), 2, approved: true);
        var letter = await client.SubmitAsync(await client.GetPageAsync("/my/letters"));
        var path = letter.Url.AbsolutePath;
        Assert.Matches("^/my/letters/[0-9]+$", path);

        var (_, _, other) = await VolunteerAsync("Other Resident");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/my/letters/999999")).StatusCode);
        var otherList = await other.GetPageAsync("/my/letters");
        Assert.Null(otherList.Document.QuerySelector($"a[href='{path}']"));

        var anonymous = await factory.CreateBrowserClient(followRedirects: false).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_letter_is_no_longer_vouched_for_and_only_its_owner_can_withdraw_it()
    {
        var (owner, _, client) = await VolunteerAsync("Drew Withdrawn");
        await ServedAsync(owner.Id, DaysAgo(9), 3, approved: true);
        var letter = await client.SubmitAsync(await client.GetPageAsync("/my/letters"));
        var code = CodePattern().Match(letter.Text).Value;
        var path = letter.Url.AbsolutePath;

        // Another resident posting to it (with their own valid token) changes nothing.
        var (_, _, other) = await VolunteerAsync("Other Withdrawer");
        var otherPage = await other.GetPageAsync("/my/letters");
        var token = otherPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await other.PostAsync(path + "/withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("This letter is genuine", (await factory.CreateBrowserClient().GetPageAsync("/verify?code=" + code)).Text, StringComparison.Ordinal);

        var withdrawn = await client.SubmitAsync(letter, formSelector: $"form[action='{path}/withdraw']");
        Assert.Equal(path, withdrawn.Url.AbsolutePath);
        Assert.Contains("Withdrawn", withdrawn.StatusMessage);
        Assert.Null(withdrawn.Document.QuerySelector($"form[action='{path}/withdraw']"));
        var check = await factory.CreateBrowserClient().GetPageAsync("/verify?code=" + code);
        Assert.Contains("This letter was withdrawn", check.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("This letter is genuine", check.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("3 hours", check.Text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "HoursLetterWithdrawn" && a.UserId == owner.Id)));
    }

    [Fact]
    public async Task Looking_codes_up_spends_the_strict_look_up_budget_per_address()
    {
        using var limited = new PactFactory().With("RateLimits:PublicFormsPerMinute", "3");
        var guesser = limited.CreateBrowserClient(remoteAddress: "203.0.113.77");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await guesser.GetAsync($"/verify?code=PACT-2345-6789-ABC{i + 2}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // Opening the empty form is not a guess, and another address is not held back.
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateBrowserClient(remoteAddress: "203.0.113.78").GetAsync("/verify?code=PACT-2345-6789-ABCD")).StatusCode);
    }
}
