using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>The mappings (searchable, paged), the descriptions of imported offenses that have no code yet, and for admins the form to add a mapping.</summary>
public sealed partial class OffenseMappingsController
{
    private const int PageSize = 25;
    private const int UnmappedShown = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? source, int page = 1, CancellationToken cancellationToken = default) =>
        await IndexViewAsync(q, source, page, new OffenseMappingForm(), cancellationToken);

    private async Task<IActionResult> IndexViewAsync(string? q, string? source, int page, OffenseMappingForm form, CancellationToken cancellationToken)
    {
        q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        source = string.IsNullOrWhiteSpace(source) ? null : source.Trim().ToLowerInvariant()[..Math.Min(source.Trim().Length, CrimeLimits.Source)];
        var query = db.OffenseDescriptionMappings.AsNoTracking();
        if (source is not null)
        {
            query = query.Where(m => m.Source == source);
        }

        if (q is not null)
        {
            var upper = q.ToUpperInvariant();
            query = query.Where(m => m.Description.Contains(upper) || m.NibrsCode == upper);
        }

        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query.OrderBy(m => m.Source).ThenBy(m => m.Description).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OffenseMappingRow(m.Id, m.Source, m.Description, m.NibrsCode, m.NibrsOffense != null ? m.NibrsOffense.Name : null))
            .ToListAsync(cancellationToken);
        var unmapped = await db.IncidentOffenses.AsNoTracking().Where(o => o.NibrsCode == null)
            .GroupBy(o => new { o.Incident!.Source, o.Description })
            .Select(g => new { g.Key.Source, g.Key.Description, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Description).Take(UnmappedShown)
            .ToListAsync(cancellationToken);
        var canEdit = User.IsInRole(Domain.Roles.Admin);
        return View("OffenseMappings", new OffenseMappingsViewModel(q, source, page, pages, total, rows,
            unmapped.Select(u => new UnmappedDescriptionRow(u.Source, u.Description, u.Count)).ToList(), await CodesAsync(cancellationToken), canEdit, form));
    }
}

public sealed record OffenseMappingsViewModel(string? Search, string? Source, int Page, int Pages, int Total, IReadOnlyList<OffenseMappingRow> Rows,
    IReadOnlyList<UnmappedDescriptionRow> Unmapped, IReadOnlyList<CodeOption> Codes, bool CanEdit, OffenseMappingForm Form)
{
    public string Query(int page) =>
        "?" + string.Join("&", new[] { Search is null ? null : "q=" + Uri.EscapeDataString(Search), Source is null ? null : "source=" + Uri.EscapeDataString(Source), page > 1 ? $"page={page}" : null }
            .Where(p => p is not null));
}

public sealed record OffenseMappingRow(int Id, string Source, string Description, string Code, string? CodeName);

public sealed record UnmappedDescriptionRow(string Source, string Description, int Count);
