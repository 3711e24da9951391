using System.Globalization;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>The review's filters as they come in the query string; <see cref="ReviewFilter.Read"/> turns them into checked values.</summary>
public sealed class ReviewFilterForm
{
    /// <summary>The last day reviewed (yyyy-MM-dd); empty: yesterday.</summary>
    public string? End { get; set; }

    public int? Area { get; set; }

    /// <summary>A category slug ("persons", "part1-violent", ...); empty: all.</summary>
    public string? Category { get; set; }
}

/// <summary>Checked review filters, and what was wrong with the given ones (the defaults are used instead).</summary>
public sealed record ReviewFilter(DateOnly End, int? AreaId, string? AreaName, ReviewCategory Category, IReadOnlyList<string> Problems)
{
    public const string DateFormat = "yyyy-MM-dd";

    public string EndText => End.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string CategorySlug => ReviewCategories.Slug(Category);

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static ReviewFilter Read(ReviewFilterForm form, DateOnly defaultEnd, IReadOnlyDictionary<int, string> areas)
    {
        var problems = new List<string>();
        var end = defaultEnd;
        if (!string.IsNullOrWhiteSpace(form.End))
        {
            if (!TryDate(form.End, out var given))
            {
                problems.Add("The end date must be a date like 2026-11-24; the review ends yesterday instead.");
            }
            else if (!DateRangeLimits.IsWithin(given, defaultEnd.AddDays(1)))
            {
                problems.Add(DateRangeLimits.OutOfBounds("The end date", defaultEnd.AddDays(1)) + " The review ends yesterday instead.");
            }
            else
            {
                end = given;
            }
        }

        int? area = null;
        string? areaName = null;
        if (form.Area is { } id)
        {
            if (areas.TryGetValue(id, out var name))
            {
                area = id;
                areaName = name;
            }
            else
            {
                problems.Add("There is no such area; the citywide review is shown.");
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

        return new ReviewFilter(end, area, areaName, category, problems);
    }
}
