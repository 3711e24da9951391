namespace WestMemphis.Pact.Domain;

/// <summary>What the guardian does on the page their link opens.</summary>
public enum GuardianAnswer
{
    Consent,
    Decline,
    Withdraw,
}

/// <summary>What a new sign-up of this person becomes.</summary>
public enum SignupAdmission
{
    /// <summary>As for any adult: a seat, or a waitlist place when the shift is full.</summary>
    TakesSeat,

    /// <summary>A minor whose guardian has not answered yet: <see cref="SignupStatus.AwaitingConsent"/>, no seat held.</summary>
    WaitsForConsent,

    /// <summary>Refused, with <see cref="GuardianConsentRules.SignupRefusal"/>'s message.</summary>
    Refused,
}

/// <summary>What becomes of one waiting sign-up when the guardian consents.</summary>
public enum WaitingOutcome
{
    /// <summary>The shift still has room: a seat is taken (the database decides, by the conditional UPDATE of ADR 0005).</summary>
    TakeSeat,

    /// <summary>The shift filled while the sign-up waited: cancelled, and the minor is told they can join the waitlist.</summary>
    ShiftFull,

    /// <summary>The shift started or ended while the sign-up waited: cancelled, and the minor is told.</summary>
    ShiftPassed,

    /// <summary>The event was cancelled or is over: cancelled, and the minor is told.</summary>
    EventClosed,
}

/// <summary>What a profile save does to the guardian's consent.</summary>
public enum GuardianChange
{
    /// <summary>Nothing about the guardian changed.</summary>
    None,

    /// <summary>A new guardian email (or a new minor): a new link is sent, the old one stops working, the consent waits again.</summary>
    NewRequest,

    /// <summary>The person now says they are 18 or older: the guardian fields are cleared and waiting sign-ups are released.</summary>
    NoLongerMinor,
}

/// <summary>
/// A 13–17-year-old's parent or guardian consents by email (docs/decisions/0024-guardian-consent-by-email.md). The
/// minor names the guardian and their email; the guardian opens the link and consents (typing their name as a
/// signature), declines, or later withdraws. Until consent, the minor's sign-ups are <see cref="SignupStatus.AwaitingConsent"/>
/// and hold no seat; consent turns them, in the order they were made, into seats where the shift still has room.
/// Declining or withdrawing cancels the waiting sign-ups and every sign-up whose shift has not started. Plain rules,
/// used by the web layer and unit-tested here.
/// </summary>
public static class GuardianConsentRules
{
    /// <summary>How soon the same request may be emailed again (a resend by the minor or the coordinator).</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(5);

    public static bool IsMinor(AgeGroup ageGroup) => ageGroup != AgeGroup.Adult;

    /// <summary>Whether the person volunteers under a guardian's consent now (adults always do).</summary>
    public static bool HasConsent(AgeGroup ageGroup, GuardianConsentStatus status) =>
        !IsMinor(ageGroup) || status == GuardianConsentStatus.Given;

    /// <summary>A consent given by the old ticked box, before guardians were asked by email: valid, but the next profile edit asks for the email.</summary>
    public static bool IsLegacyConsent(AgeGroup ageGroup, GuardianConsentStatus status, string? guardianEmail) =>
        IsMinor(ageGroup) && status == GuardianConsentStatus.Given && string.IsNullOrEmpty(guardianEmail);

    /// <summary>What a new sign-up of someone with this profile becomes (no profile: a staff addition, which takes a seat as before).</summary>
    public static SignupAdmission Admission(AgeGroup? ageGroup, GuardianConsentStatus status)
    {
        if (ageGroup is not { } age || !IsMinor(age))
        {
            return SignupAdmission.TakesSeat;
        }

        return status switch
        {
            GuardianConsentStatus.Given => SignupAdmission.TakesSeat,
            GuardianConsentStatus.Waiting => SignupAdmission.WaitsForConsent,
            _ => SignupAdmission.Refused,
        };
    }

    /// <summary>Why a minor may not sign up at all now, or null (<see cref="Admission"/> is not Refused).</summary>
    public static string? SignupRefusal(AgeGroup? ageGroup, GuardianConsentStatus status) =>
        Admission(ageGroup, status) != SignupAdmission.Refused ? null : status switch
        {
            GuardianConsentStatus.Declined => "Your parent or guardian declined to let you volunteer, so you cannot sign up. If they change their mind, send them the link again from your volunteer profile.",
            GuardianConsentStatus.Withdrawn => "Your parent or guardian withdrew their consent, so you cannot sign up. If they change their mind, send them the link again from your volunteer profile.",
            _ => "Volunteers under 18 need a parent or guardian's consent: add their email address to your volunteer profile and we will ask them.",
        };

    /// <summary>What saving the profile does to the consent, from what was saved before and what is saved now.</summary>
    public static GuardianChange OnProfileSaved(AgeGroup? before, GuardianConsentStatus status, string? emailBefore, AgeGroup after, string? emailAfter)
    {
        if (!IsMinor(after))
        {
            return before is { } b && IsMinor(b) ? GuardianChange.NoLongerMinor : GuardianChange.None;
        }

        var sameEmail = !string.IsNullOrWhiteSpace(emailBefore) && !string.IsNullOrWhiteSpace(emailAfter)
            && string.Equals(emailBefore.Trim(), emailAfter.Trim(), StringComparison.OrdinalIgnoreCase);
        return before is { } was && IsMinor(was) && sameEmail && status != GuardianConsentStatus.NotNeeded ? GuardianChange.None : GuardianChange.NewRequest;
    }

    /// <summary>The consent after the guardian's answer, or null when the answer does not apply now (see <see cref="AnswerRefusal"/>).</summary>
    public static GuardianConsentStatus? After(GuardianConsentStatus current, GuardianAnswer answer) => (current, answer) switch
    {
        (GuardianConsentStatus.Waiting or GuardianConsentStatus.Declined or GuardianConsentStatus.Withdrawn, GuardianAnswer.Consent) => GuardianConsentStatus.Given,
        (GuardianConsentStatus.Waiting, GuardianAnswer.Decline) => GuardianConsentStatus.Declined,
        (GuardianConsentStatus.Given, GuardianAnswer.Withdraw) => GuardianConsentStatus.Withdrawn,
        _ => null,
    };

    /// <summary>Why this answer does not apply now (a second click, an old page), or null when it does.</summary>
    public static string? AnswerRefusal(GuardianConsentStatus current, GuardianAnswer answer) => After(current, answer) is not null ? null : (current, answer) switch
    {
        (GuardianConsentStatus.Given, GuardianAnswer.Consent) => "You have already consented. Thank you.",
        (GuardianConsentStatus.Given, GuardianAnswer.Decline) => "You have already consented. To take it back, withdraw your consent below.",
        (GuardianConsentStatus.Declined, GuardianAnswer.Decline) => "You have already declined.",
        (GuardianConsentStatus.Declined or GuardianConsentStatus.Withdrawn, GuardianAnswer.Withdraw) => "There is no consent to withdraw.",
        (GuardianConsentStatus.Withdrawn, GuardianAnswer.Decline) => "You have already withdrawn your consent.",
        (GuardianConsentStatus.Waiting, GuardianAnswer.Withdraw) => "You have not consented yet, so there is nothing to withdraw. You can decline instead.",
        _ => "This volunteer no longer needs a parent or guardian's consent.",
    };

    /// <summary>The sign-ups a decline or a withdrawal cancels: every waiting one, and any other still to come whose shift has not started.</summary>
    public static bool CancelledByRefusal(SignupStatus status, DateTime shiftStartUtc, DateTime nowUtc) => status switch
    {
        SignupStatus.AwaitingConsent => true,
        SignupStatus.Confirmed or SignupStatus.Waitlisted => shiftStartUtc > nowUtc,
        _ => false,
    };

    /// <summary>What consent does to one waiting sign-up, before the database is asked for the seat.</summary>
    public static WaitingOutcome OnConsent(EventStatus eventStatus, DateTime shiftStartUtc, DateTime nowUtc) => eventStatus switch
    {
        EventStatus.Cancelled or EventStatus.Completed or EventStatus.Draft => WaitingOutcome.EventClosed,
        _ when shiftStartUtc <= nowUtc => WaitingOutcome.ShiftPassed,
        _ => WaitingOutcome.TakeSeat,
    };

    /// <summary>First come, first served: waiting sign-ups are given seats in the order they were made.</summary>
    public static IEnumerable<T> InConsentOrder<T>(IEnumerable<T> waiting, Func<T, DateTime> createdUtc, Func<T, long> id) =>
        waiting.OrderBy(createdUtc).ThenBy(id);

    /// <summary>
    /// The whole of what consent does to a minor's waiting sign-ups, given each shift's free seats now: in the order they
    /// were made, each takes a seat while its shift has room. The web layer asks the database for each seat in the same
    /// order; this is the rule it follows.
    /// </summary>
    public static IReadOnlyList<(long SignupId, WaitingOutcome Outcome)> Resolve(IEnumerable<WaitingSignup> waiting, DateTime nowUtc)
    {
        var taken = new Dictionary<int, int>();
        var outcomes = new List<(long, WaitingOutcome)>();
        foreach (var w in InConsentOrder(waiting, w => w.CreatedUtc, w => w.SignupId))
        {
            var outcome = OnConsent(w.EventStatus, w.ShiftStartUtc, nowUtc);
            if (outcome == WaitingOutcome.TakeSeat)
            {
                var already = taken.GetValueOrDefault(w.ShiftId);
                if (w.Filled + already >= w.Capacity)
                {
                    outcome = WaitingOutcome.ShiftFull;
                }
                else
                {
                    taken[w.ShiftId] = already + 1;
                }
            }

            outcomes.Add((w.SignupId, outcome));
        }

        return outcomes;
    }

    /// <summary>What the minor is told about one waiting sign-up that consent could not confirm.</summary>
    public static string Explain(WaitingOutcome outcome) => outcome switch
    {
        WaitingOutcome.TakeSeat => "confirmed",
        WaitingOutcome.ShiftFull => "the shift filled up while we waited for your parent or guardian; you can join its waitlist from the event page",
        WaitingOutcome.ShiftPassed => "the shift had already started by the time your parent or guardian answered",
        _ => "the event was cancelled or is over",
    };

    /// <summary>Why the request may not be emailed again now, or null when it may.</summary>
    public static string? ResendRefusal(AgeGroup ageGroup, GuardianConsentStatus status, string? guardianEmail, DateTime? lastSentUtc, DateTime nowUtc)
    {
        if (!IsMinor(ageGroup))
        {
            return "Volunteers 18 or older do not need a parent or guardian's consent.";
        }

        if (string.IsNullOrEmpty(guardianEmail))
        {
            return "Add your parent or guardian's email address to the profile first.";
        }

        if (status == GuardianConsentStatus.Given)
        {
            return "Your parent or guardian has already consented: there is nothing to send.";
        }

        if (lastSentUtc is { } sent && nowUtc - sent < ResendInterval)
        {
            return $"The email was sent less than {ResendInterval.TotalMinutes:0} minutes ago. Please give it a few minutes (and ask them to check their spam folder) before sending it again.";
        }

        return null;
    }
}

/// <summary>A waiting sign-up as <see cref="GuardianConsentRules.Resolve"/> sees it.</summary>
public sealed record WaitingSignup(long SignupId, DateTime CreatedUtc, int ShiftId, EventStatus EventStatus, DateTime ShiftStartUtc, int Filled, int Capacity);
