using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>Draft a prevention message for a flag from a library message: pre-filled with the area and category, editable, saved as a draft.</summary>
public sealed partial class PreventionController
{
    [HttpGet("crime/flags/{id:int}/messages/new")]
    public async Task<IActionResult> Draft(int id, string? template, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var chosen = PreventionLibrary.Find(template) is { } t && t.Categories.Contains(flag.Category) ? t : PreventionLibrary.For(flag.Category)[0];
        var (subject, body) = PreventionLibrary.Fill(chosen, flag.AreaName, flag.Category);
        return View("Draft", new DraftPage(flag, new PreventionMessageForm { Template = chosen.Key, Subject = subject, Body = body }, chosen.Name));
    }

    [HttpPost("crime/flags/{id:int}/messages/new")]
    public async Task<IActionResult> Draft(int id, PreventionMessageForm form, [FromServices] IValidator<PreventionMessageForm> validator, CancellationToken cancellationToken)
    {
        var flag = await HeadingAsync(id, cancellationToken);
        if (flag is null)
        {
            return NotFound();
        }

        var template = PreventionLibrary.Find(form.Template) ?? PreventionLibrary.For(flag.Category)[^1];
        form.Template = template.Key;
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Draft", new DraftPage(flag, form, template.Name));
        }

        var message = new PreventionMessage
        {
            CrimeFlagAlertId = id,
            AreaId = flag.AreaId,
            TemplateKey = template.Key,
            Subject = form.Subject!.Trim(),
            Body = FormRules.Clean(form.Body)!,
            Status = PreventionMessageStatus.Draft,
            CreatedById = Me,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PreventionMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Prevention message {MessageId} drafted for flag {AlertId}", message.Id, id);
        this.SetStatus(IsCoordinator
            ? "Draft saved. Read it once more, then approve and send it."
            : "Draft saved. A coordinator approves it before it goes; it is on their list of messages waiting.");
        return LocalRedirect($"/manage/prevention/{message.Id}");
    }
}

public sealed record DraftPage(FlagHeading Flag, PreventionMessageForm Form, string TemplateName);

/// <summary>A prevention message's subject and body; every field is text so that any input gets a clear message.</summary>
public sealed class PreventionMessageForm
{
    public string? Template { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }

    /// <summary>The concurrency token of the version the person started from (editing only).</summary>
    public string? Version { get; set; }

    /// <summary>"send" to approve and send; anything else saves the draft.</summary>
    public string? Do { get; set; }
}

public sealed class PreventionMessageFormValidator : AbstractValidator<PreventionMessageForm>
{
    public PreventionMessageFormValidator()
    {
        RuleFor(f => f.Subject).NotEmpty().WithMessage("Enter a subject.")
            .MaximumLength(FieldLengths.PreventionMessage.Subject).WithMessage($"The subject must be {FieldLengths.PreventionMessage.Subject} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The subject contains characters we cannot accept.");
        RuleFor(f => f.Body).NotEmpty().WithMessage("Enter the message.")
            .MaximumLength(FieldLengths.PreventionMessage.Body).WithMessage($"The message must be {FieldLengths.PreventionMessage.Body} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The message contains characters we cannot accept.");
        RuleFor(f => f.Template).MaximumLength(FieldLengths.PreventionMessage.TemplateKey);
        RuleFor(f => f.Version).MaximumLength(40);
        RuleFor(f => f.Do).MaximumLength(10);
    }
}
