using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

/// <summary>
/// Publish or withdraw a whole NIBRS offense group ("Larceny/theft offenses") in one post. The form carries the version of
/// every type in the group as the admin saw it: if any changed since, nothing is saved. A group holding a privacy-locked
/// type is never published (<see cref="OffensePublishing.CheckGroup"/>). Each type changed is audited as a single change is.
/// </summary>
public sealed partial class OffenseTypesController
{
    [HttpPost("groups/{key}/publish")]
    public async Task<IActionResult> PublishGroup(string key, PublishOffenseGroupForm form, CancellationToken cancellationToken)
    {
        if (OffenseGroups.Find(key) is not { } group)
        {
            return NotFound();
        }

        var all = await db.NibrsOffenseCodes.ToListAsync(cancellationToken);
        var types = all.Where(t => OffenseGroups.Of(t.Code) == group).OrderBy(t => t.Code).ToList();
        if (form.Publish is not { } publish)
        {
            return await ViewAsync(("Choose whether to publish or withdraw the group.", key), cancellationToken);
        }

        if (OffensePublishing.CheckGroup(group.Name, types.Select(t => (t.Code, t.IsSensitive)).ToList(), publish) is { } refused)
        {
            logger.LogWarning("Refused to publish offense group {Group}", group.Key);
            return await ViewAsync((refused, key), cancellationToken);
        }

        var seen = ReadVersions(form.Versions);
        if (types.Any(t => !seen.TryGetValue(t.Code, out var v) || v != t.Version))
        {
            return await ViewAsync(($"{group.Name}: " + SaveChangesExtensions.ChangedBySomeoneElse("offense group") + " Look at its types again and choose again.", key), cancellationToken);
        }

        var changing = types.Where(t => t.IsPublic != publish).ToList();
        if (changing.Count == 0)
        {
            this.SetStatus($"Every type in {group.Name} is already {(publish ? "public" : "staff-only")}.");
            return LocalRedirect("/crime/offense-types#group-" + group.Key);
        }

        foreach (var type in changing)
        {
            db.ExpectVersion(type, seen[type.Code]);
            type.IsPublic = publish;
            audit.Add(publish ? "Published" : "Unpublished", nameof(NibrsOffenseCode), type.Code,
                $"{type.Code} {type.Name} {(publish ? "shown on" : "withdrawn from")} the public crime summary (with its group, {group.Name})");
        }

        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ViewAsync(($"{group.Name}: " + SaveChangesExtensions.ChangedBySomeoneElse("offense group") + " Choose again.", key), cancellationToken);
        }

        await PublicCrimeCache.EvictAsync(cache, cancellationToken);
        logger.LogInformation("Offense group {Group} {Change} ({Count} types)", group.Key, publish ? "published" : "unpublished", changing.Count);
        var count = changing.Count == 1 ? "1 type" : $"{changing.Count} types";
        this.SetStatus(publish
            ? $"{group.Name} is now shown on the public crime summary ({count} published)."
            : $"{group.Name} is now staff-only ({count} withdrawn).");
        return LocalRedirect("/crime/offense-types#group-" + group.Key);
    }

    private static Dictionary<string, Guid> ReadVersions(string? text)
    {
        var result = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':');
            if (colon > 0 && Guid.TryParse(part[(colon + 1)..], out var version))
            {
                result[part[..colon]] = version;
            }
        }

        return result;
    }
}

public sealed class PublishOffenseGroupForm
{
    public bool? Publish { get; set; }

    /// <summary>"code:version" for every type in the group, comma-separated.</summary>
    public string? Versions { get; set; }
}
