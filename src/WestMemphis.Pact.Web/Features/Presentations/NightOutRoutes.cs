using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

public sealed partial class ManagePresentationsController
{
    /// <summary>
    /// National Night Out: the registered parties and, per officer or resource, the route of short visits in time order.
    /// Each visit is booked through the schedule page, so no team or Rusty is at two parties at once (travel buffer
    /// included), and each host is emailed their time window.
    /// </summary>
    [HttpGet("national-night-out")]
    public async Task<IActionResult> NightOut(int? year, CancellationToken cancellationToken)
    {
        var night = year is >= 2000 and <= 2100 ? BlockPartyForm.NightOutDate(year.Value) : BlockPartyForm.NextNightOut(VisitTimes.Today(clock));
        var from = CentralTimeInput.ToUtc(night, TimeOnly.MinValue)!.Value;
        var to = from.AddDays(1);
        var parties = await db.PresentationRequests.AsNoTracking()
            .Where(r => r.Kind == PresentationKind.NationalNightOut && r.Option1StartUtc >= from && r.Option1StartUtc < to
                && r.Status != PresentationStatus.Declined && r.Status != PresentationStatus.Cancelled)
            .OrderBy(r => r.Option1StartUtc)
            .Select(r => new NightOutParty(r.Id, r.ReferenceCode, r.OrganizationName ?? "", r.Location, r.AudienceSize, r.RustyRequested, r.Option1StartUtc, r.Option1EndUtc,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.StartUtc : null, r.Appearance != null && r.Appearance.Active ? r.Appearance.EndUtc : null,
                r.Appearance != null && r.Appearance.Active ? r.Appearance.Bookings.Select(b => b.Resource!.Name).ToList() : new List<string>()))
            .ToListAsync(cancellationToken);
        var routes = parties.Where(p => p.VisitStartUtc is not null).SelectMany(p => p.Team.Select(t => (Team: t, Party: p)))
            .GroupBy(x => x.Team).OrderBy(g => g.Key)
            .Select(g => new NightOutRoute(g.Key, g.Select(x => x.Party).OrderBy(p => p.VisitStartUtc).ToList())).ToList();
        return View("NightOut", new NightOutViewModel(night, parties, routes));
    }
}

public sealed record NightOutParty(int Id, string ReferenceCode, string Name, string Address, int Guests, bool Rusty, DateTime WindowStartUtc, DateTime WindowEndUtc,
    DateTime? VisitStartUtc, DateTime? VisitEndUtc, IReadOnlyList<string> Team);

public sealed record NightOutRoute(string Team, IReadOnlyList<NightOutParty> Stops);

public sealed record NightOutViewModel(DateOnly Night, IReadOnlyList<NightOutParty> Parties, IReadOnlyList<NightOutRoute> Routes);
