using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WestMemphis.Pact.Domain.OpenData;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>GET /data: the datasets, each with its description, update frequency, privacy rules and its CSV and JSON links.</summary>
public sealed partial class DataController
{
    [HttpGet("/data")]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicCrimeCache.Tag])]
    public IActionResult Index() =>
        View(new DataIndexViewModel(Datasets.Select(d => new DatasetViewModel(d, Temporal(d))).ToList()));
}

public sealed record DataIndexViewModel(IReadOnlyList<DatasetViewModel> Datasets);

/// <param name="Temporal">The period covered, "2025-10-01/2026-09-30".</param>
public sealed record DatasetViewModel(OpenDataset Dataset, string Temporal)
{
    public string Covers => Temporal.Replace("/", " to ", StringComparison.Ordinal);

    public string HeadingId => "ds-" + Dataset.Slug;
}
