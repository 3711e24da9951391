namespace WestMemphis.Pact.Domain;

/// <summary>
/// Something that can be booked for an appearance and must never be in two places at once: a presenting
/// officer (linked to their account), Rusty the Crime Dog, a display vehicle, the mobile command unit.
/// Its row is also the lock for its bookings: every booking first bumps <see cref="LockCounter"/> of each
/// resource it books, in id order, then checks for overlaps (docs/decisions/0009-appearance-booking.md).
/// </summary>
public class BookableResource : IVersioned, IAuditedRecord
{
    public const int NameLength = 100;

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

/// <summary>An officer's resource name: "Full Name (email)", shortened to fit its column (the name must stay unique).</summary>
public static class OfficerResourceName
{
    public static string For(string fullName, string? email, string userId)
    {
        var name = $"{fullName} ({email})";
        if (name.Length <= BookableResource.NameLength)
        {
            return name;
        }

        // Too long: the name as far as it fits, then the account id, which keeps two long names with the same start apart.
        var id = $" ({userId})";
        return id.Length > BookableResource.NameLength / 2
            ? name[..BookableResource.NameLength]
            : fullName[..Math.Min(fullName.Length, BookableResource.NameLength - id.Length)] + id;
    }
}

public enum ResourceKind
{
    Officer = 0,
    Mascot = 1,
    Vehicle = 2,
    Other = 3,
}
