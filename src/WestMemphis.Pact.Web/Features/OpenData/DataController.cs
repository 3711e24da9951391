using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.OpenData;
using WestMemphis.Pact.Web.Features.Dashboard;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>
/// /data: the public pages' figures as CSV and JSON with a DCAT-US catalog. Every dataset is built by the code of the
/// page it mirrors (<see cref="DataTables"/>), so it carries what that page shows and nothing it withholds. One file per
/// use case: ListDatasets.cs (the page), DataCatalog.cs (data.json), DownloadDataset.cs (the files).
/// </summary>
[AllowAnonymous]
public sealed partial class DataController : Controller
{
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly EngagementQueries engagement;
    private readonly PublicCrimeOptions crime;
    private readonly MailOptions mail;

    public DataController(AppDbContext db, TimeProvider clock, EngagementQueries engagement, IOptions<PublicCrimeOptions> crime, IOptions<MailOptions> mail)
    {
        this.db = db;
        this.clock = clock;
        this.engagement = engagement;
        this.crime = crime.Value;
        this.mail = mail.Value;
    }

    private IReadOnlyList<OpenDataset> Datasets => OpenDataCatalog.Datasets(crime.MinimumCell, crime.WithheldDays);

    private DateOnly Today => CentralTimeZone.Today(clock);

    /// <summary>The period a dataset covers, as an ISO 8601 interval (the catalog's "temporal", the page's "covers").</summary>
    private string Temporal(OpenDataset dataset)
    {
        var today = Today;
        if (dataset.Slug == "crime-summary")
        {
            var months = PublicCrimeRules.ClosedMonths(today, crime);
            return OpenDataCatalog.Interval(months[^1], months[0].AddMonths(1).AddDays(-1));
        }

        var year = PublicResultsController.Months(today);
        var to = dataset.Slug == "events" ? today.AddYears(1) : year[0].AddMonths(1).AddDays(-1);
        return OpenDataCatalog.Interval(year[^1], to);
    }

    private string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"{Request.Scheme}://{Request.Host}{Request.PathBase}");

    private DataTables Tables => new(db, engagement, crime, Today, clock.GetUtcNow().UtcDateTime);
}
