using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WestMemphis.Pact.Domain.OpenData;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>GET /data.json: the DCAT-US (Project Open Data v1.1) catalog of the datasets, for data portals and harvesters.</summary>
public sealed partial class DataController
{
    [HttpGet("/data.json")]
    [OutputCache(PolicyName = PublicPageCache.Policy, Tags = [PublicCrimeCache.Tag])]
    public IActionResult Catalog()
    {
        var catalog = OpenDataCatalog.Build(Datasets, BaseUrl, mail.FromAddress, Today, Temporal);
        return Content(catalog.ToJsonString(), "application/json");
    }
}
