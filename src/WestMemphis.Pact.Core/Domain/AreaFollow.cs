namespace WestMemphis.Pact.Domain;

/// <summary>
/// Someone following an area by email for its weekly digest (docs/decisions/0023). Double opt-in: an address typed
/// on the public page is pending (<see cref="ConfirmedUtc"/> null) until its owner follows the emailed link; a
/// signed-in resident whose account email is confirmed is confirmed at once (<see cref="UserId"/> set, and the digest is
/// sent to the account's current address). The secrets of the links (confirm, stop) are kept only as hashes
/// (<see cref="AreaFollowLink"/>). Not audited: the address is personal data and the row is deleted when the person stops.
/// </summary>
public class AreaFollow
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }

    /// <summary>Where the digest goes (for an account follow, the account's address when it was made).</summary>
    public required string Email { get; set; }

    /// <summary>The resident account this follow belongs to, when made signed in.</summary>
    public string? UserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the confirmation email was last queued (one a day at most, so the form cannot flood an inbox).</summary>
    public DateTime? ConfirmationSentUtc { get; set; }

    /// <summary>Null while the follow waits for its confirmation; only confirmed follows get digests.</summary>
    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>The week (its first day) whose digest this follow last got: the claim, so no week is sent twice.</summary>
    public DateOnly? LastDigestWeekOf { get; set; }

    public List<AreaFollowLink> Links { get; set; } = [];
}

/// <summary>A link's secret for one follow (one per email sent, like <see cref="StatusLink"/>): its SHA-256 hash only.</summary>
public class AreaFollowLink
{
    public long Id { get; set; }
    public int AreaFollowId { get; set; }
    public AreaFollow? AreaFollow { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
}
