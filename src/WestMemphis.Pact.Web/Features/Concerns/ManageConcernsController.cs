using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// Staff triage of concerns (Coordinator, Officer, Admin): the queue, one concern's details with the reporter's
/// contact (each view audited), status, assignment, public updates and internal notes, the link to a problem,
/// the photo, and concerns raised at meetings. One file per use case in this folder (ListConcerns.cs,
/// ConcernDetails.cs, ChangeConcernStatus.cs, AssignConcern.cs, AddConcernUpdate.cs, LinkConcernToProblem.cs,
/// ViewConcernPhoto.cs, LogMeetingConcern.cs), each with its form and validator; this file holds what several share.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("concerns/manage")]
public sealed partial class ManageConcernsController : Controller
{
    public static readonly string ChangedBySomeoneElse = SaveChangesExtensions.ChangedBySomeoneElse("concern");

    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly ConcernEmails emails;
    private readonly ConcernPhotoStore photos;
    private readonly IAreaLocator locator;
    private readonly AuditLog audit;
    private readonly UserManager<ApplicationUser> users;
    private readonly TimeProvider clock;
    private readonly ILogger<ManageConcernsController> logger;

    public ManageConcernsController(AppDbContext db, ConcernEmails emails, ConcernPhotoStore photos, IAreaLocator locator, AuditLog audit,
        UserManager<ApplicationUser> users, TimeProvider clock, ILogger<ManageConcernsController> logger)
    {
        this.db = db;
        this.emails = emails;
        this.photos = photos;
        this.locator = locator;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>The version the form was made from must still be the saved one; a missing version never is.</summary>
    private bool Expect(Concern concern, string? version)
    {
        var expected = Guid.TryParse(version, out var parsed) ? parsed : Guid.Empty;
        db.ExpectVersion(concern, expected);
        return expected != Guid.Empty && expected == concern.Version;
    }

    private async Task<IActionResult> SaveAsync(Concern concern, string message, CancellationToken cancellationToken)
    {
        if (!await db.TrySaveChangesAsync(cancellationToken))
        {
            return await ConflictAsync(concern.Id, cancellationToken);
        }

        logger.LogInformation("Concern {ConcernId} updated: status {Status}", concern.Id, concern.Status);
        this.SetStatus(message);
        return Redirect($"/concerns/manage/{concern.Id}");
    }

    // What was typed stays in the form (from ModelState); the page and the hidden version show the saved record.
    private async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await DetailsViewAsync(id, cancellationToken);
    }

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.HasReporterContact)
        {
            await audit.WriteAsync("Viewed", "ConcernReporter", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Reporter contact shown on the concern page",
                cancellationToken: cancellationToken);
        }

        return View("Details", model);
    }
}
