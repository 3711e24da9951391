using System.Globalization;
using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Schedule (or reschedule) a request: a time, a place, the presenting officers and the resources (Rusty and others).</summary>
public sealed class ScheduleForm
{
    public string? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Location { get; set; }
    public List<string>? OfficerIds { get; set; }
    public List<string>? ResourceIds { get; set; }
    public string? Version { get; set; }

    public IReadOnlyList<int> ParsedResourceIds() => (ResourceIds ?? [])
        .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>().Distinct().ToList();
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where the visit takes place.").MaximumLength(300).WithMessage("The location must be 300 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The location contains characters we cannot accept.");
        RuleFor(f => f.OfficerIds).Must(o => o is null || (o.Count <= 20 && o.All(x => x is not null && x.Length <= 450 && FormRules.IsPlainText(x)))).WithMessage("Choose officers from the list.");
        RuleFor(f => f.ResourceIds).Must(o => o is null || (o.Count <= 20 && o.All(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out _))))
            .WithMessage("Choose resources from the list.");
        RuleFor(f => f).Must(f => (f.OfficerIds?.Count ?? 0) + (f.ResourceIds?.Count ?? 0) > 0).WithMessage("Choose at least one presenting officer or resource.")
            .OverridePropertyName(nameof(ScheduleForm.OfficerIds));
        RuleFor(f => f.Version).MaximumLength(40);
        RuleFor(f => f).Custom((f, context) => VisitTimes.Check((name, message) => context.AddFailure(name, message), "Time",
            (nameof(f.Date), f.Date), (nameof(f.Start), f.Start), (nameof(f.End), f.End), null, null, clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(12)));
    }
}

public sealed class DeclineForm
{
    public string? Reason { get; set; }
    public string? Version { get; set; }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the requester a reason.").MaximumLength(1000).WithMessage("The reason must be 1,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
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
        RuleFor(f => f.Body).NotEmpty().WithMessage("Write the message.").MaximumLength(2000).WithMessage("The message must be 2,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The message contains characters we cannot accept.");
    }
}

public sealed class CompleteForm
{
    public string? PeopleReached { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }
}

public sealed class CompleteFormValidator : AbstractValidator<CompleteForm>
{
    public CompleteFormValidator()
    {
        RuleFor(f => f.PeopleReached).Must(n => RequestVisitForm.Number(n, 0, 100_000) is not null)
            .WithMessage("Enter the number of students or people reached, from 0 to 100,000.");
        RuleFor(f => f.Notes).MaximumLength(2000).WithMessage("Notes must be 2,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
    }
}

public sealed record RequestListItem(int Id, string ReferenceCode, PresentationKind Kind, PresentationStatus Status, string Organization, string RequesterName,
    DateTime Option1StartUtc, DateTime? ScheduledStartUtc, bool Rusty, DateTime CreatedUtc);

public sealed record QueueViewModel(IReadOnlyList<RequestListItem> Items, IReadOnlyDictionary<PresentationStatus, int> Counts, PresentationStatus? Status, PresentationKind? Kind);

public sealed record ResourceChoice(string Value, string Name, bool Checked);

public sealed record OptionAvailability(int Number, TimeSlot Slot, bool Free);

public sealed record ScheduleViewModel(PresentationRequest Request, ScheduleForm Form, IReadOnlyList<ResourceChoice> Officers, IReadOnlyList<ResourceChoice> Resources,
    IReadOnlyList<OptionAvailability>? Options, string? Conflict);

/// <summary>A request with the (empty) fields of the forms on its page, so each form field has a model property.</summary>
public sealed class RequestDetailsViewModel(PresentationRequest request)
{
    public PresentationRequest Request { get; } = request;
    public string? Body { get; set; }
    public string? Reason { get; set; }
    public string? PeopleReached { get; set; }
    public string? Notes { get; set; }
}

public sealed record NightOutParty(int Id, string ReferenceCode, string Name, string Address, int Guests, bool Rusty, DateTime WindowStartUtc, DateTime WindowEndUtc,
    DateTime? VisitStartUtc, DateTime? VisitEndUtc, IReadOnlyList<string> Team);

public sealed record NightOutRoute(string Team, IReadOnlyList<NightOutParty> Stops);

public sealed record NightOutViewModel(DateOnly Night, IReadOnlyList<NightOutParty> Parties, IReadOnlyList<NightOutRoute> Routes);
