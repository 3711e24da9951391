using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// /crime/offense-types (Admin): the NIBRS offense types and which of them the public summary may show. Every type is
/// staff-only until published here; sex offenses and human trafficking are locked (never public, refused by the server).
/// Each change is audited and empties the public crime summary's cache.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("crime/offense-types")]
public sealed class OffenseTypesController(AppDbContext db, AuditLog audit, IOutputCacheStore cache, ILogger<OffenseTypesController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ViewAsync(null, cancellationToken);

    [HttpPost("{code}/publish")]
    public async Task<IActionResult> Publish(string code, PublishOffenseTypeForm form, CancellationToken cancellationToken)
    {
        var type = await db.NibrsOffenseCodes.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        if (form.Publish is not { } publish)
        {
            return await ViewAsync(("Choose whether to publish or withdraw the type.", code), cancellationToken);
        }

        if (OffensePublishing.Check(type.Code, type.IsSensitive, publish) is { } refused)
        {
            logger.LogWarning("Refused to publish privacy-locked offense type {Code}", type.Code);
            return await ViewAsync((refused, code), cancellationToken);
        }

        if (!Guid.TryParse(form.Version, out var version) || version != type.Version)
        {
            return await ViewAsync(($"{type.Code} {type.Name}: " + SaveChangesExtensions.ChangedBySomeoneElse("offense type") + $" It now shows as {(type.IsPublic ? "public" : "staff-only")}; choose again.", code), cancellationToken);
        }

        if (type.IsPublic == publish)
        {
            this.SetStatus($"{type.Code} {type.Name} is already {(publish ? "public" : "staff-only")}.");
            return LocalRedirect("/crime/offense-types#type-" + type.Code);
        }

        db.ExpectVersion(type, version);
        type.IsPublic = publish;
        audit.Add(publish ? "Published" : "Unpublished", nameof(NibrsOffenseCode), type.Code, $"{type.Code} {type.Name} {(publish ? "shown on" : "withdrawn from")} the public crime summary");
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ViewAsync(($"{type.Code} {type.Name}: " + SaveChangesExtensions.ChangedBySomeoneElse("offense type") + " Choose again.", code), cancellationToken);
        }

        await PublicCrimeCache.EvictAsync(cache, cancellationToken);
        logger.LogInformation("Offense type {Code} {Change}", type.Code, publish ? "published" : "unpublished");
        this.SetStatus(publish ? $"{type.Code} {type.Name} is now shown on the public crime summary." : $"{type.Code} {type.Name} is now staff-only.");
        return LocalRedirect("/crime/offense-types#type-" + type.Code);
    }

    private async Task<IActionResult> ViewAsync((string Message, string Code)? error, CancellationToken cancellationToken)
    {
        if (error is { } e)
        {
            ModelState.AddModelError("", e.Message);
        }

        var rows = (await db.NibrsOffenseCodes.AsNoTracking().OrderBy(c => c.Group).ThenBy(c => c.Code).ToListAsync(cancellationToken))
            .Select(c => new OffenseTypeRow(c.Code, c.Name, c.CrimesAgainst, c.Group, c.UcrPart, c.PartIClass, c.IsPublic,
                OffensePublishing.IsLocked(c.Code, c.IsSensitive), c.Version.ToString()))
            .ToList();
        return View("OffenseTypes", rows);
    }
}

public sealed class PublishOffenseTypeForm
{
    public bool? Publish { get; set; }
    public string? Version { get; set; }
}

public sealed record OffenseTypeRow(string Code, string Name, OffenseCategory CrimesAgainst, NibrsGroup Group, byte UcrPart, PartIClass PartI,
    bool IsPublic, bool IsLocked, string Version)
{
    public string CrimesAgainstText => CrimesAgainst switch
    {
        OffenseCategory.Persons => "Persons",
        OffenseCategory.Property => "Property",
        OffenseCategory.Society => "Society",
        _ => "Not known",
    };
}
