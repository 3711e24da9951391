using Microsoft.AspNetCore.OutputCaching;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The public crime summary's output-cache tag. The import evicts it when it finishes, the crime admin pages when a mapping or a published type changes (<see cref="EvictAsync"/>).</summary>
public static class PublicCrimeCache
{
    public const string Tag = "public-crime";

    public static ValueTask EvictAsync(IOutputCacheStore store, CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}
