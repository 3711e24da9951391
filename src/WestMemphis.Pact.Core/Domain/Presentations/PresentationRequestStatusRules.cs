using System.Linq.Expressions;

namespace WestMemphis.Pact.Domain;

/// <summary>
/// The one status machine of a presentation request. A new request is submitted; a coordinator may mark it under
/// review (only from submitted), schedule or reschedule it and decline it (while it is open: submitted, under review
/// or scheduled), and mark it completed (only when scheduled, and only once the visit has started). Declined,
/// completed and cancelled are final. Each move returns the audit detail of the change ("Submitted to UnderReview").
/// </summary>
public static class PresentationRequestStatusRules
{
    public static bool CanMoveTo(PresentationStatus from, PresentationStatus to) => to switch
    {
        PresentationStatus.UnderReview => from == PresentationStatus.Submitted,
        PresentationStatus.Scheduled or PresentationStatus.Declined => IsOpen(from),
        PresentationStatus.Completed => from == PresentationStatus.Scheduled,
        _ => false,
    };

    /// <summary>Submitted, under review or scheduled: the coordinator still has something to do.</summary>
    public static bool IsOpen(PresentationStatus status) =>
        status is PresentationStatus.Submitted or PresentationStatus.UnderReview or PresentationStatus.Scheduled;

    /// <summary><see cref="IsOpen"/> as a query filter (the coordinator's default queue).</summary>
    public static Expression<Func<PresentationRequest, bool>> Open { get; } =
        r => r.Status == PresentationStatus.Submitted || r.Status == PresentationStatus.UnderReview || r.Status == PresentationStatus.Scheduled;

    /// <summary>Completed only after the visit started: a scheduled request with an appearance whose start has passed.</summary>
    public static bool CanComplete(PresentationStatus status, DateTime? visitStartUtc, DateTime nowUtc) =>
        CanMoveTo(status, PresentationStatus.Completed) && visitStartUtc is { } start && start <= nowUtc;

    public static bool CanComplete(PresentationRequest request, DateTime nowUtc) => CanComplete(request.Status, request.Appearance?.StartUtc, nowUtc);

    /// <summary>Moves the request and stamps it; returns the audit detail. Throws when the move is not allowed.</summary>
    public static string MoveTo(PresentationRequest request, PresentationStatus to, DateTime nowUtc)
    {
        if (!CanMoveTo(request.Status, to))
        {
            throw new InvalidOperationException($"A presentation request cannot move from {request.Status} to {to}.");
        }

        var detail = $"{request.Status} to {to}";
        request.Status = to;
        request.UpdatedUtc = nowUtc;
        return detail;
    }

    /// <summary>Declines an open request with the reason the requester is sent; its appearance, if any, frees its officers and resources.</summary>
    public static string Decline(PresentationRequest request, string reason, DateTime nowUtc)
    {
        var detail = MoveTo(request, PresentationStatus.Declined, nowUtc);
        request.DeclineReason = reason;
        if (request.Appearance is not null)
        {
            request.Appearance.Active = false;
        }

        return detail;
    }

    /// <summary>Completes a scheduled visit that has started, with the people reached (the engagement figures) and notes.</summary>
    public static string Complete(PresentationRequest request, int? peopleReached, string? notes, DateTime nowUtc)
    {
        if (!CanComplete(request, nowUtc))
        {
            throw new InvalidOperationException("Only a scheduled visit that has started can be marked completed.");
        }

        var detail = MoveTo(request, PresentationStatus.Completed, nowUtc);
        request.PeopleReached = peopleReached;
        request.CompletionNotes = notes;
        request.CompletedUtc = nowUtc;
        return detail;
    }
}
