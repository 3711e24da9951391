namespace WestMemphis.Pact.Domain.Concerns;

/// <summary>What a reporter (on the public form) or staff (at a meeting) said, before it becomes a <see cref="Concern"/>.</summary>
/// <param name="Anonymous">The reporter asked not to be known; nothing that identifies them is kept.</param>
/// <param name="ReporterUserId">The signed-in account that reported it, if any.</param>
/// <param name="RaisedAtEventId">The town hall or neighborhood association meeting it was raised at.</param>
/// <param name="LoggedById">The staff member who logged it at the meeting (staff, not the reporter).</param>
public sealed record NewConcern(string IdempotencyKey, ConcernCategory Category, string Location, string Description, string? WhenItHappens,
    bool Anonymous, string? ReporterName, string? ReporterEmail, string? ReporterPhone, string? ReporterUserId = null, int? RaisedAtEventId = null,
    string? LoggedById = null);

/// <summary>Why a concern's reporter might be emailed.</summary>
public enum ConcernNews
{
    Received = 0,
    PublicUpdate = 1,
    InternalNote = 2,
    StatusChanged = 3,
}

/// <summary>
/// The one way a concern comes in, whoever creates it (the public form or staff at a meeting): its reference code,
/// its anonymity, its placement in an area, and who is emailed when.
/// </summary>
public static class ConcernIntake
{
    /// <summary>
    /// A new concern with a fresh reference code. An anonymous concern keeps no reporter name, email, phone or user
    /// id, whoever creates it; contact details are kept trimmed, a blank one as none.
    /// </summary>
    public static Concern Create(NewConcern report, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        var anonymous = report.Anonymous;
        return new Concern
        {
            ReferenceCode = ConcernRules.NewReferenceCode(),
            IdempotencyKey = report.IdempotencyKey,
            Category = report.Category,
            Location = report.Location.Trim(),
            Description = report.Description.Trim(),
            WhenItHappens = Clean(report.WhenItHappens),
            IsAnonymous = anonymous,
            ReporterName = anonymous ? null : Clean(report.ReporterName),
            ReporterEmail = anonymous ? null : Clean(report.ReporterEmail),
            ReporterPhone = anonymous ? null : Clean(report.ReporterPhone),
            ReporterUserId = anonymous ? null : Clean(report.ReporterUserId),
            RaisedAtEventId = report.RaisedAtEventId,
            LoggedById = report.LoggedById,
            Status = ConcernStatus.New,
            CreatedUtc = nowUtc,
            UpdatedUtc = nowUtc,
        };
    }

    /// <summary>A concern raised at a meeting by someone who gave no name, email or phone is anonymous.</summary>
    public static bool GaveNoContact(string? name, string? email, string? phone) =>
        Clean(name) is null && Clean(email) is null && Clean(phone) is null;

    /// <summary>
    /// The area picked by hand wins; else the one the address lookup found; else (for a concern raised at a meeting)
    /// the meeting's area, as placed by hand; else no area, left for staff.
    /// </summary>
    public static void Place(Concern concern, int? pickedAreaId, int? lookedUpAreaId, int? meetingAreaId = null)
    {
        ArgumentNullException.ThrowIfNull(concern);
        (concern.AreaId, concern.AreaPlacedBy) = (pickedAreaId, lookedUpAreaId, meetingAreaId) switch
        {
            ({ } picked, _, _) => (picked, ConcernAreaPlacement.Hand),
            (null, { } found, _) => (found, ConcernAreaPlacement.Lookup),
            (null, null, { } meeting) => (meeting, ConcernAreaPlacement.Hand),
            _ => ((int?)null, ConcernAreaPlacement.None),
        };
    }

    /// <summary>
    /// Who is emailed when: only the reporter, only at the address they gave (so never for an anonymous concern),
    /// when it is received, on each public update (never an internal note), and when it is resolved or closed.
    /// Null: nobody is emailed.
    /// </summary>
    public static string? EmailTo(Concern concern, ConcernNews news)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return news switch
        {
            ConcernNews.Received or ConcernNews.PublicUpdate => concern.ReporterEmail,
            ConcernNews.StatusChanged when ConcernRules.NeedsReason(concern.Status) => concern.ReporterEmail,
            _ => null,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
