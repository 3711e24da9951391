using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// Crime data import (Officer and Admin): upload → preview (layout recognised, first rows) → queued batch worked in the
/// background → progress page (polled by a static script) → rejected rows as CSV. One file per use case
/// (UploadCrimeFile.cs, QueueImport.cs, ImportProgress.cs); the column-mapping screen is ImportColumnsController.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/import")]
public sealed partial class CrimeImportController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly CrimeUploads uploads;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly ILogger<CrimeImportController> logger;

    public CrimeImportController(AppDbContext db, CrimeUploads uploads, AuditLog audit, TimeProvider clock, ILogger<CrimeImportController> logger)
    {
        this.db = db;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
        this.logger = logger;
    }
}
