namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Settings of the presentations feature (section "Presentations").</summary>
public sealed class PresentationsOptions
{
    public const string Section = "Presentations";

    /// <summary>Days of notice a request needs.</summary>
    public int LeadTimeDays { get; set; } = 14;

    /// <summary>Days of notice when Rusty the Crime Dog is wanted.</summary>
    public int RustyLeadTimeDays { get; set; } = 21;

    /// <summary>Minimum gap between two appearances of the same officer or resource.</summary>
    public int TravelBufferMinutes { get; set; } = 30;

    /// <summary>The appearance reminder goes this many hours before the start.</summary>
    public int ReminderHours { get; set; } = 48;

    /// <summary>How often the reminder worker looks for due reminders; 0 turns it off.</summary>
    public int ReminderPollSeconds { get; set; } = 300;

    public TimeSpan TravelBuffer => TimeSpan.FromMinutes(Math.Max(0, TravelBufferMinutes));
}
