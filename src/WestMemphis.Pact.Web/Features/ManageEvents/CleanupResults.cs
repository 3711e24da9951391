using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Record what an environmental cleanup achieved, after the day.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}/results")]
    public async Task<IActionResult> Results(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Include(x => x.CleanupResult).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null || e.Type != EventType.EnvironmentalCleanup)
        {
            return NotFound();
        }

        var r = e.CleanupResult;
        var attended = await db.Signups.Where(s => s.Shift!.EventId == id && s.Status == SignupStatus.Attended)
            .Select(s => new { s.VolunteerId, s.Hours }).ToListAsync(cancellationToken);
        return View(new CleanupResultsPage(r is null
            ? new CleanupResultForm
            {
                Volunteers = attended.Select(a => a.VolunteerId).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                VolunteerHours = attended.Sum(a => a.Hours ?? 0).ToString("0.##", CultureInfo.InvariantCulture),
            }
            : CleanupResultForm.From(r), EventHeading.From(e)));
    }

    [HttpPost("{id:int}/results")]
    public async Task<IActionResult> Results(int id, CleanupResultForm form, [FromServices] IValidator<CleanupResultForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.Include(x => x.CleanupResult).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null || e.Type != EventType.EnvironmentalCleanup)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View(new CleanupResultsPage(form, EventHeading.From(e)));
        }

        // No version: the form was made before any results existed. Results saved since then are someone else's.
        Guid? seen = Guid.TryParse(form.Version, out var version) ? version : null;
        var r = e.CleanupResult;
        if (r?.Version != seen)
        {
            return ResultsConflictView(form, e);
        }

        if (r is null)
        {
            r = new CleanupResult { EventId = id };
            db.CleanupResults.Add(r);
        }
        else
        {
            db.ExpectVersion(r, version);
        }

        r.Sites = CleanupResultForm.Int(form.Sites);
        r.Volunteers = CleanupResultForm.Int(form.Volunteers);
        r.VolunteerHours = CleanupResultForm.TryHours(form.VolunteerHours, out var h) ? h : 0;
        r.Bags = CleanupResultForm.Int(form.Bags);
        r.Tires = CleanupResultForm.Int(form.Tires);
        r.LargeItems = CleanupResultForm.Int(form.LargeItems);
        r.EstimatedPounds = CleanupResultForm.Int(form.EstimatedPounds);
        r.Notes = FormRules.Clean(form.Notes);
        r.RecordedUtc = clock.GetUtcNow().UtcDateTime;
        if (!await db.TrySaveChangesAsync(cancellationToken, orInsertedMeanwhile: true))
        {
            // Two first saves at once: the other one's row won the key.
            var current = await db.Events.AsNoTracking().Include(x => x.CleanupResult).FirstAsync(x => x.Id == id, cancellationToken);
            return ResultsConflictView(form, current);
        }

        this.SetStatus("Cleanup results saved.");
        return LocalRedirect($"/manage/events/{id}");
    }

    private IActionResult ResultsConflictView(CleanupResultForm form, Event current)
    {
        ModelState.Clear();
        ModelState.AddModelError("", SaveChangesExtensions.ChangedBySomeoneElse("cleanup result"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Results", new CleanupResultsPage(current.CleanupResult is { } saved ? CleanupResultForm.From(saved) : form, EventHeading.From(current)));
    }
}

public sealed record CleanupResultsPage(CleanupResultForm Form, EventHeading Event);

public sealed class CleanupResultForm
{
    public string? Sites { get; set; }
    public string? Volunteers { get; set; }
    public string? VolunteerHours { get; set; }
    public string? Bags { get; set; }
    public string? Tires { get; set; }
    public string? LargeItems { get; set; }
    public string? EstimatedPounds { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    /// <summary>The form filled with the saved results, carrying their version.</summary>
    public static CleanupResultForm From(CleanupResult r) => new()
    {
        Sites = I(r.Sites),
        Volunteers = I(r.Volunteers),
        VolunteerHours = r.VolunteerHours.ToString("0.##", CultureInfo.InvariantCulture),
        Bags = I(r.Bags),
        Tires = I(r.Tires),
        LargeItems = I(r.LargeItems),
        EstimatedPounds = I(r.EstimatedPounds),
        Notes = r.Notes,
        Version = r.Version.ToString(),
    };

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static int Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static bool IsCount(string? value) => string.IsNullOrWhiteSpace(value) || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000);

    public static bool TryHours(string? value, out double hours) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours) && hours is >= 0 and <= 100_000;
}

public sealed class CleanupResultFormValidator : AbstractValidator<CleanupResultForm>
{
    public CleanupResultFormValidator()
    {
        const string count = "Enter a whole number from 0 to 1,000,000, or leave it empty.";
        RuleFor(f => f.Sites).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Volunteers).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Bags).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Tires).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.LargeItems).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.EstimatedPounds).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.VolunteerHours).Must(h => string.IsNullOrWhiteSpace(h) || CleanupResultForm.TryHours(h, out _))
            .WithMessage("Enter the volunteer-hours as a number, for example 42.5.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.CleanupResult.Notes).WithMessage($"Notes must be {FieldLengths.CleanupResult.Notes} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
    }
}
