using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>What a page about one request shows of it above its form: the view gets these few fields, not the entity.</summary>
/// <param name="For">The school or organization the visit is for.</param>
/// <param name="BookedVisit">The booked visit's time, while one is booked.</param>
public sealed record RequestHeading(int Id, string ReferenceCode, string Kind, string For, bool WantsRusty, string RequesterName, TimeSlot? BookedVisit)
{
    /// <summary>From a request loaded with its school and appearance.</summary>
    public static RequestHeading Of(PresentationRequest r) =>
        new(r.Id, r.ReferenceCode, PresentationLabels.Name(r.Kind), r.School?.Name ?? r.OrganizationName ?? "", r.WantsRusty, r.RequesterName,
            r.Appearance is { Active: true } a ? new TimeSlot(a.StartUtc, a.EndUtc) : null);
}
