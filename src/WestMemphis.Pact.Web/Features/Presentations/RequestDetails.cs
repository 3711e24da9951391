using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>One request with its messages and appearance, and the forms to review, message, decline and complete it.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var r = await LoadAsync(id, cancellationToken);
        return r is null ? NotFound() : View(new RequestDetailsViewModel(r) { StatusLinks = await StatusLinkCountAsync(id, cancellationToken) });
    }

    private Task<int> StatusLinkCountAsync(int id, CancellationToken cancellationToken) =>
        db.StatusLinks.CountAsync(l => l.PresentationRequestId == id, cancellationToken);

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var r = await LoadAsync(id, cancellationToken);
        return r is null ? NotFound() : View("Details", new RequestDetailsViewModel(r) { StatusLinks = await StatusLinkCountAsync(id, cancellationToken) });
    }
}

/// <summary>A request with the (empty) fields of the forms on its page, so each form field has a model property.</summary>
public sealed class RequestDetailsViewModel(PresentationRequest request)
{
    public PresentationRequest Request { get; } = request;
    public string? Body { get; set; }
    public string? Reason { get; set; }
    public string? PeopleReached { get; set; }
    public string? Notes { get; set; }

    /// <summary>How many private status links of this request work (one per email sent, until revoked).</summary>
    public int StatusLinks { get; init; }
}
