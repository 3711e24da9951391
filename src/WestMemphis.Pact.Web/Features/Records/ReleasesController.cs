using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Records;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Records;

/// <summary>
/// Public-records release copies (Arkansas FOIA): staff say who asked, the release is written to the audit log (the
/// release register: action "RecordReleased", the fields given and withheld, never a withheld value), and the copy is
/// shown with each withheld field marked with its reason, ready to print, and as CSV. Each kind of record keeps the
/// policy of its own pages: a contact log only for the officer who wrote it or an admin, a request only for coordinators.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("records/release")]
public sealed class ReleasesController(AppDbContext db, ReleasePackets packets, AuditLog audit, TimeProvider clock) : Controller
{
    public const string ReleaseAction = "RecordReleased";

    [HttpGet("concern/{id:int}")]
    public Task<IActionResult> ShowConcern(int id, long? release, CancellationToken cancellationToken) => ShowAsync(ReleaseKind.Concern, id, release, cancellationToken);

    [HttpPost("concern/{id:int}")]
    public Task<IActionResult> ReleaseConcern(int id, ReleaseForm form, [FromServices] IValidator<ReleaseForm> validator, CancellationToken cancellationToken) =>
        ReleaseAsync(ReleaseKind.Concern, id, form, validator, cancellationToken);

    [HttpGet("concern/{id:int}.csv")]
    public Task<IActionResult> ConcernCsv(int id, long? release, CancellationToken cancellationToken) => CsvAsync(ReleaseKind.Concern, id, release, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpGet("contact/{id:int}")]
    public Task<IActionResult> ShowContact(int id, long? release, CancellationToken cancellationToken) => ShowAsync(ReleaseKind.ContactLog, id, release, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpPost("contact/{id:int}")]
    public Task<IActionResult> ReleaseContact(int id, ReleaseForm form, [FromServices] IValidator<ReleaseForm> validator, CancellationToken cancellationToken) =>
        ReleaseAsync(ReleaseKind.ContactLog, id, form, validator, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpGet("contact/{id:int}.csv")]
    public Task<IActionResult> ContactCsv(int id, long? release, CancellationToken cancellationToken) => CsvAsync(ReleaseKind.ContactLog, id, release, cancellationToken);

    [Authorize(Policy = Policies.Coordinator)]
    [HttpGet("request/{id:int}")]
    public Task<IActionResult> ShowRequest(int id, long? release, CancellationToken cancellationToken) => ShowAsync(ReleaseKind.PresentationRequest, id, release, cancellationToken);

    [Authorize(Policy = Policies.Coordinator)]
    [HttpPost("request/{id:int}")]
    public Task<IActionResult> ReleaseRequest(int id, ReleaseForm form, [FromServices] IValidator<ReleaseForm> validator, CancellationToken cancellationToken) =>
        ReleaseAsync(ReleaseKind.PresentationRequest, id, form, validator, cancellationToken);

    [Authorize(Policy = Policies.Coordinator)]
    [HttpGet("request/{id:int}.csv")]
    public Task<IActionResult> RequestCsv(int id, long? release, CancellationToken cancellationToken) => CsvAsync(ReleaseKind.PresentationRequest, id, release, cancellationToken);

    [HttpGet("problem/{id:int}")]
    public Task<IActionResult> ShowProblem(int id, long? release, CancellationToken cancellationToken) => ShowAsync(ReleaseKind.Problem, id, release, cancellationToken);

    [HttpPost("problem/{id:int}")]
    public Task<IActionResult> ReleaseProblem(int id, ReleaseForm form, [FromServices] IValidator<ReleaseForm> validator, CancellationToken cancellationToken) =>
        ReleaseAsync(ReleaseKind.Problem, id, form, validator, cancellationToken);

    [HttpGet("problem/{id:int}.csv")]
    public Task<IActionResult> ProblemCsv(int id, long? release, CancellationToken cancellationToken) => CsvAsync(ReleaseKind.Problem, id, release, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpGet("review/{id:int}")]
    public Task<IActionResult> ShowReview(int id, long? release, CancellationToken cancellationToken) => ShowAsync(ReleaseKind.CrimeReview, id, release, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpPost("review/{id:int}")]
    public Task<IActionResult> ReleaseReview(int id, ReleaseForm form, [FromServices] IValidator<ReleaseForm> validator, CancellationToken cancellationToken) =>
        ReleaseAsync(ReleaseKind.CrimeReview, id, form, validator, cancellationToken);

    [Authorize(Policy = Policies.Officer)]
    [HttpGet("review/{id:int}.csv")]
    public Task<IActionResult> ReviewCsv(int id, long? release, CancellationToken cancellationToken) => CsvAsync(ReleaseKind.CrimeReview, id, release, cancellationToken);

    private async Task<IActionResult> ShowAsync(ReleaseKind kind, int id, long? release, CancellationToken cancellationToken)
    {
        var packet = await LoadAsync(kind, id, cancellationToken);
        if (packet is null)
        {
            return NotFound();
        }

        if (release is null)
        {
            return View("Form", new ReleaseFormViewModel(packet, new ReleaseForm { RequestDate = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        }

        var entry = await FindReleaseAsync(packet, release.Value, cancellationToken);
        return entry is null ? NotFound() : View("Copy", new ReleaseCopyViewModel(packet, entry.Id, entry.WhenUtc, ReleaseDetails.Parse(entry.Details)));
    }

    private async Task<IActionResult> ReleaseAsync(ReleaseKind kind, int id, ReleaseForm form, IValidator<ReleaseForm> validator, CancellationToken cancellationToken)
    {
        var packet = await LoadAsync(kind, id, cancellationToken);
        if (packet is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Form", new ReleaseFormViewModel(packet, form));
        }

        CentralTimeInput.TryParseDate(form.RequestDate, out var asked);
        if (asked > Today())
        {
            ModelState.AddModelError(nameof(ReleaseForm.RequestDate), "The request date cannot be after today.");
            return View("Form", new ReleaseFormViewModel(packet, form));
        }

        var details = ReleaseDetails.Write(form.RequestedBy!.Trim(), asked, form.Notes?.Trim(), ReleaseRules.Summary(packet.Rows));
        var entry = audit.Add(ReleaseAction, packet.RecordType, id.ToString(CultureInfo.InvariantCulture), details);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"Release {entry.Id} is logged. Print this copy or download it as CSV.");
        return LocalRedirect($"/records/release/{ReleaseKinds.Segment(kind)}/{id}?release={entry.Id}");
    }

    private async Task<IActionResult> CsvAsync(ReleaseKind kind, int id, long? release, CancellationToken cancellationToken)
    {
        var packet = await LoadAsync(kind, id, cancellationToken);
        if (packet is null || release is null || await FindReleaseAsync(packet, release.Value, cancellationToken) is null)
        {
            return NotFound();
        }

        return CsvDownload.File($"release-{release}-{ReleaseKinds.Segment(kind)}-{id}.csv", ["Field", "Value", "Withheld because"],
            packet.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, r.Value, r.WithheldBecause]));
    }

    private Task<ReleasePacket?> LoadAsync(ReleaseKind kind, int id, CancellationToken cancellationToken) =>
        packets.LoadAsync(kind, id, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, User.IsInRole(Roles.Admin), cancellationToken);

    private Task<AuditEntry?> FindReleaseAsync(ReleasePacket packet, long release, CancellationToken cancellationToken)
    {
        var recordId = packet.Id.ToString(CultureInfo.InvariantCulture);
        return db.AuditEntries.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == release && a.Action == ReleaseAction && a.RecordType == packet.RecordType && a.RecordId == recordId, cancellationToken);
    }

    private DateOnly Today() => CentralTimeZone.Today(clock);
}
