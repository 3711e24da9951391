using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// Reads an <see cref="IncidentSearchForm"/> into checked values (dates within <see cref="DateRangeLimits"/>, with a
/// message for anything changed) and the offense query they select.
/// </summary>
public static class IncidentSearchQuery
{
    public static async Task<(IncidentSearch Search, IQueryable<IncidentOffense> Query)> ReadAsync(IncidentSearchForm form, AppDbContext db,
        CrimeReviewQueries queries, TimeProvider clock, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var end = ReviewPeriods.DefaultEnd(clock.GetUtcNow(), CrimeReviewQueries.Zone);
        var today = end.AddDays(1);
        var to = end;
        var from = end.AddDays(-27);
        if (!string.IsNullOrWhiteSpace(form.To))
        {
            if (!ReviewFilter.TryDate(form.To, out var t))
            {
                problems.Add("The 'to' date must be a date like 2026-11-24.");
            }
            else if (!DateRangeLimits.IsWithin(t, today))
            {
                problems.Add(DateRangeLimits.OutOfBounds("The 'to' date", today) + " The last 28 days are shown instead.");
            }
            else
            {
                to = t;
                from = t.AddDays(-27);
            }
        }

        if (!string.IsNullOrWhiteSpace(form.From))
        {
            if (!ReviewFilter.TryDate(form.From, out var f))
            {
                problems.Add("The 'from' date must be a date like 2026-10-28.");
            }
            else if (!DateRangeLimits.IsWithin(f, today))
            {
                problems.Add(DateRangeLimits.OutOfBounds("The 'from' date", today) + $" The search starts on {from:yyyy-MM-dd} instead.");
            }
            else
            {
                from = f;
            }
        }

        if (from > to)
        {
            problems.Add("The 'from' date is after the 'to' date; they were swapped.");
            (from, to) = (to, from);
        }

        var bounded = DateRangeLimits.Bound(from, to, today);
        (from, to) = (bounded.From, bounded.To);
        problems.AddRange(bounded.Problems);

        int? area = null;
        if (form.Area is { } a)
        {
            if (await db.Areas.AnyAsync(x => x.Id == a, cancellationToken))
            {
                area = a;
            }
            else
            {
                problems.Add("There is no such area; all areas are shown.");
            }
        }

        var category = ReviewCategory.All;
        if (!string.IsNullOrWhiteSpace(form.Category))
        {
            if (ReviewCategories.FromSlug(form.Category) is { } c)
            {
                category = c;
            }
            else
            {
                problems.Add("There is no such category; all offenses are shown.");
            }
        }

        var span = new DateSpan(from, to);
        var query = queries.Offenses(span, area, category);
        DayOfWeek? day = form.Day is >= 0 and <= 6 ? (DayOfWeek)form.Day.Value : null;
        int? hour = form.Hour is >= 0 and <= 23 ? form.Hour : null;
        if (form.Day is not null && day is null)
        {
            problems.Add("The day must be 0 (Sunday) to 6 (Saturday).");
        }

        if (form.Hour is not null && hour is null)
        {
            problems.Add("The hour must be 0 to 23.");
        }

        if (day is not null || hour is not null)
        {
            query = query.Where(LocalTimeFilter(span, day, hour, CrimeReviewQueries.Zone));
        }

        var block = Clean(form.Block, 200);
        if (block is not null)
        {
            query = query.Where(o => o.Incident!.HundredBlock == block);
        }

        var text = Clean(form.Q, 100);
        if (text is not null)
        {
            query = query.Where(o => o.Incident!.SourceIncidentNumber == text || o.Description.Contains(text) || (o.NibrsCode != null && o.NibrsCode == text)
                || (o.Incident.HundredBlock != null && o.Incident.HundredBlock.Contains(text)));
        }

        return (new IncidentSearch(span, area, category, day, hour, block, text, problems), query);
    }

    private static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return trimmed.Length == 0 ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    private static readonly MethodInfo AddMinutes = typeof(DateTime).GetMethod(nameof(DateTime.AddMinutes), [typeof(double)])!;

    /// <summary>
    /// Offenses at a local day of the week and/or hour within the span, computed in SQL: for each stretch of the span
    /// with one UTC offset (a daylight-saving change ends a stretch; at most two a year), the UTC time shifted by that
    /// offset gives the local hour (<c>DateTime.Hour</c>) and day. The day of the week is counted from the year and day of
    /// the year (days since Sunday 31 December 1899, right for 1901–2099, which <see cref="DateRangeLimits"/> keeps us
    /// in), because SQL Server has no portable translation of <c>DayOfWeek</c>. A few terms, whatever the span's length.
    /// </summary>
    public static Expression<Func<IncidentOffense, bool>> LocalTimeFilter(DateSpan span, DayOfWeek? day, int? hour, TimeZoneInfo zone)
    {
        var (from, to) = span.ToUtc(zone);
        var o = Expression.Parameter(typeof(IncidentOffense), "o");
        var time = Expression.Property(o, nameof(IncidentOffense.OccurredAtUtc));
        Expression body = Expression.Constant(false);
        foreach (var (start, stop, minutes) in ConstantOffsetStretches(from, to, zone))
        {
            var local = Expression.Call(time, AddMinutes, Expression.Constant((double)minutes));
            Expression term = Expression.AndAlso(Expression.GreaterThanOrEqual(time, Expression.Constant(start)), Expression.LessThan(time, Expression.Constant(stop)));
            if (hour is { } h)
            {
                term = Expression.AndAlso(term, Expression.Equal(Expression.Property(local, nameof(DateTime.Hour)), Expression.Constant(h)));
            }

            if (day is { } d)
            {
                term = Expression.AndAlso(term, Expression.Equal(Expression.Modulo(DaysSince1899(local), Expression.Constant(7)), Expression.Constant((int)d)));
            }

            body = Expression.OrElse(body, term);
        }

        return Expression.Lambda<Func<IncidentOffense, bool>>(body, o);
    }

    /// <summary>365 × (year − 1900) + leap days of 1901 to year − 1 + day of the year: 0 on a Sunday, as <see cref="DayOfWeek"/> counts.</summary>
    private static BinaryExpression DaysSince1899(Expression local)
    {
        var year = Expression.Property(local, nameof(DateTime.Year));
        var dayOfYear = Expression.Property(local, nameof(DateTime.DayOfYear));
        var years = Expression.Multiply(Expression.Constant(365), Expression.Subtract(year, Expression.Constant(1900)));
        var leapDays = Expression.Subtract(Expression.Divide(Expression.Subtract(year, Expression.Constant(1)), Expression.Constant(4)), Expression.Constant(475));
        return Expression.Add(Expression.Add(years, leapDays), dayOfYear);
    }

    /// <summary>
    /// The span [from, to) cut where the zone's UTC offset changes, each piece with its offset in minutes. Walks the days
    /// (a bounded range has at most about 3,700) and finds each change to the minute by halving.
    /// </summary>
    public static IReadOnlyList<(DateTime From, DateTime To, int OffsetMinutes)> ConstantOffsetStretches(DateTime from, DateTime to, TimeZoneInfo zone)
    {
        from = DateTime.SpecifyKind(from, DateTimeKind.Utc);
        to = DateTime.SpecifyKind(to, DateTimeKind.Utc);
        var stretches = new List<(DateTime, DateTime, int)>();
        var start = from;
        var offset = zone.GetUtcOffset(from);
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var next = day.AddDays(1) < to ? day.AddDays(1) : to;
            if (zone.GetUtcOffset(next) == offset)
            {
                continue;
            }

            var (low, high) = (day, next);
            while (high - low > TimeSpan.FromMinutes(1))
            {
                var middle = low + (high - low) / 2;
                middle = new DateTime(middle.Ticks - middle.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
                if (middle <= low)
                {
                    break;
                }

                (low, high) = zone.GetUtcOffset(middle) == offset ? (middle, high) : (low, middle);
            }

            stretches.Add((start, high, (int)offset.TotalMinutes));
            start = high;
            offset = zone.GetUtcOffset(high);
        }

        if (start < to)
        {
            stretches.Add((start, to, (int)offset.TotalMinutes));
        }

        return stretches;
    }
}
