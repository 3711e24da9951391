namespace WestMemphis.Pact.Domain;

/// <summary>A scheduled presentation or visit: when, where, and who and what is booked for it.</summary>
public class Appearance : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public PresentationRequest? Request { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public required string Location { get; set; }

    /// <summary>False once the request is cancelled or declined: its bookings then block nobody.</summary>
    public bool Active { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
    public DateTime? ReminderSentUtc { get; set; }
    public List<AppearanceBooking> Bookings { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>One resource (officer, Rusty, vehicle) booked for one appearance.</summary>
public class AppearanceBooking : IAuditedRecord
{
    public long Id { get; set; }
    public int AppearanceId { get; set; }
    public Appearance? Appearance { get; set; }
    public int ResourceId { get; set; }
    public BookableResource? Resource { get; set; }
}
