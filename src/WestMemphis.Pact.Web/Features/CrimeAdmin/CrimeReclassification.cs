using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// Applies a new mapping to incidents already imported, in set-based UPDATEs (never row by row, so a description shared by
/// a hundred thousand offenses is one statement), then empties the public crime summary's cache. The caller holds the
/// transaction that also saves the mapping.
/// </summary>
public sealed class CrimeReclassification(AppDbContext db, IOutputCacheStore cache)
{
    /// <summary>
    /// Gives the source's unmapped offenses with this description its code (as the import's resolver would: the exact
    /// description, or a Chicago-style "PRIMARY: DETAIL" whose primary type is the description), then recomputes the
    /// highest offense of the incidents touched. Returns the number of offenses re-classified.
    /// </summary>
    public async Task<int> MapOffensesAsync(string source, string description, NibrsOffenseCode code, CancellationToken cancellationToken)
    {
        var detail = description + ": ";
        var offenses = await db.IncidentOffenses
            .Where(o => o.NibrsCode == null && o.Incident!.Source == source && (o.Description == description || o.Description.StartsWith(detail)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.NibrsCode, code.Code)
                .SetProperty(o => o.Category, code.CrimesAgainst)
                .SetProperty(o => o.UcrPart, (byte?)code.UcrPart)
                .SetProperty(o => o.PartIClass, code.PartIClass), cancellationToken);
        if (offenses > 0)
        {
            await db.Incidents
                .Where(i => i.Source == source && i.Offenses.Any(o => o.NibrsCode == code.Code && (o.Description == description || o.Description.StartsWith(detail))))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.HighestOffenseCode, i => i.Offenses.Where(o => o.NibrsCode != null)
                    .OrderBy(o => o.NibrsOffense!.HierarchyRank).Select(o => o.NibrsCode).FirstOrDefault()), cancellationToken);
        }

        return offenses;
    }

    /// <summary>Places the source's unassigned incidents whose beat or ward value is <paramref name="value"/> in the area. Returns the incidents placed.</summary>
    public async Task<int> AssignAreaAsync(string source, string value, int areaId, CancellationToken cancellationToken)
    {
        var key = value.Trim().ToUpperInvariant();
        await db.IncidentOffenses
            .Where(o => o.AreaId == null && o.Incident!.Source == source && o.Incident.AreaId == null && o.Incident.SourceBeat != null && o.Incident.SourceBeat.ToUpper() == key)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AreaId, areaId), cancellationToken);
        return await db.Incidents
            .Where(i => i.Source == source && i.AreaId == null && i.SourceBeat != null && i.SourceBeat.ToUpper() == key)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AreaId, areaId).SetProperty(i => i.AreaPlacement, AreaPlacement.SourceMapping), cancellationToken);
    }

    public ValueTask EvictPublicSummaryAsync(CancellationToken cancellationToken) => PublicCrimeCache.EvictAsync(cache, cancellationToken);
}
