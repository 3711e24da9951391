using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>One concern with the reporter's contact (every view of it audited), its updates and notes, and the forms that act on it.</summary>
public sealed partial class ManageConcernsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await DetailsAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.HasReporterContact)
        {
            // Reporter identity is staff-only, and every view of it is on the record.
            await audit.WriteAsync("Viewed", "ConcernReporter", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Reporter contact shown on the concern page",
                cancellationToken: cancellationToken);
        }

        return View(model);
    }

    private async Task<ConcernDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var c = await db.Concerns.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Id,
            c.ReferenceCode,
            c.Category,
            c.Location,
            Area = c.Area != null ? c.Area.Name : null,
            c.AreaId,
            c.AreaPlacedBy,
            c.Description,
            c.WhenItHappens,
            c.Status,
            c.ResolutionReason,
            c.CreatedUtc,
            c.AcknowledgedUtc,
            c.ResolvedUtc,
            c.IsAnonymous,
            c.ReporterName,
            c.ReporterEmail,
            c.ReporterPhone,
            SignedIn = c.ReporterUserId != null,
            c.AssignedOfficerId,
            AssignedTo = c.AssignedOfficer != null ? c.AssignedOfficer.FullName : null,
            RaisedAt = c.RaisedAtEvent != null ? c.RaisedAtEvent.Title : null,
            c.ProblemId,
            ProblemTitle = c.Problem != null ? c.Problem.Title : null,
            HasPhoto = c.PhotoStoredName != null,
            c.Version,
            Updates = c.Updates.OrderBy(u => u.Id).Select(u => new ConcernUpdateRow(u.CreatedUtc, u.IsPublic, u.Body, u.AuthorName)).ToList(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var officers = await Officers.ItemsAsync(db, cancellationToken);
        var problems = await db.Problems.AsNoTracking().Where(p => p.Stage != ProblemStage.Closed || p.Id == c.ProblemId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString())).ToListAsync(cancellationToken);
        var areas = await db.AreaSelectListAsync(cancellationToken);
        return new ConcernDetailsViewModel(c.Id, c.ReferenceCode, c.Category, c.Location, c.AreaId, c.Area, c.AreaPlacedBy, c.Description, c.WhenItHappens, c.Status,
            c.ResolutionReason, c.CreatedUtc, c.AcknowledgedUtc, c.ResolvedUtc, c.IsAnonymous, c.ReporterName, c.ReporterEmail, c.ReporterPhone, c.SignedIn,
            c.AssignedOfficerId, c.AssignedTo, c.RaisedAt, c.ProblemId, c.ProblemTitle, c.HasPhoto, c.Version.ToString(), c.Updates, officers, problems, areas);
    }
}

public sealed record ConcernUpdateRow(DateTime WhenUtc, bool IsPublic, string Body, string? Author);

/// <summary>The staff view of one concern: reporter details and internal notes included (and the view audited).</summary>
public sealed record ConcernDetailsViewModel(int Id, string ReferenceCode, ConcernCategory Category, string Location, int? AreaId, string? Area, ConcernAreaPlacement Placement,
    string Description, string? WhenItHappens, ConcernStatus Status, string? ResolutionReason, DateTime CreatedUtc, DateTime? AcknowledgedUtc, DateTime? ResolvedUtc,
    bool IsAnonymous, string? ReporterName, string? ReporterEmail, string? ReporterPhone, bool ReporterSignedIn, string? AssignedOfficerId, string? AssignedTo,
    string? RaisedAt, int? ProblemId, string? ProblemTitle, bool HasPhoto, string Version, IReadOnlyList<ConcernUpdateRow> Updates,
    IReadOnlyList<SelectListItem> Officers, IReadOnlyList<SelectListItem> Problems, IReadOnlyList<SelectListItem> Areas)
{
    public bool HasReporterContact => ReporterName is not null || ReporterEmail is not null || ReporterPhone is not null;

    /// <summary>The empty text box of the update form.</summary>
    public string? NewText => null;
}
