using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>Add a public update (shown on /status, emailed to the reporter when they gave an email) or an internal note.</summary>
public sealed partial class ManageConcernsController
{
    [HttpPost("{id:int}/updates")]
    public async Task<IActionResult> AddUpdate(int id, ConcernUpdateForm form, [FromServices] IValidator<ConcernUpdateForm> validator, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (concern is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        if (!Expect(concern, form.Version))
        {
            return await ConflictAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var me = await users.GetUserAsync(User);
        var body = form.Body!.Trim();
        db.ConcernUpdates.Add(new ConcernUpdate { ConcernId = id, IsPublic = form.IsPublic, Body = body, AuthorId = me?.Id, AuthorName = me?.FullName, CreatedUtc = now });
        concern.UpdatedUtc = now;
        emails.Updated(concern, body, form.IsPublic);

        return await SaveAsync(concern, form.IsPublic
            ? concern.ReporterEmail is null ? "Public update added. The reporter sees it on the status page." : "Public update added and emailed to the reporter."
            : "Internal note added.", cancellationToken);
    }
}

public sealed class ConcernUpdateForm
{
    public string? Body { get; set; }
    public bool IsPublic { get; set; }
    public string? Version { get; set; }
}

public sealed class ConcernUpdateFormValidator : AbstractValidator<ConcernUpdateForm>
{
    public ConcernUpdateFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write the update or note.")
            .MaximumLength(FieldLengths.ConcernUpdate.Body).WithMessage($"An update is at most {FieldLengths.ConcernUpdate.Body} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The text contains characters that cannot be used.");
    }
}
