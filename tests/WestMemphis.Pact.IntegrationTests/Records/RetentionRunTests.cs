using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Liaison;
using WestMemphis.Pact.Web.Features.Admin;
using WestMemphis.Pact.Web.Features.Concerns;

namespace WestMemphis.Pact.IntegrationTests.Records;

/// <summary>
/// The nightly retention run, with short periods: it anonymises exactly the expired concern (its photo file too) and
/// deletes the expired sent email, leaves recent ones and a held twin, writes one audit row with counts, does nothing
/// a second time the same day, and leaves a past month's dashboard reading the same.
/// </summary>
public sealed class RetentionRunTests(RetentionRunTests.Factory factory) : IClassFixture<RetentionRunTests.Factory>
{
    /// <summary>
    /// A clock that starts now (sign-in cookies carry its expiry, which the client checks against the real time);
    /// concerns expire 3 months after resolution, sent emails after 1, and the run may start at any hour.
    /// </summary>
    public sealed class Factory : PactFactory
    {
        public Factory()
        {
            Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            With("Retention:PollSeconds", "0");
            With("Retention:RunFromHour", "0");
            With("Retention:Rules:Concern:Months", "3");
            With("Retention:Rules:OutboxMessage:Months", "1");
        }
    }

    private DateTime Now => factory.Clock!.GetUtcNow().UtcDateTime;

    /// <summary>The first of the month six months ago, 15:00 UTC: the past month whose figures must not change.</summary>
    private DateTime PastMonth => new DateTime(Now.Year, Now.Month, 1, 15, 0, 0, DateTimeKind.Utc).AddMonths(-6);

    [Fact]
    public async Task A_run_anonymises_and_deletes_only_what_expired_and_unheld_once_a_day_and_past_figures_stay()
    {
        var store = factory.Services.GetRequiredService<ConcernPhotoStore>();
        Directory.CreateDirectory(store.Folder);
        var photo = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + ".jpg";
        await File.WriteAllBytesAsync(Path.Combine(store.Folder, photo), [0xFF, 0xD8, 0xFF, 0xD9]);
        var (admin, adminUser) = await factory.SignedInAsync(Roles.Admin);

        var ids = await factory.WithDbAsync(async db =>
        {
            var area = new Area { Name = "Retention ward", Code = "RET1", SortOrder = 200 };
            db.Areas.Add(area);
            await db.SaveChangesAsync();
            Concern NewConcern(DateTime created, DateTime resolved, string? photoName = null)
            {
                var concern = new Concern
                {
                    ReferenceCode = "C-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), IdempotencyKey = Guid.NewGuid().ToString("N"),
                    Category = ConcernCategory.IllegalDumping, Location = "700 E Broadway St", AreaId = area.Id,
                    Description = "Tires dumped behind my house at 12 Elm", ReporterName = "Robin Reporter", ReporterEmail = "robin@example.com",
                    ReporterPhone = "870-555-0101", PhotoStoredName = photoName, PhotoContentType = photoName is null ? null : "image/jpeg",
                    CreatedUtc = created, UpdatedUtc = resolved, AcknowledgedUtc = created, ResolvedUtc = resolved, Status = ConcernStatus.Resolved,
                };
                db.Concerns.Add(concern);
                return concern;
            }

            var expired = NewConcern(PastMonth.AddDays(4), PastMonth.AddDays(19), photo);
            var heldTwin = NewConcern(PastMonth.AddDays(4), PastMonth.AddDays(19));
            var recent = NewConcern(Now.AddMonths(-2), Now.AddMonths(-1));
            OutboxMessage Mail(DateTime created, OutboxStatus status)
            {
                var message = new OutboxMessage
                {
                    ToAddress = "robin@example.com", Subject = "Your concern", TextBody = "Hello", Kind = "RetentionTest",
                    CreatedUtc = created, NextAttemptUtc = created, Status = status, SentUtc = status == OutboxStatus.Sent ? created : null,
                };
                db.OutboxMessages.Add(message);
                return message;
            }

            var oldSent = Mail(Now.AddMonths(-2), OutboxStatus.Sent);
            var oldPending = Mail(Now.AddMonths(-2), OutboxStatus.Pending);
            var recentSent = Mail(Now.AddDays(-5), OutboxStatus.Sent);
            await db.SaveChangesAsync();
            db.LegalHolds.Add(new LegalHold
            {
                Kind = HoldKind.Record, RecordKind = RecordKind.Concern, RecordId = heldTwin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Reason = "Open records request", PlacedById = adminUser.Id, PlacedUtc = Now,
            });
            await db.SaveChangesAsync();
            return (Expired: expired.Id, Held: heldTwin.Id, Recent: recent.Id, OldSent: oldSent.Id, OldPending: oldPending.Id, RecentSent: recentSent.Id);
        });

        var (coordinator, _) = await factory.SignedInAsync(Roles.Coordinator);
        var dashboard = $"/dashboard?from={PastMonth:yyyy-MM-dd}&to={PastMonth.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
        var before = Figures(await coordinator.GetPageAsync(dashboard));
        var preview = await admin.GetPageAsync("/admin/records");
        Assert.Equal(("1", "1"), (preview.Document.QuerySelector("#rule-Concern .due")!.TextContent, preview.Document.QuerySelector("#rule-Concern .held")!.TextContent));
        Assert.Equal("1", preview.Document.QuerySelector("#rule-OutboxMessage .due")!.TextContent);

        var worker = factory.Services.GetRequiredService<RetentionService>();
        Assert.Equal(1, await worker.SendDueAsync());

        await factory.WithDbAsync(async db =>
        {
            var expired = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == ids.Expired);
            Assert.Equal(RecordsRetention.Removed, expired.Description);
            Assert.Null(expired.ReporterName);
            Assert.Null(expired.ReporterEmail);
            Assert.Null(expired.ReporterPhone);
            Assert.Null(expired.PhotoStoredName);
            Assert.Equal((ConcernCategory.IllegalDumping, PastMonth.AddDays(4), PastMonth.AddDays(19)), (expired.Category, expired.CreatedUtc, expired.ResolvedUtc!.Value));
            Assert.NotNull(expired.AreaId);
            foreach (var kept in new[] { ids.Held, ids.Recent })
            {
                var concern = await db.Concerns.AsNoTracking().SingleAsync(c => c.Id == kept);
                Assert.Equal(("Robin Reporter", "Tires dumped behind my house at 12 Elm"), (concern.ReporterName, concern.Description));
            }

            var outbox = await db.OutboxMessages.Where(m => m.Kind == "RetentionTest").Select(m => m.Id).ToListAsync();
            Assert.DoesNotContain(ids.OldSent, outbox);
            Assert.Contains(ids.OldPending, outbox);
            Assert.Contains(ids.RecentSent, outbox);

            var audit = Assert.Single(await db.AuditEntries.Where(a => a.Action == "RetentionRun").ToListAsync());
            Assert.Contains("Concern: 1 anonymised, 1 held", audit.Details, StringComparison.Ordinal);
            Assert.Contains("OutboxMessage: 1 deleted, 0 held", audit.Details, StringComparison.Ordinal);
        });
        Assert.False(File.Exists(Path.Combine(store.Folder, photo)));

        // A second run the same day (another instance, or this one again) finds the day claimed and does nothing.
        Assert.Equal(0, await worker.SendDueAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "RetentionRun")));
        Assert.Equal(1, await factory.WithDbAsync(db => db.RetentionRuns.CountAsync()));

        Assert.Equal(before, Figures(await coordinator.GetPageAsync(dashboard)));
        var after = await admin.GetPageAsync("/admin/records");
        var day = CentralTimeZone.DayOf(Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{day}: Concern: 1 anonymised, 1 held", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_places_and_releases_a_hold_through_the_page_and_the_release_is_audited_while_others_are_refused()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (person, _) = await factory.SignedInAsync(Roles.Resident);
        var page = await admin.GetPageAsync("/admin/records");

        var bad = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["Kind"] = "Record", ["RecordKind"] = "Concern", ["Target"] = "99999999", ["Reason"] = "" },
            formSelector: "#place-hold");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("Say why the records are held", bad.Text, StringComparison.Ordinal);
        var unknown = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["Kind"] = "Person", ["Target"] = "nobody@example.com", ["Reason"] = "Case 26-114" },
            formSelector: "#place-hold");
        Assert.Contains("No account has that email address.", unknown.Text, StringComparison.Ordinal);
        var range = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["Kind"] = "IncidentDateRange", ["From"] = "2026-03-01", ["To"] = "2026-02-01", ["Reason"] = "Case 26-114" },
            formSelector: "#place-hold");
        Assert.Contains("the first not after the last", range.Text, StringComparison.Ordinal);

        var placed = await admin.SubmitAsync(page, new Dictionary<string, string?> { ["Kind"] = "IncidentDateRange", ["From"] = "2020-01-01", ["To"] = "2020-01-31", ["Reason"] = "Subpoena 26-CV-0042" },
            formSelector: "#place-hold");
        Assert.Contains("placed", placed.StatusMessage, StringComparison.Ordinal);
        var hold = await factory.WithDbAsync(db => db.LegalHolds.SingleAsync(h => h.Reason == "Subpoena 26-CV-0042"));
        Assert.Equal(HoldKind.IncidentDateRange, hold.Kind);

        var notConfirmed = await admin.SubmitAsync(placed, new Dictionary<string, string?> { ["Reason"] = "Case settled" }, formSelector: $"#hold-{hold.Id} form");
        Assert.Contains("was not released", notConfirmed.StatusMessage, StringComparison.Ordinal);
        var released = await admin.SubmitAsync(notConfirmed, new Dictionary<string, string?> { ["Reason"] = "Case settled", ["Confirm"] = "true" }, formSelector: $"#hold-{hold.Id} form");
        Assert.Contains("released", released.StatusMessage, StringComparison.Ordinal);
        await factory.WithDbAsync(async db =>
        {
            var after = await db.LegalHolds.AsNoTracking().SingleAsync(h => h.Id == hold.Id);
            Assert.Equal("Case settled", after.ReleaseReason);
            Assert.NotNull(after.ReleasedUtc);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "LegalHoldReleased" && a.RecordId == hold.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

        var refused = await person.GetAsync("/admin/records");
        Assert.True(refused.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.NotFound
            || refused.RequestMessage!.RequestUri!.AbsolutePath.Contains("Account", StringComparison.OrdinalIgnoreCase), refused.StatusCode.ToString());
    }

    /// <summary>The dashboard's figures: every table and every highlighted number, as text.</summary>
    private static string Figures(HtmlPage page)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var tables = page.Document.QuerySelectorAll("main table, main [id^=fig-]").Select(e => e.TextContent.Trim());
        var text = string.Join("\n", tables);
        Assert.False(string.IsNullOrWhiteSpace(text));
        return text;
    }
}
