namespace WestMemphis.Pact.Domain;

/// <summary>An existing booking of a resource, as the overlap rule sees it.</summary>
public sealed record ExistingBooking(int ResourceId, string ResourceName, int AppearanceId, string What, DateTime StartUtc, DateTime EndUtc);

/// <summary>
/// No officer or resource is booked for overlapping times, counting a travel buffer: two appearances of the
/// same resource must be at least the buffer apart (end of one to start of the next).
/// </summary>
public static class AppearanceBookingRules
{
    /// <summary>[s1, e1) and [s2, e2) clash when they overlap once each is widened by the buffer on one side.</summary>
    public static bool Clashes(DateTime start, DateTime end, DateTime otherStart, DateTime otherEnd, TimeSpan buffer) =>
        start < otherEnd + buffer && otherStart < end + buffer;

    public static IReadOnlyList<ExistingBooking> ClashesWith(TimeSlot slot, IEnumerable<ExistingBooking> existing, TimeSpan buffer) =>
        existing.Where(b => Clashes(slot.StartUtc, slot.EndUtc, b.StartUtc, b.EndUtc, buffer)).ToList();

    /// <summary>The options in which none of the resources clashes with anything already booked.</summary>
    public static IReadOnlyList<TimeSlot> FreeOptions(IEnumerable<TimeSlot> options, IEnumerable<ExistingBooking> existing, TimeSpan buffer)
    {
        var bookings = existing.ToList();
        return options.Where(o => ClashesWith(o, bookings, buffer).Count == 0).ToList();
    }

    /// <summary>What the scheduler says when Rusty is booked without a handler.</summary>
    public const string HandlerMissingMessage =
        "Rusty the Crime Dog needs a handler: choose at least one presenting officer for this visit as well.";

    /// <summary>
    /// A mascot (Rusty) never goes alone: an appearance that books a <see cref="ResourceKind.Mascot"/> must also book at
    /// least one <see cref="ResourceKind.Officer"/> for the same time, who is the handler. Booking the officer in the same
    /// appearance makes the overlap rule keep the handler free as well (docs/decisions/0009-appearance-booking.md).
    /// </summary>
    public static bool NeedsHandler(IEnumerable<ResourceKind> bookedKinds)
    {
        var kinds = bookedKinds.ToList();
        return kinds.Contains(ResourceKind.Mascot) && !kinds.Contains(ResourceKind.Officer);
    }

    /// <summary>The earliest local date a request can ask for, given today's local date and the lead time in days.</summary>
    public static DateOnly EarliestDate(DateOnly today, int leadDays) => today.AddDays(leadDays);

    /// <summary>Lead time in days for a request: the Rusty lead time when Rusty is wanted.</summary>
    public static int LeadDays(bool wantsRusty, int leadDays, int rustyLeadDays) => wantsRusty ? Math.Max(leadDays, rustyLeadDays) : leadDays;
}
