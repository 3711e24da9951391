using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Presentations;
using WestMemphis.Pact.IntegrationTests.Security;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// The sweeps over every page of the role matrix (axe, reflow): which routes are pages, the role that opens each,
/// sample records for the pages with route parameters, and a browser page signed in as a role. A new page with route
/// parameters needs a sample address here, or the sweeps fail.
/// </summary>
public sealed partial class EveryPage(BrowserFixture fixture)
{
    /// <summary>Not HTML pages, or not pages a person visits.</summary>
    private static readonly HashSet<string> NotPages =
    [
        "GET {**path:file}", "HEAD {**path:file}", "* /health", "* error", "* error/{code:int}", "* {*path:nonfile}",
        "GET admin/audit/export.csv", "GET events/calendar.ics", "GET events/{id:int}.ics", "GET my/calendar/{token}.ics",
        "GET manage/events/{id:int}/roster.csv", "GET manage/volunteers.csv", "GET my/hours.csv", "GET appearances/{token}.ics",
        "GET my/data.json", "GET my/data.csv",
        "GET liaison/contacts.csv", "GET liaison/report.csv", "GET manage/congregations.csv", "GET manage/partners.csv",
        "GET concerns/manage/{id:int}/photo",
        "GET dashboard/{table}.csv", "GET manage/feedback/{id:int}/qr.svg",
        "GET records/release/concern/{id:int}.csv", "GET records/release/contact/{id:int}.csv", "GET records/release/request/{id:int}.csv",
        "GET records/release/problem/{id:int}.csv", "GET records/release/review/{id:int}.csv",
        "GET crime/review.csv", "GET crime/incidents.csv", "GET crime/import/{id:long}/progress.json", "GET crime/import/{id:long}/rejected.csv",
        "GET data.json", "GET data/{dataset}.csv", "GET data/{dataset}.json",
    ];

    public static readonly Dictionary<Access, string?> RoleFor = new()
    {
        [Access.Anonymous] = null,
        [Access.SignedIn] = Roles.Resident,
        [Access.Resident] = Roles.Resident,
        [Access.Coordinator] = Roles.Coordinator,
        [Access.Officer] = Roles.Officer,
        [Access.Staff] = Roles.Officer,
        [Access.Admin] = Roles.Admin,
    };

    private int? _sampleShift;

    public static readonly string?[] EveryRole = [null, Roles.Resident, Roles.Coordinator, Roles.Officer, Roles.Admin];

    /// <summary>
    /// Buttons and link-buttons next to each other on a line (at most 40 px apart): their boxes and their text must
    /// share a middle, within a pixel. A link-button given a taller min-height keeps its text at the top while a
    /// button centres it; that is the 3 px step the review saw between "Edit" and "Mark completed".
    /// </summary>
    public const string ButtonsOutOfLine = @"() => {
        const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
        const controls = Array.from(document.querySelectorAll('main a.btn, main button, main input[type=submit]')).filter(shown);
        const textMiddle = e => { const range = document.createRange(); range.selectNodeContents(e); const box = Array.from(range.getClientRects()).find(r => r.height > 0); return box ? box.top + box.height / 2 : null; };
        const name = e => (e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const found = [];
        for (const a of controls) {
            const ra = a.getBoundingClientRect();
            for (const b of controls) {
                const rb = b.getBoundingClientRect();
                const gap = rb.left - ra.right;
                if (a === b || gap < 0 || gap > 40 || rb.bottom <= ra.top || rb.top >= ra.bottom) continue;
                const boxes = Math.abs((ra.top + ra.height / 2) - (rb.top + rb.height / 2));
                const ta = textMiddle(a), tb = textMiddle(b);
                const texts = ta === null || tb === null ? 0 : Math.abs(ta - tb);
                if (boxes > 1 || texts > 1) {
                    found.push(`'${name(a)}' and '${name(b)}': middles ${boxes.toFixed(1)} px apart, text ${texts.toFixed(1)} px apart`);
                }
            }
        }
        return found;
    }";

    /// <summary>
    /// What breaks WCAG 1.4.10 on the page as it is now (the caller has set a 320-px viewport): a page wider than the
    /// window, a table outside a labelled, focusable scroll region, buttons side by side that do not line up.
    /// </summary>
    public static async Task<List<string>> ReflowProblemsAsync(IPage page, string url, string? role)
    {
        var who = role ?? "anonymous";
        var problems = new List<string>();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 320)
        {
            problems.Add($"{url} as {who}: {width} px wide: {await page.EvaluateAsync<string>(WiderThanPage)}");
        }

        var tables = await page.EvaluateAsync<string[]>(TablesOutsideAScrollRegion);
        problems.AddRange(tables.Select(t => $"{url} as {who}: table not in a labelled, focusable scroll region: {t}"));
        problems.AddRange((await page.EvaluateAsync<string[]>(ButtonsOutOfLine)).Select(b => $"{url} as {who}: buttons side by side do not line up: {b}"));
        return problems;
    }

    private const string WiderThanPage =
        "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-4).map(e => e.tagName + '.' + e.className).join(' | ')";

    private const string TablesOutsideAScrollRegion = @"() => Array.from(document.querySelectorAll('table')).filter(t => {
        const region = t.closest('.table-responsive');
        return !region || region.getAttribute('role') !== 'region' || region.tabIndex !== 0
            || !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'))
            || !['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
    }).map(t => (t.querySelector('caption') || t).textContent.trim().slice(0, 60))";

    public async Task<IPage> SignedInPageAsync(string? role, int width, int height, Dictionary<string, string> samples)
    {
        var page = await fixture.NewPageAsync(width, height);
        if (role is not null)
        {
            var email = $"axe-{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
            var user = await fixture.App.CreateUserAsync(email, TestUsers.Password, role);
            await page.LoginAsync(email);
            if (role == Roles.Officer)
            {
                await LiaisonSamples.AddOwnContactAsync(fixture.App, user.Id, samples); // an officer opens only their own logs
            }

            if (role == Roles.Resident && _sampleShift is { } shift)
            {
                // A resident opens only their own sign-ups: one to cancel, one just cancelled (with Undo).
                var (open, cancelled) = await fixture.App.WithDbAsync(async db =>
                {
                    var a = new Signup { ShiftId = shift, VolunteerId = user.Id, Status = SignupStatus.Confirmed, CreatedUtc = DateTime.UtcNow, IdempotencyKey = Guid.NewGuid().ToString("N") };
                    var b = new Signup { ShiftId = shift, VolunteerId = user.Id, Status = SignupStatus.Cancelled, CreatedUtc = DateTime.UtcNow, CancelledUtc = DateTime.UtcNow, IdempotencyKey = Guid.NewGuid().ToString("N") };
                    db.Signups.AddRange(a, b);
                    await db.SaveChangesAsync();
                    return (a.Id, b.Id);
                });
                samples["GET signups/{id:long}/cancel"] = $"/signups/{open}/cancel?returnUrl=%2Fmy";
                samples["GET signups/{id:long}/cancelled"] = $"/signups/{cancelled}/cancelled";
                samples["GET my/letters/{id:int}"] = $"/my/letters/{(await SampleLetterAsync(user.Id)).Id}";
            }
        }

        return page;
    }

    /// <summary>A letter of hours served with long values, as wide as real ones (arrangement: issuing one has its own tests).</summary>
    private async Task<HoursLetter> SampleLetterAsync(string volunteerId)
    {
        var start = DateTime.UtcNow.Date.AddDays(-30).AddHours(15);
        var letter = new HoursLetter
        {
            VerificationCode = HoursLetterCode.New(),
            VolunteerId = volunteerId,
            VolunteerName = "Alexandria Montgomery-Washington",
            FirstShiftUtc = start,
            LastShiftUtc = start.AddDays(14),
            TotalHours = 7.75,
            ShiftCount = 2,
            IssuedUtc = DateTime.UtcNow,
            Shifts =
            [
                new HoursLetterShift { EventTitle = "Spring cleanup with Keep West Memphis Beautiful, Ward 3", Role = "Litter pick-up crew leader", StartUtc = start, EndUtc = start.AddHours(4), Hours = 4 },
                new HoursLetterShift { EventTitle = "National Night Out block party", Role = "Welcome table", StartUtc = start.AddDays(14), EndUtc = start.AddDays(14).AddHours(4), Hours = 3.75 },
            ],
        };
        await fixture.App.WithDbAsync(async db =>
        {
            db.HoursLetters.Add(letter);
            await db.SaveChangesAsync();
        });
        return letter;
    }

    /// <summary>A minor of 16 or 17 with a long name and a sign-up on the sample shift, whose guardian's link is the secret returned.</summary>
    private async Task<string> SampleGuardianLinkAsync(GuardianConsentStatus status, int shiftId)
    {
        var minor = await fixture.App.CreateUserAsync($"axe-minor-{Guid.NewGuid():N}@example.com", TestUsers.Password, Roles.Resident);
        var token = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.New();
        await fixture.App.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == minor.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, "Alexandria Montgomery-Washington"));
            db.VolunteerProfiles.Add(new VolunteerProfile
            {
                UserId = minor.Id,
                Phone = "870-555-0100",
                AgeGroup = AgeGroup.SixteenToSeventeen,
                WaiverVersion = "2026-1",
                WaiverAcceptedUtc = DateTime.UtcNow,
                GuardianName = "Jacqueline Montgomery-Washington",
                GuardianEmail = "jacqueline.montgomery-washington@neighbourhood-association.example.org",
                GuardianConsent = status,
                GuardianRequestedUtc = DateTime.UtcNow.AddDays(-1),
                GuardianConsentUtc = status == GuardianConsentStatus.Given ? DateTime.UtcNow : null,
                GuardianAnsweredUtc = status == GuardianConsentStatus.Given ? DateTime.UtcNow : null,
                GuardianSignature = status == GuardianConsentStatus.Given ? "Jacqueline Montgomery-Washington" : null,
                GuardianLinkHash = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.Hash(token),
                CreatedUtc = DateTime.UtcNow,
                UpdatedUtc = DateTime.UtcNow,
            });
            db.Signups.Add(new Signup
            {
                ShiftId = shiftId,
                VolunteerId = minor.Id,
                Status = status == GuardianConsentStatus.Given ? SignupStatus.Confirmed : SignupStatus.AwaitingConsent,
                CreatedUtc = DateTime.UtcNow,
                IdempotencyKey = Guid.NewGuid().ToString("N"),
            });
            await db.SaveChangesAsync();
        });
        if (status == GuardianConsentStatus.Given)
        {
            await fixture.App.WithDbAsync(db => db.Shifts.Where(s => s.Id == shiftId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Filled, s => s.Filled + 1)));
        }

        return token;
    }

    public static async Task GoAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is not null && response.Status < 500, $"{url} answered {response?.Status}");
        Assert.DoesNotMatch(LoginUrl(), page.Url);
    }

    /// <summary>Every HTML page of the role matrix, and the address to open each at (with sample records).</summary>
    public async Task<(List<KeyValuePair<string, Access>> Pages, Dictionary<string, string> Samples, Func<string, string> UrlFor)> PagesAsync()
    {
        var sampleUser = await fixture.App.VolunteerAsync($"sample-{Guid.NewGuid():N}@example.com");
        var sampleEvent = await fixture.App.PublishedEventAsync(5);
        var shift = sampleEvent.Shifts.First().Id;
        _sampleShift = shift;
        var e = sampleEvent.Id;
        // A queued email with long values, so the outbox table has a row as wide as real ones.
        var sampleEmail = await fixture.App.WithDbAsync(async db =>
        {
            var message = new OutboxMessage
            {
                Kind = "SignupConfirmed",
                ToAddress = "a.very.long.address.for.a.volunteer@neighbourhood-association.example.org",
                Subject = "You are signed up: Spring cleanup with Keep West Memphis Beautiful, Ward 3 crew",
                TextBody = "-",
                CreatedUtc = DateTime.UtcNow,
                NextAttemptUtc = DateTime.UtcNow.AddYears(1),
                Status = OutboxStatus.Failed,
                LastError = "SMTP 550 5.1.1 The email account that you tried to reach does not exist",
            };
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
        var sampleRequest = (await fixture.App.ArrangeRequestAsync("Axe Club", PresentationSteps.DaysAhead(50), 10, bookRusty: false)).Id;
        // A private status link of the sample request: the page it opens is the status page with the request shown.
        var sampleStatusToken = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.New();
        await fixture.App.WithDbAsync(async db =>
        {
            db.StatusLinks.Add(new StatusLink { PresentationRequestId = sampleRequest, TokenHash = WestMemphis.Pact.Web.Infrastructure.Security.FeedTokens.Hash(sampleStatusToken), CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        // A minor's guardian links: one waiting for the answer (the page with the consent and decline forms), one consented
        // (the withdrawal's confirmation page), each with the minor's sign-ups listed.
        var waitingGuardian = await SampleGuardianLinkAsync(GuardianConsentStatus.Waiting, shift);
        var consentedGuardian = await SampleGuardianLinkAsync(GuardianConsentStatus.Given, shift);
        var sampleSchool = await fixture.App.WithDbAsync(async db =>
        {
            var school = new School { Name = "Axe Elementary " + Guid.NewGuid().ToString("N")[..6], District = "West Memphis School District", Grades = "K-6" };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            return school.Id;
        });
        var samples = new Dictionary<string, string>
        {
            ["GET admin/users/{id}"] = $"/admin/users/{sampleUser.Id}",
            ["GET admin/outbox/{id:long}"] = $"/admin/outbox/{sampleEmail}",
            ["GET events/{id:int}/{slug?}"] = sampleEvent.EventUrl(),
            ["GET manage/events/{id:int}"] = $"/manage/events/{e}",
            ["GET manage/events/{id:int}/edit"] = $"/manage/events/{e}/edit",
            ["GET manage/events/{id:int}/cancel"] = $"/manage/events/{e}/cancel",
            ["GET manage/events/{id:int}/message"] = $"/manage/events/{e}/message",
            ["GET manage/events/{id:int}/results"] = $"/manage/events/{e}/results",
            ["GET manage/events/{id:int}/shifts/new"] = $"/manage/events/{e}/shifts/new",
            ["GET manage/shifts/{id:int}/edit"] = $"/manage/shifts/{shift}/edit",
            ["GET manage/shifts/{id:int}/roster"] = $"/manage/shifts/{shift}/roster",
            ["GET shifts/{id:int}/signup"] = $"/shifts/{shift}/signup",
            ["GET manage/volunteers/{id}"] = $"/manage/volunteers/{sampleUser.Id}",
            ["GET manage/presentations/{id:int}"] = $"/manage/presentations/{sampleRequest}",
            ["GET manage/presentations/{id:int}/schedule"] = $"/manage/presentations/{sampleRequest}/schedule",
            ["GET manage/presentations/{id:int}/decline"] = $"/manage/presentations/{sampleRequest}/decline",
            ["GET status/{token}"] = $"/status/{sampleStatusToken}",
            ["GET guardian/{token}"] = $"/guardian/{waitingGuardian}",
            ["GET guardian/{token}/withdraw"] = $"/guardian/{consentedGuardian}/withdraw",
            // Replaced by the signed-in resident's own sign-ups (SignedInPageAsync); others see "not found".
            ["GET signups/{id:long}/cancel"] = "/signups/0/cancel",
            ["GET signups/{id:long}/cancelled"] = "/signups/0/cancelled",
            ["GET manage/schools/{id:int}/edit"] = $"/manage/schools/{sampleSchool}/edit",
            // Replaced by the signed-in resident's own letter (SignedInPageAsync); others see "not found".
            ["GET my/letters/{id:int}"] = "/my/letters/0",
            // The check of a letter with its answer shown, as the letter's own link opens it.
            ["GET verify"] = $"/verify?code={HoursLetterCode.Format((await SampleLetterAsync(sampleUser.Id)).VerificationCode)}",
        };
        await LiaisonSamples.AddAsync(fixture.App, samples);
        await ConcernSamples.AddAsync(fixture.App, samples);
        await FeedbackSamples.AddAsync(fixture.App, samples);
        await CrimeReviewSamples.AddAsync(fixture.App, samples);
        await CrimeImportSamples.AddAsync(fixture.App, samples);
        await CrimeAdminSamples.AddAsync(fixture.App, samples);
        await RecordReleaseSamples.AddAsync(fixture.App, samples);

        var pages = AccessMatrix.Endpoints
            .Where(e => (e.Key.StartsWith("GET ", StringComparison.Ordinal) || e.Key.StartsWith("* ", StringComparison.Ordinal)) && !NotPages.Contains(e.Key))
            .ToList();
        var missing = pages.Where(p => p.Key.Contains('{', StringComparison.Ordinal) && !samples.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        Assert.True(missing.Count == 0, "Give these pages a sample address: " + string.Join(", ", missing));
        return (pages, samples, key => samples.TryGetValue(key, out var sample) ? sample : "/" + key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..].TrimStart('/'));
    }

    [GeneratedRegex("/Account/Login\\?ReturnUrl")]
    private static partial Regex LoginUrl();
}
