using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Forms;

/// <summary>What a concern is reported with, on the public form (/concerns/new) and on staff's "log a meeting concern" form.</summary>
public interface IConcernFields
{
    ConcernCategory? Category { get; }
    string? Location { get; }
    string? Description { get; }
    string? WhenItHappens { get; }
    string? Name { get; }
    string? Email { get; }
    string? Phone { get; }
}

/// <summary>
/// The rules both concern forms share, written once so the public and the staff form cannot drift apart. Only the words
/// differ: the resident is asked what is happening and for "your name"; staff for what was raised and for "the name".
/// The rules are added to the form's own validator (not included from another), so its descriptor lists them with their
/// lengths like any other rule.
/// </summary>
public static class ConcernFieldRules
{
    /// <param name="validator">The form's validator.</param>
    /// <param name="missingDescription">Said when the description is empty ("Say what is happening.").</param>
    /// <param name="nameLabel">The reporter's name as the messages call it ("Your name", "The name").</param>
    public static void AddConcernFieldRules<T>(this AbstractValidator<T> validator, string missingDescription, string nameLabel) where T : IConcernFields
    {
        validator.RuleFor(f => f.Category).NotNull().WithMessage("Choose what the concern is about.").IsInEnum().WithMessage("Choose what the concern is about from the list.");
        validator.RuleFor(f => f.Location).NotEmpty().WithMessage("Say where: a street address or the nearest intersection.")
            .MaximumLength(FieldLengths.Concern.Location).WithMessage($"The place is at most {FieldLengths.Concern.Location} characters.")
            .Must(FormRules.IsPlainText).WithMessage("The place contains characters that cannot be used.");
        validator.RuleFor(f => f.Description).NotEmpty().WithMessage(missingDescription)
            .MaximumLength(FieldLengths.Concern.Description).WithMessage($"The description is at most {FieldLengths.Concern.Description} characters.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters that cannot be used.");
        validator.RuleFor(f => f.WhenItHappens).MaximumLength(FieldLengths.Concern.WhenItHappens).WithMessage($"“When” is at most {FieldLengths.Concern.WhenItHappens} characters.")
            .Must(FormRules.IsPlainText).WithMessage("“When” contains characters that cannot be used.");
        validator.RuleFor(f => f.Name).MaximumLength(FieldLengths.Concern.ReporterName).WithMessage($"{nameLabel} is at most {FieldLengths.Concern.ReporterName} characters.")
            .Must(FormRules.IsPlainText).WithMessage($"{nameLabel} contains characters that cannot be used.");
        validator.RuleFor(f => f.Email).MaximumLength(FieldLengths.Concern.ReporterEmail).WithMessage($"Email addresses are at most {FieldLengths.Concern.ReporterEmail} characters.")
            .Must(e => string.IsNullOrWhiteSpace(e) || FormRules.IsEmailAddress(e.Trim())).WithMessage("Enter an email address like name@example.com, or leave it empty.");
        validator.RuleFor(f => f.Phone).PhoneRules();
    }
}
