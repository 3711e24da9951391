using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Web.Features.Presentations;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// /my/data: what the portal holds about the signed-in person, in plain words, with two downloads of all of it —
/// one JSON document and one CSV (Kind, Date, What, Details) — and the way to close the account (CloseMyAccount.cs).
/// Each download is audited with the user id only; neither is ever cached.
/// </summary>
public sealed partial class MyController
{
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    [HttpGet("/my/data")]
    public async Task<IActionResult> Data(CancellationToken cancellationToken)
    {
        var data = await PersonalData.LoadAsync(db, UserId, cancellationToken);
        return View("Data", data);
    }

    [HttpGet("/my/data.json")]
    public async Task<IActionResult> DataJson(CancellationToken cancellationToken)
    {
        var data = await PersonalData.LoadAsync(db, UserId, cancellationToken);
        await AuditDownloadAsync("json", cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var document = new
        {
            exported = clock.GetUtcNow().UtcDateTime,
            about = "Everything PACT West Memphis holds about your account. Times are in UTC.",
            data.Account,
            data.VolunteerProfile,
            data.Signups,
            data.Waitlist,
            data.Follows,
            data.VisitRequests,
            data.Concerns,
            data.HoursLetters,
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, ExportJson), "application/json", "my-pact-data.json");
    }

    [HttpGet("/my/data.csv")]
    public async Task<IActionResult> DataCsv(CancellationToken cancellationToken)
    {
        var data = await PersonalData.LoadAsync(db, UserId, cancellationToken);
        await AuditDownloadAsync("csv", cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return CsvDownload.File("my-pact-data.csv", ["Kind", "Date", "What", "Details"], CsvRows(data));
    }

    /// <summary>The download is recorded with the user id only: no name, email or address in the audit trail for it.</summary>
    private async Task AuditDownloadAsync(string format, CancellationToken cancellationToken)
    {
        var entry = audit.Add("PersonalDataDownloaded", nameof(ApplicationUser), UserId, format, userId: UserId);
        entry.UserName = null;
        entry.IpAddress = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One row per thing held, dates in West Memphis time; the Kind column says which part of the JSON it is.</summary>
    private static IEnumerable<IReadOnlyList<string?>> CsvRows(PersonalDataExport data)
    {
        var a = data.Account;
        yield return ["Account", CentralTime.Format(a.CreatedUtc), a.FullName,
            Details(("Email", a.Email), ("Phone", a.Phone), ("Area", a.Area), ("Email confirmed", YesNo(a.EmailConfirmed)),
                ("Two-factor sign-in", a.TwoFactorEnabled ? "On" : "Off"), ("Roles", string.Join(", ", a.Roles)))];
        if (data.VolunteerProfile is { } p)
        {
            yield return ["Volunteer profile", CentralTime.Format(p.CreatedUtc), "Volunteer profile",
                Details(("Phone", p.Phone), ("Area", p.Area), ("Interests", p.Interests), ("Age group", AgeGroupLabel(p.AgeGroup)),
                    ("Guardian", p.GuardianName), ("Guardian email", p.GuardianEmail),
                    ("Guardian consent", p.GuardianConsent == GuardianConsentStatus.NotNeeded ? null : p.GuardianConsent.ToString()),
                    ("Consent given", p.GuardianConsentUtc is { } g ? CentralTime.Format(g) : null), ("Signed", p.GuardianSignature),
                    ("Guardian asked", p.GuardianAskedUtc is { } asked ? CentralTime.Format(asked) : null),
                    ("Guardian answered", p.GuardianAnsweredUtc is { } answered ? CentralTime.Format(answered) : null),
                    ("Waiver", $"{p.WaiverVersion}, accepted {CentralTime.Format(p.WaiverAcceptedUtc)}"), ("Background check", p.BackgroundCheck.ToString()),
                    ("Calendar feed", p.CalendarFeedOn ? "On" : "Off"))];
        }

        foreach (var s in data.Signups)
        {
            yield return ["Sign-up", CentralTime.Format(s.StartUtc), $"{s.Shift} at {s.Event}",
                Details(("Status", s.Status.ToString()), ("When", CentralTime.FormatRange(s.StartUtc, s.EndUtc)), ("Where", s.Location),
                    ("Signed up", CentralTime.Format(s.SignedUpUtc)), ("Cancelled", s.CancelledUtc is { } c ? CentralTime.Format(c) : null),
                    ("Hours", CsvExport.Number(s.Hours)), ("Hours approved", s.Hours is null ? null : YesNo(s.HoursApproved)))];
        }

        foreach (var s in data.Waitlist)
        {
            yield return ["Waitlist", CentralTime.Format(s.StartUtc), $"{s.Shift} at {s.Event}",
                Details(("Place", s.WaitlistPosition?.ToString(CultureInfo.InvariantCulture)), ("When", CentralTime.FormatRange(s.StartUtc, s.EndUtc)),
                    ("Joined", CentralTime.Format(s.SignedUpUtc)))];
        }

        foreach (var l in data.HoursLetters)
        {
            yield return ["Letter of hours", CentralTime.Format(l.IssuedUtc), $"{CsvExport.Number(l.TotalHours)} hours, {l.Shifts} shifts",
                Details(("Code", l.VerificationCode), ("Name on the letter", l.NameOnLetter),
                    ("Shifts from", CentralTime.FormatDate(l.FirstShiftUtc)), ("to", CentralTime.FormatDate(l.LastShiftUtc)),
                    ("Withdrawn", l.WithdrawnUtc is { } w ? CentralTime.Format(w) : null))];
        }

        foreach (var f in data.Follows)
        {
            yield return ["Follow", CentralTime.Format(f.CreatedUtc), f.EventType is { } t ? EventTypes.Name(t) : f.Area, null];
        }

        foreach (var r in data.VisitRequests)
        {
            yield return ["Visit request", CentralTime.Format(r.SentUtc), $"{PresentationLabels.Name(r.Kind)} ({r.ReferenceCode})",
                Details(("Status", PresentationLabels.Name(r.Status)), ("Organization", r.Organization), ("Where", r.Location),
                    ("Requester", r.RequesterName), ("Email", r.RequesterEmail), ("Phone", r.RequesterPhone),
                    ("Scheduled", r.ScheduledStartUtc is { } st && r.ScheduledEndUtc is { } en ? CentralTime.FormatRange(st, en) : null),
                    ("Notes", r.Notes), ("Messages", r.Messages.Count == 0 ? null : string.Join(" | ", r.Messages.Select(m => $"{CentralTime.Format(m.Utc)}: {m.Text}"))))];
        }

        foreach (var c in data.Concerns)
        {
            yield return ["Concern", CentralTime.Format(c.ReportedUtc), $"{ConcernRules.Label(c.Category)} at {c.Location} ({c.ReferenceCode})",
                Details(("Status", ConcernRules.Label(c.Status)), ("Description", c.Description), ("When it happens", c.WhenItHappens),
                    ("Your name", c.ReporterName), ("Your email", c.ReporterEmail), ("Your phone", c.ReporterPhone), ("Resolution", c.ResolutionReason),
                    ("Updates", c.PublicUpdates.Count == 0 ? null : string.Join(" | ", c.PublicUpdates.Select(u => $"{CentralTime.Format(u.Utc)}: {u.Text}"))))];
        }
    }

    private static string Details(params (string Label, string? Value)[] parts) =>
        string.Join("; ", parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Label}: {p.Value}"));

    private static string YesNo(bool value) => value ? "Yes" : "No";

    public static string AgeGroupLabel(AgeGroup age) => age switch
    {
        AgeGroup.SixteenToSeventeen => "16 to 17",
        AgeGroup.ThirteenToFifteen => "13 to 15",
        _ => "18 or older",
    };
}
