using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// The offenses behind every number of the review (search, filters, paging) and an incident's detail, whose every view
/// is audited. One file per use case (SearchIncidents.cs, IncidentDetails.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed partial class CrimeIncidentsController : Controller
{
    public const int PageSize = 50;

    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly CrimeReviewQueries queries;
    private readonly TimeProvider clock;
    private readonly AuditLog audit;
    private readonly ILogger<CrimeIncidentsController> logger;

    public CrimeIncidentsController(AppDbContext db, CrimeReviewQueries queries, TimeProvider clock, AuditLog audit, ILogger<CrimeIncidentsController> logger)
    {
        this.db = db;
        this.queries = queries;
        this.clock = clock;
        this.audit = audit;
        this.logger = logger;
    }
}
