using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>
/// A logged contact, quick to fill on a phone: only the kind and purpose must be typed; when defaults to now,
/// the category to relationship, the area to the congregation's or partner's (else the officer's own).
/// Congregation, clergy and partner are typed names with a browser suggestion list (no script needed).
/// </summary>
public sealed class ContactForm
{
    public string? Date { get; set; }
    public string? Time { get; set; }
    public ContactKind? Kind { get; set; }
    public ContactCategory Category { get; set; }
    public string? Congregation { get; set; }
    public string? Clergy { get; set; }
    public string? Partner { get; set; }
    public int? AreaId { get; set; }
    public string? Purpose { get; set; }
    public string? Notes { get; set; }
    public int? PositiveContacts { get; set; }
    public string? FollowUp { get; set; }
    public string? FollowUpOwnerId { get; set; }
    public string? FollowUpDue { get; set; }

    /// <summary>The problem-solving project this contact was part of (optional).</summary>
    public int? ProblemId { get; set; }
    public string? Version { get; set; }

    public DateTime? WhenUtc() =>
        CentralTimeInput.TryParseDate(Date, out var d) && CentralTimeInput.TryParseTime(Time, out var t) ? CentralTimeInput.ToUtc(d, t) : null;
}

public sealed class ContactFormValidator : AbstractValidator<ContactForm>
{
    public ContactFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Date).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the day of the visit, for example 2026-07-01.");
        RuleFor(f => f.Time).Must(t => CentralTimeInput.TryParseTime(t, out _)).WithMessage("Enter the time of the visit, for example 14:30.");
        RuleFor(f => f).Custom((f, context) =>
        {
            if (!CentralTimeInput.TryParseDate(f.Date, out var d) || !CentralTimeInput.TryParseTime(f.Time, out var t))
            {
                return;
            }

            if (f.WhenUtc() is not { } when)
            {
                context.AddFailure(nameof(ContactForm.Time), CentralTimeInput.GapMessage(d, t));
                return;
            }

            if (ContactLogRules.CheckWhen(when, clock.GetUtcNow().UtcDateTime) is { } whenError)
            {
                context.AddFailure(nameof(ContactForm.Date), whenError);
            }

            if (CentralTimeInput.TryParseDate(f.FollowUpDue, out var due) && ContactLogRules.CheckFollowUpDue(d, due) is { } dueError)
            {
                context.AddFailure(nameof(ContactForm.FollowUpDue), dueError);
            }
        });
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of contact.").IsInEnum().WithMessage("Choose the kind of contact from the list.");
        RuleFor(f => f.Category).IsInEnum().WithMessage("Choose a category from the list.");
        RuleFor(f => f.Purpose).NotEmpty().WithMessage("Say in a few words what the contact was for.")
            .MaximumLength(FieldLengths.ContactLog.Purpose).WithMessage($"The purpose is at most {FieldLengths.ContactLog.Purpose} characters; put more in the notes.")
            .Must(FormRules.IsPlainText).WithMessage("The purpose contains characters that cannot be used.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.ContactLog.Notes).WithMessage($"Notes are at most {FieldLengths.ContactLog.Notes} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The notes contain characters that cannot be used.");
        foreach (var (name, get) in new (string, Func<ContactForm, string?>)[] { (nameof(ContactForm.Congregation), f => f.Congregation), (nameof(ContactForm.Clergy), f => f.Clergy), (nameof(ContactForm.Partner), f => f.Partner) })
        {
            RuleFor(f => get(f)).MaximumLength(160).WithMessage("Choose a name from the list.").Must(FormRules.IsPlainText).WithMessage("Choose a name from the list.").OverridePropertyName(name);
        }

        RuleFor(f => f.PositiveContacts).InclusiveBetween(0, 10_000).WithMessage("People reached runs from 0 to 10,000.");
        RuleFor(f => f.FollowUp).MaximumLength(FieldLengths.ContactLog.FollowUp).WithMessage($"The follow-up is at most {FieldLengths.ContactLog.FollowUp} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The follow-up contains characters that cannot be used.");
        RuleFor(f => f.FollowUpDue).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the due date as a date, for example 2026-07-15.");
        RuleFor(f => f.FollowUpDue).Must((f, d) => string.IsNullOrWhiteSpace(d) || !string.IsNullOrWhiteSpace(f.FollowUp)).WithMessage("Say what the follow-up is, or clear its due date.");
        RuleFor(f => f.FollowUpOwnerId).MaximumLength(FieldLengths.ContactLog.FollowUpOwnerId).WithMessage("Choose the follow-up's owner from the list.");
    }
}

public sealed record ContactEditViewModel(int? Id, ContactForm Form, IReadOnlyList<string> Congregations, IReadOnlyList<string> Clergy, IReadOnlyList<string> Partners,
    IReadOnlyList<SelectListItem> Areas, IReadOnlyList<SelectListItem> Owners, IReadOnlyList<SelectListItem> Problems);
