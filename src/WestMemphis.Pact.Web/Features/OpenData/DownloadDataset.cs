using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>
/// GET /data/{dataset}.csv and .json: one dataset. A withheld count is "withheld" in the CSV file, and null in the JSON
/// file with its column named in the row's "withheld" list, never a number.
/// </summary>
public sealed partial class DataController
{
    [HttpGet("/data/{dataset}.csv")]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicCrimeCache.Tag])]
    public async Task<IActionResult> Csv(string dataset, CancellationToken cancellationToken)
    {
        if (await TableAsync(dataset, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        return CsvDownload.File(dataset + ".csv", table.Columns, table.Rows.Select(r => (IReadOnlyList<string?>)r.Select(v => v.Csv()).ToList()));
    }

    [HttpGet("/data/{dataset}.json")]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicCrimeCache.Tag])]
    public async Task<IActionResult> Json(string dataset, CancellationToken cancellationToken)
    {
        var described = Datasets.FirstOrDefault(d => d.Slug == dataset);
        if (described is null || await TableAsync(dataset, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        return Content(table.ToJson(described, BaseUrl, Temporal(described)).ToJsonString(), "application/json");
    }

    private async Task<OpenDataTable?> TableAsync(string dataset, CancellationToken cancellationToken) => dataset switch
    {
        "crime-summary" => await Tables.CrimeSummaryAsync(cancellationToken),
        "events" => await Tables.EventsAsync(BaseUrl, cancellationToken),
        "program-results" => await Tables.ProgramResultsAsync(cancellationToken),
        "you-said-we-did" => await Tables.YouSaidWeDidAsync(cancellationToken),
        _ => null,
    };
}
