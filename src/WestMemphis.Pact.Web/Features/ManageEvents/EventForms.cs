using System.Globalization;
using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>Create or edit an event. Every field is text so that any input gets a clear message, never a binding error.</summary>
public sealed class EventForm
{
    public string? Title { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? AreaId { get; set; }
    public string? StartDate { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public bool SeekingVolunteers { get; set; }
    public bool IsSeasonal { get; set; }
    public string? SeasonNote { get; set; }
    public string? Partners { get; set; }

    /// <summary>The concurrency token of the version the coordinator started from.</summary>
    public string? Version { get; set; }

    public EventType? ParsedType() => Enum.TryParse<EventType>(Type, out var t) && Enum.IsDefined(t) && !int.TryParse(Type, out _) ? t : null;

    public int? ParsedAreaId() => int.TryParse(AreaId, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;

    public (DateTime Start, DateTime End)? Times() => TimeRange.Parse(StartDate, StartTime, string.IsNullOrWhiteSpace(EndDate) ? StartDate : EndDate, EndTime);

    public static EventForm From(Event e) => new()
    {
        Title = e.Title,
        Type = e.Type.ToString(),
        Description = e.Description,
        Location = e.Location,
        AreaId = e.AreaId?.ToString(CultureInfo.InvariantCulture),
        StartDate = CentralTimeInput.DateInput(e.StartUtc),
        StartTime = CentralTimeInput.TimeInput(e.StartUtc),
        EndDate = CentralTimeInput.DateInput(e.EndUtc),
        EndTime = CentralTimeInput.TimeInput(e.EndUtc),
        SeekingVolunteers = e.SeekingVolunteers,
        IsSeasonal = e.IsSeasonal,
        SeasonNote = e.SeasonNote,
        Partners = e.Partners,
        Version = e.Version.ToString(),
    };
}

/// <summary>Date and time fields typed in Central time → UTC, with the rules every start/end pair shares.</summary>
public static class TimeRange
{
    public static (DateTime Start, DateTime End)? Parse(string? startDate, string? startTime, string? endDate, string? endTime)
    {
        if (!CentralTimeInput.TryParseDate(startDate, out var sd) || !CentralTimeInput.TryParseTime(startTime, out var st)
            || !CentralTimeInput.TryParseDate(endDate, out var ed) || !CentralTimeInput.TryParseTime(endTime, out var et))
        {
            return null;
        }

        var start = CentralTimeInput.ToUtc(sd, st);
        var end = CentralTimeInput.ToUtc(ed, et);
        return start is null || end is null ? null : (start.Value, end.Value);
    }

    /// <summary>Adds the date/time rules; <paramref name="endDate"/> may be null (same day as the start).</summary>
    public static void AddRules<T>(AbstractValidator<T> v, Func<T, string?> startDate, Func<T, string?> startTime, Func<T, string?> endDate, Func<T, string?> endTime,
        string startDateName, string startTimeName, string endDateName, string endTimeName, TimeProvider clock, Func<T, bool> mustBeFuture)
    {
        v.RuleFor(f => startDate(f)).Must(d => CentralTimeInput.TryParseDate(d, out _)).WithMessage("Enter the date as year-month-day, for example 2026-10-06.")
            .OverridePropertyName(startDateName);
        v.RuleFor(f => startTime(f)).Must(t => CentralTimeInput.TryParseTime(t, out _)).WithMessage("Enter the start time, for example 18:00.")
            .OverridePropertyName(startTimeName);
        v.RuleFor(f => endDate(f)).Must(d => string.IsNullOrWhiteSpace(d) || CentralTimeInput.TryParseDate(d, out _))
            .WithMessage("Enter the end date as year-month-day, or leave it empty for the same day.").OverridePropertyName(endDateName);
        v.RuleFor(f => endTime(f)).Must(t => CentralTimeInput.TryParseTime(t, out _)).WithMessage("Enter the end time, for example 20:00.")
            .OverridePropertyName(endTimeName);
        v.RuleFor(f => f).Custom((f, context) =>
        {
            var endDay = string.IsNullOrWhiteSpace(endDate(f)) ? startDate(f) : endDate(f);
            if (!CentralTimeInput.TryParseDate(startDate(f), out var sd) || !CentralTimeInput.TryParseTime(startTime(f), out var st)
                || !CentralTimeInput.TryParseDate(endDay, out var ed) || !CentralTimeInput.TryParseTime(endTime(f), out var et))
            {
                return;
            }

            var start = CentralTimeInput.ToUtc(sd, st);
            var end = CentralTimeInput.ToUtc(ed, et);
            if (start is null)
            {
                context.AddFailure(startTimeName, CentralTimeInput.GapMessage(sd, st));
            }

            if (end is null)
            {
                context.AddFailure(endTimeName, CentralTimeInput.GapMessage(ed, et));
            }

            if (start is null || end is null)
            {
                return;
            }

            if (end <= start)
            {
                context.AddFailure(endTimeName, "The end must be after the start. For an event past midnight, set the end date to the next day.");
            }
            else if (end - start > TimeSpan.FromDays(14))
            {
                context.AddFailure(endDateName, "An event can last at most 14 days. Create separate events for a longer program.");
            }

            if (mustBeFuture(f) && start < clock.GetUtcNow().UtcDateTime)
            {
                context.AddFailure(startDateName, "The start is in the past. Choose a date and time from now on.");
            }
        });
    }
}

public sealed class EventFormValidator : AbstractValidator<EventForm>
{
    public EventFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title.").MaximumLength(150).WithMessage("The title must be 150 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The title contains characters we cannot accept.");
        RuleFor(f => f.Type).Must(t => new EventForm { Type = t }.ParsedType() is not null).WithMessage("Choose the type of event.");
        RuleFor(f => f.Description).MaximumLength(4000).WithMessage("The description must be 4,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("The description contains characters we cannot accept.");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where it takes place.").MaximumLength(300).WithMessage("The location must be 300 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The location contains characters we cannot accept.");
        RuleFor(f => f.AreaId).Must(a => string.IsNullOrEmpty(a) || int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Choose an area from the list.");
        RuleFor(f => f.SeasonNote).MaximumLength(200).WithMessage("The season note must be 200 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The season note contains characters we cannot accept.");
        RuleFor(f => f.Partners).MaximumLength(500).WithMessage("Partners must be 500 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Partners contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
        TimeRange.AddRules(this, f => f.StartDate, f => f.StartTime, f => f.EndDate, f => f.EndTime,
            nameof(EventForm.StartDate), nameof(EventForm.StartTime), nameof(EventForm.EndDate), nameof(EventForm.EndTime), clock,
            f => f.Version is null);
    }
}

public sealed class ShiftForm
{
    public string? Role { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndDate { get; set; }
    public string? EndTime { get; set; }
    public string? Capacity { get; set; }
    public string? MinimumAge { get; set; }
    public bool WorksWithChildren { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    public (DateTime Start, DateTime End)? Times() => TimeRange.Parse(Date, StartTime, string.IsNullOrWhiteSpace(EndDate) ? Date : EndDate, EndTime);

    public static ShiftForm From(Shift s) => new()
    {
        Role = s.Role,
        Date = CentralTimeInput.DateInput(s.StartUtc),
        StartTime = CentralTimeInput.TimeInput(s.StartUtc),
        EndDate = CentralTimeInput.DateInput(s.EndUtc),
        EndTime = CentralTimeInput.TimeInput(s.EndUtc),
        Capacity = s.Capacity.ToString(CultureInfo.InvariantCulture),
        MinimumAge = s.MinimumAge.ToString(CultureInfo.InvariantCulture),
        WorksWithChildren = s.WorksWithChildren,
        Notes = s.Notes,
        Version = s.Version.ToString(),
    };
}

public sealed class ShiftFormValidator : AbstractValidator<ShiftForm>
{
    public const int MaxCapacity = 1000;

    public ShiftFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Role).NotEmpty().WithMessage("Enter the volunteer role, for example \"Set-up crew\".").MaximumLength(100)
            .WithMessage("The role must be 100 characters or fewer.").Must(FormRules.IsPlainText).WithMessage("The role contains characters we cannot accept.");
        RuleFor(f => f.Capacity).Must(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxCapacity)
            .WithMessage($"Capacity must be a whole number from 1 to {MaxCapacity}.");
        RuleFor(f => f.MinimumAge).Must(c => string.IsNullOrWhiteSpace(c) || (int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 13 and <= 99))
            .WithMessage("Minimum age must be a whole number from 13 to 99 (volunteers are 13 or older).");
        RuleFor(f => f.Notes).MaximumLength(1000).WithMessage("Notes must be 1,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.Version).MaximumLength(40);
        TimeRange.AddRules(this, f => f.Date, f => f.StartTime, f => f.EndDate, f => f.EndTime,
            nameof(ShiftForm.Date), nameof(ShiftForm.StartTime), nameof(ShiftForm.EndDate), nameof(ShiftForm.EndTime), clock, f => f.Version is null);
    }
}

public sealed class CancelEventForm
{
    public string? Reason { get; set; }
    public string? Version { get; set; }
}

public sealed class CancelEventFormValidator : AbstractValidator<CancelEventForm>
{
    public CancelEventFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Say why the event is cancelled; volunteers receive it.").MaximumLength(1000)
            .WithMessage("The reason must be 1,000 characters or fewer.").Must(FormRules.IsPlainMultilineText).WithMessage("The reason contains characters we cannot accept.");
}

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

public sealed class HoursForm
{
    public string? Hours { get; set; }
    public bool Approve { get; set; }
}

public sealed class AddVolunteerForm
{
    public string? Email { get; set; }
}

public sealed class CleanupResultForm
{
    public string? Sites { get; set; }
    public string? Volunteers { get; set; }
    public string? VolunteerHours { get; set; }
    public string? Bags { get; set; }
    public string? Tires { get; set; }
    public string? LargeItems { get; set; }
    public string? EstimatedPounds { get; set; }
    public string? Notes { get; set; }
    public string? Version { get; set; }

    public static int Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    public static bool IsCount(string? value) => string.IsNullOrWhiteSpace(value) || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000);

    public static bool TryHours(string? value, out double hours) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours) && hours is >= 0 and <= 100_000;
}

public sealed class CleanupResultFormValidator : AbstractValidator<CleanupResultForm>
{
    public CleanupResultFormValidator()
    {
        const string count = "Enter a whole number from 0 to 1,000,000, or leave it empty.";
        RuleFor(f => f.Sites).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Volunteers).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Bags).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.Tires).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.LargeItems).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.EstimatedPounds).Must(CleanupResultForm.IsCount).WithMessage(count);
        RuleFor(f => f.VolunteerHours).Must(h => string.IsNullOrWhiteSpace(h) || CleanupResultForm.TryHours(h, out _))
            .WithMessage("Enter the volunteer-hours as a number, for example 42.5.");
        RuleFor(f => f.Notes).MaximumLength(2000).WithMessage("Notes must be 2,000 characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
    }
}
