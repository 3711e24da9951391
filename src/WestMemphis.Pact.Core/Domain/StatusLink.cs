namespace WestMemphis.Pact.Domain;

/// <summary>
/// A private link that opens one presentation request's or one concern's status page without the reference code
/// and email address: <c>/status/{token}</c>. Every email about the request or concern carries a link of its own
/// (the secret is only known when it is made, so a later email cannot repeat an earlier one's). Like the calendar
/// feeds, only the SHA-256 of the 192-bit secret is kept (<see cref="TokenHash"/>), so a reader of the database cannot
/// open anybody's status page. Revoking deletes every link of the record, by staff or by the requester from the page
/// the link opens. Not audited row by row: an audit row naming who made the link of an anonymous concern would tie
/// the reporter to it; revocations are audited explicitly.
/// </summary>
public class StatusLink
{
    public const int HashLength = 64;

    public long Id { get; set; }

    /// <summary>The request this link opens; exactly one of this and <see cref="ConcernId"/> is set.</summary>
    public int? PresentationRequestId { get; set; }
    public PresentationRequest? PresentationRequest { get; set; }

    /// <summary>The concern this link opens.</summary>
    public int? ConcernId { get; set; }
    public Concerns.Concern? Concern { get; set; }

    /// <summary>SHA-256 (64 lowercase hex characters) of the secret in the link; unique.</summary>
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
}
