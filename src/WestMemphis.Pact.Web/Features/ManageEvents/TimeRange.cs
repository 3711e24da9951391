using FluentValidation;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

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
