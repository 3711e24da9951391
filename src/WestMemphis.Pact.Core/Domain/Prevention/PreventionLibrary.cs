using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Domain.Prevention;

/// <summary>
/// One of the department's own prevention messages: a subject and a body in plain words, with "{area}" and
/// "{category}" where the area's name and the flagged category go. <see cref="Categories"/> are the review categories
/// it fits; the general message fits every category.
/// </summary>
public sealed record PreventionTemplate(string Key, string Name, string Subject, string Body, IReadOnlyList<ReviewCategory> Categories);

/// <summary>
/// The small library of prevention messages an officer drafts from (docs/decisions/0027). The review's categories are
/// broad (crimes against property, Part I property, ...), so a category offers every message that fits it, the most
/// common first, and the general one last. A draft is always edited and approved before it goes.
/// </summary>
public static class PreventionLibrary
{
    public const string AreaToken = "{area}";
    public const string CategoryToken = "{category}";

    private const string Close = "\n\nIf you see something happening, call 911. For anything else, the Community Policing unit: 870-735-1210.\n\nWest Memphis Police Department";

    private static readonly ReviewCategory[] Property = [ReviewCategory.Property, ReviewCategory.PartIProperty, ReviewCategory.All];
    private static readonly ReviewCategory[] Persons = [ReviewCategory.Persons, ReviewCategory.PartIViolent, ReviewCategory.All];

    public static readonly IReadOnlyList<PreventionTemplate> All =
    [
        new("nine-pm-routine", "Thefts from vehicles: the 9 p.m. routine",
            "The 9 p.m. routine: thefts from vehicles are up in {area}",
            "Thefts from vehicles are up in {area} over the last four weeks. Most of them are cars left unlocked or with something in sight.\n\n"
            + "Every night at 9 p.m., take a minute:\n"
            + "- Remove valuables: bags, phones, chargers, tools and guns. Nothing in sight.\n"
            + "- Lock your car and close the windows.\n"
            + "- Take your keys and fobs inside; never leave the car running unattended.\n"
            + "- Turn on the porch light and close the garage door." + Close,
            Property),
        new("burglary", "Burglary: secure doors and windows",
            "Burglaries are up in {area}: a few minutes that help",
            "Burglaries of homes and sheds are up in {area} over the last four weeks.\n\n"
            + "- Lock doors and windows, also when you are home and during the day.\n"
            + "- Keep the outside lit at night and trim bushes that hide doors and windows.\n"
            + "- Do not leave ladders or tools out, and lock sheds and garages.\n"
            + "- Write down serial numbers of electronics and tools; it helps us return them.\n"
            + "- Know your neighbors, and tell each other when you are away." + Close,
            Property),
        new("vehicle-theft", "Vehicle theft: keys and locks",
            "Vehicle thefts are up in {area}",
            "More vehicles have been stolen in {area} over the last four weeks.\n\n"
            + "- Never leave the keys or a spare key in the vehicle, and never leave it running unattended.\n"
            + "- Lock it and close the windows, even in your own driveway.\n"
            + "- Park in a lit place, and in a garage if you have one.\n"
            + "- A steering wheel lock helps, especially on older models." + Close,
            Property),
        new("vandalism", "Vandalism: light, report, repair",
            "Vandalism is up in {area}",
            "We are seeing more vandalism in {area} over the last four weeks.\n\n"
            + "- Keep outside lights on at night.\n"
            + "- Report damage and graffiti soon, and repair or remove it quickly: it invites less of the same.\n"
            + "- If you have a camera, keep the footage and tell us when something happens." + Close,
            Property),
        new("robbery", "Robbery: personal safety",
            "Staying safe in {area}: robberies are up",
            "Robberies are up in {area} over the last four weeks.\n\n"
            + "- Be aware of your surroundings; keep your phone away while you walk.\n"
            + "- Walk in lit, busy places, and with someone at night when you can.\n"
            + "- Meet online buyers and sellers in a public place; our lobby is a safe exchange spot.\n"
            + "- If someone demands your property, give it up: nothing is worth your life. Then call 911." + Close,
            Persons),
        new("general", "General: we are seeing more, help us",
            "{category} is up in {area}: what you can do",
            "Our crime review shows more {category} in {area} over the last four weeks than in the four weeks before.\n\n"
            + "- Lock your home and your vehicle, and keep outside lights on at night.\n"
            + "- Look out for your neighbors, and tell us what you see.\n"
            + "- Come to a Park and Walk or a Coffee with a Cop near you: the PACT site lists them." + Close,
            ReviewCategories.All.ToArray()),
    ];

    /// <summary>The messages that fit a category, the most fitting first and the general one last.</summary>
    public static IReadOnlyList<PreventionTemplate> For(ReviewCategory category) => All.Where(t => t.Categories.Contains(category)).ToList();

    public static PreventionTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>The template with the area and category filled in: what the draft starts from.</summary>
    public static (string Subject, string Body) Fill(PreventionTemplate template, string areaName, ReviewCategory category)
    {
        var label = CategoryWords(category);
        string Apply(string text) => text.Replace(AreaToken, areaName, StringComparison.Ordinal).Replace(CategoryToken, label, StringComparison.Ordinal);
        var subject = Apply(template.Subject);
        return (char.ToUpperInvariant(subject[0]) + subject[1..], Apply(template.Body));
    }

    /// <summary>The category as a resident reads it, lower case mid-sentence ("crimes against property").</summary>
    public static string CategoryWords(ReviewCategory category) => category switch
    {
        ReviewCategory.PartIProperty => "serious property crime",
        ReviewCategory.PartIViolent => "serious violent crime",
        ReviewCategory.All => "crime",
        ReviewCategory.Other => "crime",
        _ => ReviewCategories.Label(category).ToLowerInvariant(),
    };
}
