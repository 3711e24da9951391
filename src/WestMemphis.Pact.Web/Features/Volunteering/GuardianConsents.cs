using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// A minor's parent or guardian consents by email (<see cref="GuardianConsentRules"/>, docs/decisions/0024-guardian-consent-by-email.md).
/// The link (<c>/guardian/{token}</c>) carries a 192-bit secret made as the status links' and the calendar feeds' are
/// (<see cref="FeedTokens"/>): only its SHA-256 is kept, on the profile, so a reader of the database cannot answer for
/// anybody, and a new request (a changed email, a resend) replaces it, so the older link stops working. Every request
/// and every answer is written to the audit trail with who and when; the answer itself is a conditional UPDATE of the
/// profile row (the first statement of its transaction, which so also serialises it with the minor's own sign-ups), and
/// what it does to the sign-ups happens in the same transaction.
/// </summary>
public sealed class GuardianConsents(AppDbContext db, Outbox outbox, LinkBuilder links, ShiftSignups signups, AuditLog audit, TimeProvider clock)
{
    private const string Signature = "\n\nPACT West Memphis — Police And Community Togetherness\nQuestions? Call 870-735-1210 or 901-205-8444. For emergencies call 911.";

    /// <summary>Who answered, for the audit trail: the guardian has no account.</summary>
    public const string GuardianActor = "Parent or guardian (private link)";

    public static string PathFor(string token) => "/guardian/" + token;

    /// <summary>
    /// A new request on a tracked profile whose <see cref="VolunteerProfile.GuardianEmail"/> is set: a new link (the old one
    /// stops working), the consent waits again, and the email to the guardian is queued. Saved with the caller's changes.
    /// </summary>
    public void NewRequest(VolunteerProfile profile, string minorName, string requestedBy)
    {
        var token = FeedTokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        profile.GuardianLinkHash = FeedTokens.Hash(token);
        profile.GuardianRequestedUtc = now;
        profile.GuardianConsent = GuardianConsentStatus.Waiting;
        var link = links.Absolute(PathFor(token));
        var age = profile.AgeGroup == AgeGroup.SixteenToSeventeen ? "16 or 17" : "13 to 15";
        outbox.Enqueue("GuardianConsentRequest", profile.GuardianEmail!, profile.GuardianName,
            $"Your consent, please: {minorName} wants to volunteer with PACT West Memphis",
            $"Hello {profile.GuardianName},\n\n{minorName} (age {age}) wants to volunteer with PACT, the West Memphis Police Department's community engagement program, and named you as their parent or guardian. Volunteers under 18 need a parent or guardian's consent.\n\nOpen this private link to see what they signed up for, and to consent or decline:\n{link}\n\nUntil you answer, their sign-ups wait and hold no place. The same link lets you withdraw your consent later, which cancels their shifts still to come. It replaces any earlier link we sent about {minorName}; please do not forward this email.\n\nIf you are not {minorName}'s parent or guardian, decline from the link or ignore this email.{Signature}");
        audit.Add("GuardianConsentRequested", nameof(VolunteerProfile), profile.UserId,
            $"Link emailed to the parent or guardian {profile.GuardianName} <{profile.GuardianEmail}> ({requestedBy}); any earlier link stopped working");
    }

    /// <summary>The minor emails the request again (or the coordinator for them). Null when sent, else why not.</summary>
    public async Task<string?> ResendAsync(string userId, string requestedBy, CancellationToken cancellationToken)
    {
        var profile = await db.VolunteerProfiles.Include(p => p.User).FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            return "There is no volunteer profile to send a link for.";
        }

        if (GuardianConsentRules.ResendRefusal(profile.AgeGroup, profile.GuardianConsent, profile.GuardianEmail, profile.GuardianRequestedUtc,
                clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return refusal;
        }

        NewRequest(profile, profile.User!.FullName, requestedBy);
        profile.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The page a link opens, or null (malformed, unknown or replaced by a newer link).</summary>
    public async Task<GuardianPageModel?> PageAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is null || !FeedTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = FeedTokens.Hash(token);
        var profile = await db.VolunteerProfiles.AsNoTracking().Where(p => p.GuardianLinkHash == hash)
            .Select(p => new
            {
                p.UserId,
                p.User!.FullName,
                p.AgeGroup,
                p.GuardianName,
                p.GuardianEmail,
                p.GuardianConsent,
                p.GuardianConsentUtc,
                p.GuardianSignature,
                p.GuardianAnsweredUtc,
                p.GuardianRequestedUtc,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null || !GuardianConsentRules.IsMinor(profile.AgeGroup))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = await db.Signups.AsNoTracking()
            .Where(s => s.VolunteerId == profile.UserId && s.Shift!.EndUtc >= now
                && (s.Status == SignupStatus.Confirmed || s.Status == SignupStatus.Waitlisted || s.Status == SignupStatus.AwaitingConsent))
            .OrderBy(s => s.Shift!.StartUtc).ThenBy(s => s.Id)
            .Select(s => new GuardianSignupRow(s.Shift!.Event!.Title, EventTypes.Name(s.Shift.Event.Type), s.Shift.Role, s.Shift.StartUtc, s.Shift.EndUtc,
                s.Shift.Event.Location, s.Status, s.Shift.MinimumAge, s.Shift.WorksWithChildren))
            .Take(200)
            .ToListAsync(cancellationToken);
        var attended = await db.Signups.CountAsync(s => s.VolunteerId == profile.UserId && s.Status == SignupStatus.Attended, cancellationToken);
        return new GuardianPageModel(token, profile.FullName, profile.AgeGroup, profile.GuardianName, profile.GuardianEmail, profile.GuardianConsent,
            profile.GuardianConsentUtc, profile.GuardianSignature, profile.GuardianAnsweredUtc, profile.GuardianRequestedUtc, upcoming, attended);
    }

    /// <summary>
    /// The guardian's answer through the link. The consent changes only from the state the page showed (a second click or
    /// an old page changes nothing and says so); what it does to the sign-ups, the audit entry and the minor's email are
    /// in the same transaction.
    /// </summary>
    public async Task<GuardianAnswerResult> AnswerAsync(string? token, GuardianAnswer answer, string? signature, CancellationToken cancellationToken)
    {
        if (token is null || !FeedTokens.IsWellFormed(token))
        {
            return GuardianAnswerResult.LinkNotWorking;
        }

        var hash = FeedTokens.Hash(token);
        var found = await db.VolunteerProfiles.AsNoTracking().Where(p => p.GuardianLinkHash == hash)
            .Select(p => new { p.UserId, p.User!.FullName, p.User.Email, p.AgeGroup, p.GuardianName, p.GuardianEmail, p.GuardianConsent })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !GuardianConsentRules.IsMinor(found.AgeGroup))
        {
            return GuardianAnswerResult.LinkNotWorking;
        }

        if (GuardianConsentRules.AnswerRefusal(found.GuardianConsent, answer) is { } refusal)
        {
            return new GuardianAnswerResult(GuardianAnswerOutcome.NotApplicable, refusal);
        }

        var next = GuardianConsentRules.After(found.GuardianConsent, answer)!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var profile = db.VolunteerProfiles.Where(p => p.UserId == found.UserId && p.GuardianLinkHash == hash && p.GuardianConsent == found.GuardianConsent);
        var changed = answer == GuardianAnswer.Consent
            ? await profile.ExecuteUpdateAsync(u => u
                .SetProperty(p => p.GuardianConsent, next).SetProperty(p => p.GuardianAnsweredUtc, now).SetProperty(p => p.UpdatedUtc, now)
                .SetProperty(p => p.GuardianConsentUtc, now).SetProperty(p => p.GuardianSignature, signature), cancellationToken)
            : await profile.ExecuteUpdateAsync(u => u
                .SetProperty(p => p.GuardianConsent, next).SetProperty(p => p.GuardianAnsweredUtc, now).SetProperty(p => p.UpdatedUtc, now), cancellationToken);
        if (changed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new GuardianAnswerResult(GuardianAnswerOutcome.NotApplicable, "Your answer had already been recorded (or a newer link was sent): nothing was changed. The page below shows where things stand.");
        }

        string message;
        var who = $"{found.GuardianName} <{found.GuardianEmail}>";
        if (answer == GuardianAnswer.Consent)
        {
            var outcomes = await signups.ConfirmWaitingAsync(found.UserId, now, cancellationToken);
            var confirmed = outcomes.Count(o => o.Outcome == WaitingOutcome.TakeSeat);
            audit.Add("GuardianConsentGiven", nameof(VolunteerProfile), found.UserId,
                $"Consent given through the link sent to {who}, signed \"{signature}\"; {confirmed} waiting sign-ups confirmed, {outcomes.Count - confirmed} could not be (full, started or closed)",
                userName: GuardianActor);
            if (found.Email is not null)
            {
                MinorConsented(found.Email, found.FullName, outcomes);
            }

            message = "Thank you: your consent is recorded." + (outcomes.Count == 0 ? "" : $" {Count(confirmed, "waiting sign-up is", "waiting sign-ups are")} now confirmed.");
            if (outcomes.Count > confirmed)
            {
                message += $" {outcomes.Count - confirmed} could not be confirmed (the shift filled up or started meanwhile); we emailed {found.FullName} about it.";
            }
        }
        else
        {
            var cancelled = await signups.CancelForGuardianAsync(found.UserId, now, cancellationToken);
            var declined = answer == GuardianAnswer.Decline;
            audit.Add(declined ? "GuardianConsentDeclined" : "GuardianConsentWithdrawn", nameof(VolunteerProfile), found.UserId,
                $"{(declined ? "Declined" : "Consent withdrawn")} through the link sent to {who}; {cancelled.Count} sign-ups cancelled", userName: GuardianActor);
            if (found.Email is not null)
            {
                MinorRefused(found.Email, found.FullName, declined, cancelled);
            }

            message = (declined ? "Your answer is recorded: you declined." : "Your consent is withdrawn.")
                + (cancelled.Count == 0 ? "" : $" {Count(cancelled.Count, "sign-up was", "sign-ups were")} cancelled.")
                + $" We emailed {found.FullName}.";
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new GuardianAnswerResult(GuardianAnswerOutcome.Recorded, message);
    }

    /// <summary>
    /// The person now says they are 18 or older: their waiting sign-ups are treated as if consent had been given. Call in a
    /// transaction whose first statement wrote the profile row; the caller saves and commits.
    /// </summary>
    public Task<IReadOnlyList<GuardianSignupOutcome>> ReleaseWaitingAsync(string userId, CancellationToken cancellationToken) =>
        signups.ConfirmWaitingAsync(userId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private void MinorConsented(string to, string name, IReadOnlyList<GuardianSignupOutcome> outcomes)
    {
        var body = new StringBuilder($"Hello {name},\n\nGood news: your parent or guardian agreed to you volunteering with PACT.");
        var confirmed = outcomes.Where(o => o.Outcome == WaitingOutcome.TakeSeat).ToList();
        var not = outcomes.Where(o => o.Outcome != WaitingOutcome.TakeSeat).ToList();
        if (confirmed.Count > 0)
        {
            body.Append("\n\nYou are now confirmed for:\n");
            foreach (var o in confirmed)
            {
                body.Append(CultureInfo.InvariantCulture, $"\n- {Describe(o.Shift)}");
            }
        }

        if (not.Count > 0)
        {
            body.Append("\n\nThese sign-ups could not be confirmed:\n");
            foreach (var o in not)
            {
                body.Append(CultureInfo.InvariantCulture, $"\n- {Describe(o.Shift)}: {GuardianConsentRules.Explain(o.Outcome)} ({links.Absolute(Slug.EventPath(o.Shift.EventId, o.Shift.EventTitle))})");
            }
        }

        if (outcomes.Count == 0)
        {
            body.Append(" Your next sign-ups are confirmed at once while a shift has room.");
        }

        body.Append(CultureInfo.InvariantCulture, $"\n\nSee your sign-ups: {links.Absolute("/my")}{Signature}");
        outbox.Enqueue("GuardianConsented", to, name, "Your parent or guardian agreed: you can volunteer", body.ToString());
    }

    private void MinorRefused(string to, string name, bool declined, IReadOnlyList<ShiftMailInfo> cancelled)
    {
        var body = new StringBuilder(declined
            ? $"Hello {name},\n\nYour parent or guardian did not agree to you volunteering with PACT, so you cannot sign up for shifts for now."
            : $"Hello {name},\n\nYour parent or guardian withdrew their consent to you volunteering with PACT, so you cannot sign up for shifts for now.");
        if (cancelled.Count > 0)
        {
            body.Append("\n\nThese sign-ups are cancelled:\n");
            foreach (var shift in cancelled)
            {
                body.Append(CultureInfo.InvariantCulture, $"\n- {Describe(shift)}");
            }
        }

        body.Append(CultureInfo.InvariantCulture, $"\n\nIf they change their mind, you can send them the link again from your volunteer profile: {links.Absolute("/volunteer/profile")}{Signature}");
        outbox.Enqueue(declined ? "GuardianDeclined" : "GuardianWithdrew", to, name,
            declined ? "Your parent or guardian did not agree to you volunteering" : "Your parent or guardian withdrew their consent", body.ToString());
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string Describe(ShiftMailInfo shift) =>
        $"{shift.Role} at {shift.EventTitle}, {CentralTime.FormatRange(shift.StartUtc, shift.EndUtc)} (Central time), {shift.Location}";
}

public enum GuardianAnswerOutcome
{
    Recorded,

    /// <summary>The answer did not apply (already given, a stale page): nothing changed.</summary>
    NotApplicable,

    /// <summary>The link is malformed, unknown or was replaced by a newer one.</summary>
    LinkNotWorking,
}

public sealed record GuardianAnswerResult(GuardianAnswerOutcome Outcome, string? Message = null)
{
    public static readonly GuardianAnswerResult LinkNotWorking = new(GuardianAnswerOutcome.LinkNotWorking);
}

/// <summary>What the guardian's page shows: the minor, the consent as it stands, and what they signed up for.</summary>
public sealed record GuardianPageModel(string Token, string MinorName, AgeGroup AgeGroup, string? GuardianName, string? GuardianEmail,
    GuardianConsentStatus Status, DateTime? ConsentUtc, string? Signature, DateTime? AnsweredUtc, DateTime? RequestedUtc,
    IReadOnlyList<GuardianSignupRow> Upcoming, int ShiftsAttended)
{
    public string AgeLabel => AgeGroup == AgeGroup.SixteenToSeventeen ? "16 or 17" : "13 to 15";
}

public sealed record GuardianSignupRow(string EventTitle, string EventType, string Role, DateTime StartUtc, DateTime EndUtc, string Location, SignupStatus Status,
    int MinimumAge, bool WorksWithChildren);
