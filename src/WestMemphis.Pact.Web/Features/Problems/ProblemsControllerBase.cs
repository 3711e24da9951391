using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>
/// What the problem controllers share: a refused form shows the problem's page again, and every change carries
/// the version of the record it changes, so a stale page is refused instead of overwriting.
/// The route and the policy are here, for every problem controller: staff read problems; actions that change
/// one ask for the officer policy themselves.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("problems")]
public abstract class ProblemsControllerBase(AppDbContext db, ProblemDetailsQuery details, ILogger<ProblemsController> logger) : Controller
{
    protected AppDbContext Db { get; } = db;

    protected ILogger<ProblemsController> Logger { get; } = logger;

    protected bool CanEdit => User.IsInRole(Roles.Officer) || User.IsInRole(Roles.Admin);

    protected async Task<IActionResult> DetailsViewAsync(int id, CancellationToken cancellationToken) =>
        await details.LoadAsync(id, CanEdit, cancellationToken) is { } model ? View(ProblemDetailsQuery.View, model) : NotFound();

    /// <summary>
    /// The answer when the form cannot be used: no such record, a refused form (the problem's page with the
    /// messages), or a version other than the saved one (the page as it is now). Null when the work may go on.
    /// </summary>
    protected async Task<IActionResult?> RefusalAsync<TRecord, TForm>(int id, TRecord? record, TForm form, string? version, IValidator<TForm> validator,
        CancellationToken cancellationToken) where TRecord : class, IVersioned
    {
        if (record is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        return Expect(record, version) ? null : await ConflictAsync(id, cancellationToken);
    }

    /// <summary>True when <paramref name="version"/> is the record's saved version; the update then checks it again, against a save that comes in between.</summary>
    protected bool Expect<TRecord>(TRecord record, string? version) where TRecord : class, IVersioned
    {
        var expected = Guid.TryParse(version, out var parsed) ? parsed : Guid.Empty;
        Db.ExpectVersion(record, expected);
        return expected == record.Version;
    }

    /// <summary>Saves the change to the problem (or to something of it), then back to its page with <paramref name="message"/>.</summary>
    protected async Task<IActionResult> SaveAsync(int problemId, string message, CancellationToken cancellationToken)
    {
        if (!await Db.TrySaveChangesAsync(cancellationToken))
        {
            return await ConflictAsync(problemId, cancellationToken);
        }

        Logger.LogInformation("Problem {ProblemId} updated", problemId);
        this.SetStatus(message);
        return Redirect($"/problems/{problemId}");
    }

    protected async Task<IActionResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        ModelState.Clear();
        ModelState.AddModelError("", ProblemsController.ChangedBySomeoneElse);
        return await DetailsViewAsync(id, cancellationToken);
    }
}
