namespace WestMemphis.Pact.Domain;

/// <summary>
/// Something that can be booked for an appearance and must never be in two places at once: a presenting
/// officer (linked to their account), Rusty the Crime Dog, a display vehicle, the mobile command unit.
/// Its row is also the lock for its bookings: every booking first bumps <see cref="LockCounter"/> of each
/// resource it books, in id order, then checks for overlaps (docs/decisions/0009-appearance-booking.md).
/// </summary>
public class BookableResource : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ResourceKind Kind { get; set; }

    /// <summary>The officer's account, for <see cref="ResourceKind.Officer"/>; unique.</summary>
    public string? UserId { get; set; }
    public ApplicationUser? User { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Bumped by every booking transaction, only to serialise bookings of this resource.</summary>
    public long LockCounter { get; set; }

    /// <summary>The secret in the private, revocable .ics feed of this resource's appearances; null when none.</summary>
    public string? CalendarToken { get; set; }
    public Guid Version { get; set; }
}

public enum ResourceKind
{
    Officer = 0,
    Mascot = 1,
    Vehicle = 2,
    Other = 3,
}
