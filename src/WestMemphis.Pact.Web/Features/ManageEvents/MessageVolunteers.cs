using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Email everyone signed up for an event.</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}/message")]
    public async Task<IActionResult> Message(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        return View(new MessagePage(new MessageForm(), EventHeading.From(e)));
    }

    [HttpPost("{id:int}/message")]
    public async Task<IActionResult> Message(int id, MessageForm form, [FromServices] IValidator<MessageForm> validator, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View(new MessagePage(form, EventHeading.From(e)));
        }

        var people = await ActiveVolunteers(db.Signups.Where(s => s.Shift!.EventId == id)).ToListAsync(cancellationToken);
        foreach (var p in people.DistinctBy(p => p.Email))
        {
            emails.CoordinatorMessage(p.Email!, p.FullName, e.Title, form.Subject!.Trim(), form.Body!.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        var count = people.DistinctBy(p => p.Email).Count();
        this.SetStatus($"Message queued for {count} volunteer{(count == 1 ? "" : "s")}.");
        return LocalRedirect($"/manage/events/{id}");
    }
}

public sealed record MessagePage(MessageForm Form, EventHeading Event);

public sealed class MessageForm
{
    public string? Subject { get; set; }
    public string? Body { get; set; }
}

public sealed class MessageFormValidator : AbstractValidator<MessageForm>
{
    public MessageFormValidator()
    {
        RuleFor(f => f.Subject).NotEmpty().WithMessage("Enter a subject.").MaximumLength(150).WithMessage("The subject must be 150 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The subject cannot contain line breaks or control characters.");
        RuleFor(f => f.Body).NotEmpty().WithMessage("Enter the message.").MaximumLength(5000).WithMessage("The message must be 5,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The message contains characters we cannot accept.");
    }
}
