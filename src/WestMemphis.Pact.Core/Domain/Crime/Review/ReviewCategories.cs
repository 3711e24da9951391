namespace WestMemphis.Pact.Domain.Crime.Review;

/// <summary>The rows of the review table: each crimes-against category, Part I violent, Part I property, and all offenses.</summary>
public enum ReviewCategory
{
    Persons,
    Property,
    Society,

    /// <summary>Offenses whose code has no crimes-against category (unmapped or Group B "not a crime" codes).</summary>
    Other,
    PartIViolent,
    PartIProperty,
    All,
}

/// <summary>
/// Which review rows an offense counts in. Part I follows the FBI's NIBRS-to-summary conversion: violent is murder and
/// non-negligent manslaughter (09A), rape (11A, 11B, 11C), robbery (120) and aggravated assault (13A); property is burglary
/// (220), larceny-theft (23A–23H), motor vehicle theft (240) and arson (200).
/// </summary>
public static class ReviewCategories
{
    public static readonly IReadOnlyList<ReviewCategory> All =
        [ReviewCategory.Persons, ReviewCategory.Property, ReviewCategory.Society, ReviewCategory.Other, ReviewCategory.PartIViolent, ReviewCategory.PartIProperty, ReviewCategory.All];

    public static readonly IReadOnlySet<string> PartIViolentCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "09A", "11A", "11B", "11C", "120", "13A" };

    public static readonly IReadOnlySet<string> PartIPropertyCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "220", "23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H", "240", "200" };

    public static string Label(ReviewCategory category) => category switch
    {
        ReviewCategory.Persons => "Crimes against persons",
        ReviewCategory.Property => "Crimes against property",
        ReviewCategory.Society => "Crimes against society",
        ReviewCategory.Other => "Other / not categorized",
        ReviewCategory.PartIViolent => "Part I violent",
        ReviewCategory.PartIProperty => "Part I property",
        _ => "All offenses",
    };

    /// <summary>A short token for addresses and CSV ("persons", "part1-violent").</summary>
    public static string Slug(ReviewCategory category) => category switch
    {
        ReviewCategory.Persons => "persons",
        ReviewCategory.Property => "property",
        ReviewCategory.Society => "society",
        ReviewCategory.Other => "other",
        ReviewCategory.PartIViolent => "part1-violent",
        ReviewCategory.PartIProperty => "part1-property",
        _ => "all",
    };

    public static ReviewCategory? FromSlug(string? slug) =>
        string.IsNullOrWhiteSpace(slug) ? null : All.Cast<ReviewCategory?>().FirstOrDefault(c => Slug(c!.Value) == slug.Trim().ToLowerInvariant());

    /// <summary>The Part I class of a NIBRS code.</summary>
    public static PartIKind PartIOf(string? code) =>
        code is null ? PartIKind.None : PartIViolentCodes.Contains(code) ? PartIKind.Violent : PartIPropertyCodes.Contains(code) ? PartIKind.Property : PartIKind.None;

    public static IEnumerable<ReviewCategory> RowsFor(CrimesAgainstKind? against, string? code) => RowsFor(against, PartIOf(code));

    /// <summary>The review rows one offense counts in: its crimes-against row (or Other), Part I rows when it is one, and All.</summary>
    public static IEnumerable<ReviewCategory> RowsFor(CrimesAgainstKind? against, PartIKind partI)
    {
        yield return against switch
        {
            CrimesAgainstKind.Persons => ReviewCategory.Persons,
            CrimesAgainstKind.Property => ReviewCategory.Property,
            CrimesAgainstKind.Society => ReviewCategory.Society,
            _ => ReviewCategory.Other,
        };
        if (partI == PartIKind.Violent)
        {
            yield return ReviewCategory.PartIViolent;
        }

        if (partI == PartIKind.Property)
        {
            yield return ReviewCategory.PartIProperty;
        }

        yield return ReviewCategory.All;
    }
}

/// <summary>NIBRS crimes-against category, as the review reads it (the import's model maps onto this).</summary>
public enum CrimesAgainstKind
{
    Persons,
    Property,
    Society,
}

/// <summary>UCR Part I class, as the review reads it.</summary>
public enum PartIKind
{
    None,
    Violent,
    Property,
}
