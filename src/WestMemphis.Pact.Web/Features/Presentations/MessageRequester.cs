using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Write to the requester: the message is emailed and shown on the status page.</summary>
public sealed partial class ManagePresentationsController
{
    [HttpPost("{id:int}/message")]
    public async Task<IActionResult> Message(int id, RequesterMessageForm form, [FromServices] IValidator<RequesterMessageForm> validator, CancellationToken cancellationToken)
    {
        var r = await db.PresentationRequests.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return await DetailsViewAsync(id, cancellationToken);
        }

        var body = form.Body!.Trim();
        db.PresentationMessages.Add(new PresentationMessage { RequestId = id, Body = body, CreatedUtc = clock.GetUtcNow().UtcDateTime, AuthorId = UserId });
        emails.Message(r, body);
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Message sent. It is emailed and shown on the status page.");
        return LocalRedirect($"/manage/presentations/{id}");
    }
}

public sealed class RequesterMessageForm
{
    public string? Body { get; set; }
}

public sealed class RequesterMessageFormValidator : AbstractValidator<RequesterMessageForm>
{
    public RequesterMessageFormValidator()
    {
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write the message.").MaximumLength(FieldLengths.PresentationMessage.Body).WithMessage($"The message must be {FieldLengths.PresentationMessage.Body} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The message contains characters we cannot accept.");
    }
}
