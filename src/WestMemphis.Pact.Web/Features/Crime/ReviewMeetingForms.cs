using FluentValidation;
using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>A new review meeting: when, which areas (none: citywide), the period reviewed, who came, notes.</summary>
public sealed class NewMeetingForm
{
    public string? MeetingDate { get; set; }
    public string? PeriodEnd { get; set; }
    public List<int> AreaIds { get; set; } = [];
    public string? Attendees { get; set; }
    public string? Notes { get; set; }
    public string? ProblemsDiscussed { get; set; }
}

public sealed class NewMeetingFormValidator : AbstractValidator<NewMeetingForm>
{
    public NewMeetingFormValidator()
    {
        RuleFor(f => f.MeetingDate).Must(d => ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100)
            .WithMessage("Enter the meeting's date, for example 2026-11-24.");
        RuleFor(f => f.PeriodEnd).Must(d => ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100)
            .WithMessage("Enter the last day of the period reviewed, for example 2026-11-23.");
        RuleFor(f => f.Attendees).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("List who attended.")
            .MaximumLength(2000).WithMessage("Attendees: at most 2,000 characters.");
        RuleFor(f => f.Notes).MaximumLength(8000).WithMessage("Notes: at most 8,000 characters.");
        RuleFor(f => f.ProblemsDiscussed).MaximumLength(4000).WithMessage("Problems discussed: at most 4,000 characters.");
        RuleFor(f => f.AreaIds).Must(a => a.Count <= 50).WithMessage("Choose at most 50 areas.");
    }
}

/// <summary>An action item agreed at a meeting.</summary>
public sealed class ActionItemForm
{
    public string? What { get; set; }
    public ActionOwnerKind? OwnerKind { get; set; }
    public string? OwnerUserId { get; set; }
    public string? PartnerName { get; set; }
    public string? DueDate { get; set; }
}

public sealed class ActionItemFormValidator : AbstractValidator<ActionItemForm>
{
    public ActionItemFormValidator()
    {
        RuleFor(f => f.What).Must(w => !string.IsNullOrWhiteSpace(w)).WithMessage("Say what is to be done.")
            .MaximumLength(CrimeActionItem.WhatMaxLength).WithMessage("What: at most 1,000 characters.");
        RuleFor(f => f.OwnerKind).NotNull().WithMessage("Choose who owns it.").IsInEnum().WithMessage("Choose who owns it.");
        RuleFor(f => f.OwnerUserId).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.OwnerKind == ActionOwnerKind.LiaisonOfficer)
            .WithMessage("Choose the liaison officer who owns it.");
        RuleFor(f => f.PartnerName).Must(p => !string.IsNullOrWhiteSpace(p)).When(f => f.OwnerKind == ActionOwnerKind.PartnerAgency)
            .WithMessage("Name the partner agency.");
        RuleFor(f => f.PartnerName).MaximumLength(CrimeActionItem.PartnerMaxLength).WithMessage("Partner agency: at most 200 characters.");
        RuleFor(f => f.DueDate).Must(d => string.IsNullOrWhiteSpace(d) || (ReviewFilter.TryDate(d, out var date) && date.Year is >= 2000 and <= 2100))
            .WithMessage("Enter the due date as a date, for example 2026-12-15, or leave it empty.");
    }
}

/// <summary>The outcome of an item, recorded at a later meeting.</summary>
public sealed class OutcomeForm
{
    public ActionItemStatus? Status { get; set; }
    public string? Outcome { get; set; }
    public string? Version { get; set; }
}

public sealed class OutcomeFormValidator : AbstractValidator<OutcomeForm>
{
    public OutcomeFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose the item's status.").IsInEnum().WithMessage("Choose the item's status.");
        RuleFor(f => f.Outcome).MaximumLength(CrimeActionItem.OutcomeMaxLength).WithMessage("Outcome: at most 2,000 characters.");
        RuleFor(f => f.Outcome).Must(o => !string.IsNullOrWhiteSpace(o)).When(f => f.Status is ActionItemStatus.Done or ActionItemStatus.Dropped)
            .WithMessage("Say what came of it before closing the item.");
    }
}
