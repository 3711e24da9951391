using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>An incident's detail (exact address included, so staff only); every view is audited.</summary>
public sealed partial class CrimeIncidentsController
{
    [HttpGet("crime/incidents/{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().Where(i => i.Id == id).Select(i => new IncidentDetailsViewModel(
                i.SourceIncidentNumber, i.Source, i.OccurredAtUtc, i.ReportedAtUtc, i.Address, i.HundredBlock, i.Latitude, i.Longitude,
                i.Area != null ? i.Area.Name : null, i.AreaPlacement, i.SourceBeat, i.Disposition, i.IsDomestic, i.IsJuvenile, i.HighestOffenseCode,
                i.Offenses.OrderBy(o => o.Id).Select(o => new IncidentOffenseLine(o.NibrsCode, o.NibrsOffense != null ? o.NibrsOffense.Name : null, o.Description, o.Category)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (incident is null)
        {
            return NotFound();
        }

        // Exact address and details are staff-only; every view is audited.
        await audit.WriteAsync("Viewed", nameof(Incident), id.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        logger.LogInformation("Incident {IncidentId} viewed", id);
        return View(incident);
    }
}

/// <summary>One incident as staff see it: where and when, how it was placed in an area, and its offenses.</summary>
public sealed record IncidentDetailsViewModel(string IncidentNumber, string Source, DateTime OccurredUtc, DateTime? ReportedUtc, string? Address,
    string? HundredBlock, double? Latitude, double? Longitude, string? AreaName, AreaPlacement AreaPlacement, string? SourceBeat, string? Disposition,
    bool IsDomestic, bool IsJuvenile, string? HighestOffenseCode, IReadOnlyList<IncidentOffenseLine> Offenses);

public sealed record IncidentOffenseLine(string? Code, string? CodeName, string Description, OffenseCategory Category);
