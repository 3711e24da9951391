using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>Publish an offense type on the public summary or withdraw it; the form carries the type's version, and privacy-locked types are refused.</summary>
public sealed partial class OffenseTypesController
{
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
}

public sealed class PublishOffenseTypeForm
{
    public bool? Publish { get; set; }
    public string? Version { get; set; }
}
