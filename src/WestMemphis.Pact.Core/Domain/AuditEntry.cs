namespace WestMemphis.Pact.Domain;

/// <summary>An append-only record of who did or saw what. Never edited or deleted by the app.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime WhenUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>For example "Login", "LoginFailed", "RoleGranted", "Created", "Updated", "Viewed".</summary>
    public required string Action { get; set; }

    /// <summary>The kind of record, for example "Area" or "ApplicationUser".</summary>
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }

    /// <summary>"Success" or "Failure".</summary>
    public string Outcome { get; set; } = AuditOutcomes.Success;

    /// <summary>What changed (property names, never values of sensitive fields) or other context.</summary>
    public string? Details { get; set; }
    public string? IpAddress { get; set; }
}

public static class AuditOutcomes
{
    public const string Success = "Success";
    public const string Failure = "Failure";
}
