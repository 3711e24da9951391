using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>
/// Links a concern (by its reference code), a partner or a congregation to a problem. The form carries the problem's
/// version: a page older than the last change is refused. A concern another problem holds is not moved: it is refused with a message.
/// </summary>
public sealed partial class ProblemLinksController
{
    [HttpPost("{id:int}/links"), Authorize(Policy = Policies.Officer)]
    public async Task<IActionResult> Link(int id, LinkForm form, [FromServices] IValidator<LinkForm> validator, CancellationToken cancellationToken)
    {
        var problem = await Db.Problems.Include(p => p.Partners).Include(p => p.Congregations).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (await RefusalAsync(id, problem, form, form.Version, validator, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var linked = new List<string>();
        var audited = new List<string>();
        if (FormRules.Clean(form.ReferenceCode) is { } code)
        {
            var normalized = ConcernRules.NormalizeCode(code);
            var concern = await Db.Concerns.FirstOrDefaultAsync(c => c.ReferenceCode == normalized, cancellationToken);
            var refused = concern is null ? "No concern has that reference code." : ProblemLinkRules.LinkConcern(problem!, concern, now);
            if (refused is not null)
            {
                return await LinkRefusedAsync(id, nameof(form.ReferenceCode), refused, cancellationToken);
            }

            linked.Add("concern " + concern!.ReferenceCode);
            audited.Add($"concern {concern.Id}");
        }

        if (form.PartnerId is { } partnerId)
        {
            if (!await Db.PartnerOrganizations.AnyAsync(p => p.Id == partnerId, cancellationToken))
            {
                return await LinkRefusedAsync(id, nameof(form.PartnerId), "Choose a partner from the list.", cancellationToken);
            }

            if (problem!.Partners.All(p => p.PartnerOrganizationId != partnerId))
            {
                problem.Partners.Add(new ProblemPartner { PartnerOrganizationId = partnerId });
            }

            linked.Add("partner");
            audited.Add($"partner {partnerId}");
        }

        if (form.CongregationId is { } congregationId)
        {
            if (!await Db.Congregations.AnyAsync(c => c.Id == congregationId, cancellationToken))
            {
                return await LinkRefusedAsync(id, nameof(form.CongregationId), "Choose a congregation from the list.", cancellationToken);
            }

            if (problem!.Congregations.All(c => c.CongregationId != congregationId))
            {
                problem.Congregations.Add(new ProblemCongregation { CongregationId = congregationId });
            }

            linked.Add("congregation");
            audited.Add($"congregation {congregationId}");
        }

        if (linked.Count == 0)
        {
            return await LinkRefusedAsync(id, nameof(form.ReferenceCode), "Give a concern's reference code, or choose a partner or congregation.", cancellationToken);
        }

        problem!.UpdatedUtc = now;
        audit.Add("Linked", nameof(Problem), id.ToString(CultureInfo.InvariantCulture), string.Join(", ", audited));
        return await SaveAsync(id, "Linked: " + string.Join(", ", linked) + ".", cancellationToken);
    }

    private async Task<IActionResult> LinkRefusedAsync(int id, string field, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, message);
        return await DetailsViewAsync(id, cancellationToken);
    }
}

public sealed class LinkForm
{
    public string? ReferenceCode { get; set; }
    public int? PartnerId { get; set; }
    public int? CongregationId { get; set; }

    /// <summary>The problem's version when the page was shown.</summary>
    public string? Version { get; set; }
}

public sealed class LinkFormValidator : AbstractValidator<LinkForm>
{
    public LinkFormValidator() => RuleFor(f => f.ReferenceCode).MaximumLength(FieldLengths.ReferenceCode).WithMessage("Concern codes look like C-7K3M9Q2XH4TP.")
        .Must(FormRules.IsPlainText).WithMessage("Concern codes look like C-7K3M9Q2XH4TP.");
}
