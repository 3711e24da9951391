namespace WestMemphis.Pact.Domain;

/// <summary>
/// A volunteer opportunity within an event. <see cref="Filled"/> and <see cref="WaitlistCount"/> are
/// counters changed only by conditional UPDATEs (see docs/decisions/0005-shift-capacity.md): every
/// sign-up and cancellation writes this row first, so changes to one shift are serialised by the
/// database on SQLite and SQL Server alike, and Filled never exceeds Capacity.
/// </summary>
public class Shift : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public required string Role { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public int Capacity { get; set; }

    /// <summary>Seats taken (confirmed, attended and no-show sign-ups).</summary>
    public int Filled { get; set; }

    /// <summary>Sign-ups waiting for a seat.</summary>
    public int WaitlistCount { get; set; }

    /// <summary>13 or more: under-13s cannot have accounts.</summary>
    public int MinimumAge { get; set; } = 13;

    /// <summary>Only volunteers whose background check a coordinator marked cleared may sign up.</summary>
    public bool WorksWithChildren { get; set; }
    public string? Notes { get; set; }
    public List<Signup> Signups { get; set; } = [];
    public Guid Version { get; set; }

    public int SpotsLeft => Math.Max(0, Capacity - Filled);
}
