using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>Open a problem, or edit its description, analysis and plan; a stale form shows the saved version with a message.</summary>
public sealed partial class ProblemsController
{
    [HttpGet("new"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await EditViewAsync(null, new ProblemForm { OwnerId = users.GetUserId(User) }, cancellationToken);

    [HttpPost("new"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> New(ProblemForm form, [FromServices] IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(null, form, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var problem = new Problem { Title = "", OwnerId = "", Stage = ProblemStage.Scanning, OpenedUtc = now };
        form.ApplyTo(problem, users.GetUserId(User)!, now);
        Db.Problems.Add(problem);
        await Db.SaveChangesAsync(cancellationToken);
        Logger.LogInformation("Problem {ProblemId} opened", problem.Id);
        this.SetStatus("Problem opened. Scanning: describe it, link the concerns that show it, then move on to analysis.");
        return Redirect($"/problems/{problem.Id}");
    }

    [HttpGet("{id:int}/edit"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var p = await Db.Problems.AsNoTracking().Include(p => p.OffenseCodes).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null ? NotFound() : await EditViewAsync(id, ProblemForm.From(p), cancellationToken);
    }

    [HttpPost("{id:int}/edit"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Edit(int id, ProblemForm form, [FromServices] IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.Include(p => p.OffenseCodes).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (problem is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form, validator, cancellationToken))
        {
            return await EditViewAsync(id, form, cancellationToken);
        }

        if (!Expect(problem, form.Version))
        {
            return await EditConflictAsync(id, cancellationToken);
        }

        form.ApplyTo(problem, users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
        if (!await Db.TrySaveChangesAsync(cancellationToken))
        {
            return await EditConflictAsync(id, cancellationToken);
        }

        this.SetStatus("Problem saved.");
        return Redirect($"/problems/{id}");
    }

    /// <summary>The validator's rules, then what needs the database: the area, the offense codes and the owner exist.</summary>
    private async Task<bool> ValidateAsync(ProblemForm form, IValidator<ProblemForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.AreaId is { } areaId && !await Db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.AreaId), "Choose an area from the list.");
            valid = false;
        }

        if (valid)
        {
            form.OffenseCodes = ProblemOffenseCodes.Normalize(form.OffenseCodes);
            var known = await Db.NibrsOffenseCodes.Where(c => form.OffenseCodes.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
            var unknown = form.OffenseCodes.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                ModelState.AddModelError(nameof(form.OffenseCodes),
                    $"{(unknown.Count == 1 ? "There is no NIBRS offense code" : "There are no NIBRS offense codes")} {string.Join(", ", unknown.Take(5))}. Choose offense types from the list.");
                form.OffenseCodes = known;
                valid = false;
            }
        }

        var owner = FormRules.Clean(form.OwnerId) ?? users.GetUserId(User);
        if (valid && owner != users.GetUserId(User) && !await Officers.Query(Db).AnyAsync(u => u.Id == owner, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.OwnerId), "Choose the owner from the list of officers.");
            valid = false;
        }

        return valid;
    }

    private async Task<IActionResult> EditConflictAsync(int id, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        var current = await Db.Problems.AsNoTracking().Include(p => p.OffenseCodes).FirstAsync(p => p.Id == id, cancellationToken);
        ModelState.Clear();
        ModelState.AddModelError("", ChangedBySomeoneElse);
        return await EditViewAsync(id, ProblemForm.From(current), cancellationToken);
    }

    private async Task<IActionResult> EditViewAsync(int? id, ProblemForm form, CancellationToken cancellationToken)
    {
        var offenses = await Db.NibrsOffenseCodes.AsNoTracking().OrderBy(c => c.CrimesAgainst).ThenBy(c => c.Code)
            .Select(c => new OffenseChoice(c.Code, c.Name, c.CrimesAgainst)).ToListAsync(cancellationToken);
        return View("Edit", new ProblemEditViewModel(id, form, await Db.AreaSelectListAsync(cancellationToken), await Officers.ItemsAsync(Db, cancellationToken), offenses));
    }
}

public sealed record ProblemEditViewModel(int? Id, ProblemForm Form, IReadOnlyList<SelectListItem> Areas, IReadOnlyList<SelectListItem> Owners, IReadOnlyList<OffenseChoice> Offenses);
