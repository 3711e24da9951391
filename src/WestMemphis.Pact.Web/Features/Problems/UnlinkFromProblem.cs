using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>Removes one link. The form carries the problem's version: a page older than the last change (another unlink included) is refused.</summary>
public sealed partial class ProblemLinksController
{
    [HttpPost("{id:int}/links/remove"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Unlink(int id, UnlinkForm form, [FromServices] IValidator<UnlinkForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (await RefusalAsync(id, problem, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var recordId = form.RecordId!.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        string? unlinked = null;
        switch (form.Kind!.Value)
        {
            case LinkKind.Concern:
                if (await Db.Concerns.FirstOrDefaultAsync(c => c.Id == recordId && c.ProblemId == id, cancellationToken) is { } concern)
                {
                    concern.ProblemId = null;
                    concern.UpdatedUtc = now;
                    unlinked = "concern " + concern.ReferenceCode;
                }

                break;
            case LinkKind.Partner:
                if (await Db.ProblemPartners.FirstOrDefaultAsync(x => x.ProblemId == id && x.PartnerOrganizationId == recordId, cancellationToken) is { } partner)
                {
                    Db.ProblemPartners.Remove(partner);
                    unlinked = "partner";
                }

                break;
            case LinkKind.Congregation:
                if (await Db.ProblemCongregations.FirstOrDefaultAsync(x => x.ProblemId == id && x.CongregationId == recordId, cancellationToken) is { } congregation)
                {
                    Db.ProblemCongregations.Remove(congregation);
                    unlinked = "congregation";
                }

                break;
        }

        if (unlinked is null)
        {
            // Same version but no such link: the id was never linked (a tampered form); nothing changes.
            ModelState.AddModelError(nameof(form.RecordId), "That is not linked to this problem.");
            return await DetailsViewAsync(id, cancellationToken);
        }

        problem!.UpdatedUtc = now;
        audit.Add("Unlinked", nameof(Problem), id.ToString(CultureInfo.InvariantCulture), $"{form.Kind.Value.ToString().ToLowerInvariant()} {recordId}");
        Logger.LogInformation("Problem {ProblemId}: unlinked {LinkKind} {RecordId}", id, form.Kind, recordId);
        return await SaveAsync(id, $"Unlinked: {unlinked}.", cancellationToken);
    }
}

/// <summary>Removes one link (a concern, partner or congregation) from a problem. Carries the problem's version so a stale page is refused.</summary>
public sealed class UnlinkForm
{
    public LinkKind? Kind { get; set; }
    public int? RecordId { get; set; }
    public string? Version { get; set; }
}

public sealed class UnlinkFormValidator : AbstractValidator<UnlinkForm>
{
    public UnlinkFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose what to unlink.").IsInEnum().WithMessage("Choose what to unlink.");
        RuleFor(f => f.RecordId).NotNull().WithMessage("Choose what to unlink.").GreaterThan(0).WithMessage("Choose what to unlink.");
    }
}
