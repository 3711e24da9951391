using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>The mappings of one source or all, the beat values of unassigned incidents, and the form to add a mapping.</summary>
public sealed partial class AreaMappingsController
{
    private const int UnplacedShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? source, CancellationToken cancellationToken) =>
        await IndexViewAsync(source, new AreaMappingForm { Field = AreaSourceFields.Beat }, cancellationToken);

    private async Task<IActionResult> IndexViewAsync(string? source, AreaMappingForm form, CancellationToken cancellationToken)
    {
        source = string.IsNullOrWhiteSpace(source) ? null : source.Trim().ToLowerInvariant();
        var query = db.AreaSourceMappings.AsNoTracking();
        if (source is not null)
        {
            query = query.Where(m => m.Source == source);
        }

        var rows = await query.OrderBy(m => m.Source).ThenBy(m => m.Field).ThenBy(m => m.Value)
            .Select(m => new AreaMappingRow(m.Id, m.Source, m.Field, m.Value, m.Area!.Name)).ToListAsync(cancellationToken);
        var unplaced = await db.Incidents.AsNoTracking().Where(i => i.AreaId == null && i.SourceBeat != null)
            .GroupBy(i => new { i.Source, i.SourceBeat })
            .Select(g => new { g.Key.Source, g.Key.SourceBeat, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.SourceBeat).Take(UnplacedShown)
            .ToListAsync(cancellationToken);
        return View("AreaMappings", new AreaMappingsViewModel(source, rows, unplaced.Select(u => new UnplacedBeatRow(u.Source, u.SourceBeat!, u.Count)).ToList(),
            await AreasAsync(cancellationToken), form));
    }
}

public sealed record AreaMappingsViewModel(string? Source, IReadOnlyList<AreaMappingRow> Rows, IReadOnlyList<UnplacedBeatRow> Unplaced, IReadOnlyList<AreaOption> Areas, AreaMappingForm Form);

public sealed record AreaMappingRow(int Id, string Source, string Field, string Value, string AreaName);

public sealed record UnplacedBeatRow(string Source, string Value, int Count);
