using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/offense-types (Admin): the NIBRS offense types and which of them the public summary may show. Every type is
/// staff-only until published here; sex offenses and human trafficking are locked (never public, refused by the server).
/// A whole NIBRS offense group can be published or withdrawn at once (PublishOffenseGroup.cs). Each change is audited and
/// empties the public crime summary's cache (PublishOffenseType.cs). A new installation starts with the default set public
/// (<see cref="OffenseGroups.DefaultPublic"/>).
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("crime/offense-types")]
public sealed partial class OffenseTypesController : Controller
{
    // Fields, not primary-constructor parameters: PublishOffenseType.cs is another part of this class.
    private readonly AppDbContext db;
    private readonly AuditLog audit;
    private readonly IOutputCacheStore cache;
    private readonly ILogger<OffenseTypesController> logger;

    public OffenseTypesController(AppDbContext db, AuditLog audit, IOutputCacheStore cache, ILogger<OffenseTypesController> logger)
    {
        this.db = db;
        this.audit = audit;
        this.cache = cache;
        this.logger = logger;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ViewAsync(null, cancellationToken);

    private async Task<IActionResult> ViewAsync((string Message, string Code)? error, CancellationToken cancellationToken)
    {
        if (error is { } e)
        {
            ModelState.AddModelError("", e.Message);
        }

        var rows = (await db.NibrsOffenseCodes.AsNoTracking().OrderBy(c => c.Group).ThenBy(c => c.Code).ToListAsync(cancellationToken))
            .Select(c => new OffenseTypeRow(c.Code, c.Name, c.CrimesAgainst, c.Group, c.UcrPart, c.PartIClass, c.IsPublic,
                OffensePublishing.IsLocked(c.Code, c.IsSensitive), c.Version.ToString(), OffenseGroups.Of(c.Code)))
            .ToList();
        var groups = OffenseGroups.All
            .Select(g => new OffenseTypeGroup(g, rows.Where(r => r.OffenseGroup == g).ToList()))
            .Where(g => g.Types.Count > 0)
            .ToList();
        return View("OffenseTypes", new OffenseTypesViewModel(rows, groups));
    }
}

public sealed record OffenseTypeRow(string Code, string Name, OffenseCategory CrimesAgainst, NibrsGroup Group, byte UcrPart, PartIClass PartI,
    bool IsPublic, bool IsLocked, string Version, OffenseGroups.OffenseGroup OffenseGroup)
{
    public string CrimesAgainstText => CrimesAgainst switch
    {
        OffenseCategory.Persons => "Persons",
        OffenseCategory.Property => "Property",
        OffenseCategory.Society => "Society",
        _ => "Not known",
    };
}

/// <summary>One NIBRS offense group on the page: published or withdrawn as a whole by <see cref="OffenseTypesController.PublishGroup"/>.</summary>
public sealed record OffenseTypeGroup(OffenseGroups.OffenseGroup Group, IReadOnlyList<OffenseTypeRow> Types)
{
    public bool IsLocked => Types.Any(t => t.IsLocked);

    public int PublicCount => Types.Count(t => t.IsPublic);

    public bool AllPublic => PublicCount == Types.Count;

    /// <summary>"13A:guid,13B:guid": the versions the admin saw, checked before anything changes.</summary>
    public string Versions => string.Join(',', Types.Select(t => t.Code + ":" + t.Version));
}

public sealed record OffenseTypesViewModel(IReadOnlyList<OffenseTypeRow> Rows, IReadOnlyList<OffenseTypeGroup> Groups);
