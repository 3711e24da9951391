using System.Globalization;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>One preferred time typed as a date and a start and end time (Central time); the rules every such triple shares.</summary>
public static class VisitTimes
{
    public static TimeSlot? Parse(string? date, string? start, string? end)
    {
        if (!CentralTimeInput.TryParseDate(date, out var d) || !CentralTimeInput.TryParseTime(start, out var s) || !CentralTimeInput.TryParseTime(end, out var e))
        {
            return null;
        }

        var startUtc = CentralTimeInput.ToUtc(d, s);
        var endUtc = CentralTimeInput.ToUtc(d, e);
        return startUtc is null || endUtc is null || endUtc <= startUtc ? null : new TimeSlot(startUtc.Value, endUtc.Value);
    }

    public static bool IsEmpty(string? date, string? start, string? end) =>
        string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(start) && string.IsNullOrWhiteSpace(end);

    /// <summary>
    /// Checks one date/start/end triple and adds a message beside the field at fault. <paramref name="earliest"/>
    /// is the first local date allowed (null: only "not in the past").
    /// </summary>
    public static TimeSlot? Check(Action<string, string> fail, string label, (string Name, string? Value) date, (string Name, string? Value) start,
        (string Name, string? Value) end, DateOnly? earliest, string? earliestReason, DateTime nowUtc, TimeSpan? maxLength = null)
    {
        var ok = true;
        if (!CentralTimeInput.TryParseDate(date.Value, out var d))
        {
            fail(date.Name, $"{label}: enter the date as year-month-day, for example 2026-10-06.");
            ok = false;
        }

        if (!CentralTimeInput.TryParseTime(start.Value, out var s))
        {
            fail(start.Name, $"{label}: enter the start time, for example 09:30.");
            ok = false;
        }

        if (!CentralTimeInput.TryParseTime(end.Value, out var e))
        {
            fail(end.Name, $"{label}: enter the end time, for example 10:30.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var startUtc = CentralTimeInput.ToUtc(d, s);
        var endUtc = CentralTimeInput.ToUtc(d, e);
        if (startUtc is null)
        {
            fail(start.Name, CentralTimeInput.GapMessage(d, s));
            return null;
        }

        if (endUtc is null)
        {
            fail(end.Name, CentralTimeInput.GapMessage(d, e));
            return null;
        }

        if (endUtc <= startUtc)
        {
            fail(end.Name, $"{label}: the end must be after the start.");
            return null;
        }

        if (maxLength is { } max && endUtc - startUtc > max)
        {
            fail(end.Name, $"{label}: a visit can last at most {max.TotalHours.ToString(CultureInfo.InvariantCulture)} hours.");
            return null;
        }

        if (startUtc <= nowUtc)
        {
            fail(date.Name, $"{label}: this date is in the past. Choose a date from {Say(earliest ?? DateOnly.FromDateTime(CentralTime.ToLocal(nowUtc)))} on.");
            return null;
        }

        if (earliest is { } first && d < first)
        {
            fail(date.Name, $"{label}: we need {earliestReason}. The earliest date we can accept is {Say(first)}.");
            return null;
        }

        return new TimeSlot(startUtc.Value, endUtc.Value);
    }

    public static string Say(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));
}
