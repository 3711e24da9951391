using System.Globalization;
using System.Text.Json.Nodes;

namespace WestMemphis.Pact.Domain.OpenData;

/// <summary>One downloadable dataset of /data: what it is, which page it mirrors, how often it changes and the privacy rules it keeps.</summary>
/// <param name="Slug">The file name: /data/{Slug}.csv and /data/{Slug}.json.</param>
/// <param name="Page">The public page whose figures the dataset carries, no more.</param>
/// <param name="AccrualPeriodicity">ISO 8601 repeating duration (R/P1D daily, R/P1M monthly).</param>
public sealed record OpenDataset(string Slug, string Title, string Description, IReadOnlyList<string> Keywords, string Page, string Frequency,
    string AccrualPeriodicity, IReadOnlyList<string> PrivacyRules);

/// <summary>
/// The datasets of /data and their DCAT-US (Project Open Data v1.1) catalog, /data.json. The descriptions, update
/// frequencies and privacy rules are written once here, and both the HTML page and the catalog read them.
/// </summary>
public static class OpenDataCatalog
{
    public const string Publisher = "West Memphis Police Department";
    public const string ContactName = "PACT, Community Engagement Unit";
    public const string Spatial = "West Memphis, Arkansas";
    public const string License = "https://creativecommons.org/publicdomain/zero/1.0/";

    /// <summary>The fields DCAT-US v1.1 requires of every dataset (and the ones this catalog always fills in besides).</summary>
    public static readonly IReadOnlyList<string> RequiredFields =
        ["title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier", "accessLevel", "license", "spatial", "temporal", "accrualPeriodicity", "distribution"];

    private const string Withheld =
        "Counts from 1 to {0} are withheld (\"withheld\" in the CSV file; null, with the column named in \"withheld\", in the JSON file), and so are as many other counts and totals as it takes to stop anyone working them out from the rest; a 0 is always shown.";

    public static IReadOnlyList<OpenDataset> Datasets(int minimumCell, int withheldDays)
    {
        var withheld = string.Format(CultureInfo.InvariantCulture, Withheld, minimumCell - 1);
        return
        [
            new("crime-summary", "Crime summary by area and month",
                "Offenses reported in West Memphis by area and by category (crimes against persons, property and society) for every closed month the public crime summary offers, with the citywide totals: the figures of /crime, month by month.",
                ["crime", "public safety", "NIBRS", "offenses"], "/crime", "Monthly", "R/P1M",
                [
                    withheld,
                    "Sex offenses, human trafficking, and incidents involving domestic violence or juveniles are never placed in an area: they are counted only under \"Not located\".",
                    "No address is published; only offense types the department has chosen to publish are counted.",
                    string.Format(CultureInfo.InvariantCulture, "Only whole months are given, and never the latest {0} days while reports are still being checked.", withheldDays),
                ]),
            new("events", "Community events",
                "Published community events of the Community Engagement Unit (Park and Walk, Coffee with a Cop, cleanups and more), upcoming and over the last twelve months: title, type, status, start and end, place and area, as /events shows them.",
                ["events", "community policing", "community engagement"], "/events", "Daily", "R/P1D",
                [
                    "Only events the public calendar shows (published, cancelled and completed); never drafts.",
                    "No volunteer, sign-up or attendance data, and nothing about a person.",
                ]),
            new("program-results", "Program results by month and area",
                "The public figures of the engagement program for each of the last twelve whole months, citywide and area by area: events held, volunteer hours, presentations, concerns received and resolved, and problem-solving projects closed, as /about/results shows them.",
                ["community policing", "performance", "volunteers", "concerns"], "/about/results", "Daily", "R/P1D",
                [
                    withheld + " This applies to the concern counts.",
                    "No officer's contacts and nothing that names or points to a person.",
                ]),
            new("you-said-we-did", "Concerns raised by area and month (\"You said, we did\")",
                "Concerns residents raised in each area by kind and month over the last twelve whole months, with the month's total and how many were resolved, as each area's page (/areas/{area}) shows them.",
                ["concerns", "neighborhoods", "community policing"], "/areas", "Daily", "R/P1D",
                [
                    withheld + " A count the program results withhold is withheld here too.",
                    "Counted by kind only: no reporter, no description and no place finer than the area.",
                ]),
        ];
    }

    /// <summary>The DCAT-US v1.1 catalog. <paramref name="baseUrl"/> is the site's absolute address (no trailing slash); <paramref name="contactEmail"/> the unit's address.</summary>
    public static JsonObject Build(IReadOnlyList<OpenDataset> datasets, string baseUrl, string contactEmail, DateOnly modified, Func<OpenDataset, string> temporal)
    {
        var list = new JsonArray();
        foreach (var d in datasets)
        {
            list.Add(new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["title"] = d.Title,
                ["description"] = d.Description + " Privacy rules applied: " + string.Join(" ", d.PrivacyRules),
                ["keyword"] = new JsonArray(d.Keywords.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
                ["modified"] = modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["publisher"] = new JsonObject { ["@type"] = "org:Organization", ["name"] = Publisher },
                ["contactPoint"] = new JsonObject { ["@type"] = "vcard:Contact", ["fn"] = ContactName, ["hasEmail"] = "mailto:" + contactEmail },
                ["identifier"] = baseUrl + "/data/" + d.Slug,
                ["accessLevel"] = "public",
                ["license"] = License,
                ["spatial"] = Spatial,
                ["temporal"] = temporal(d),
                ["accrualPeriodicity"] = d.AccrualPeriodicity,
                ["landingPage"] = baseUrl + d.Page,
                ["distribution"] = new JsonArray(
                    Distribution(baseUrl, d, "csv", "text/csv"),
                    Distribution(baseUrl, d, "json", "application/json")),
            });
        }

        return new JsonObject
        {
            ["@context"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            ["@id"] = baseUrl + "/data.json",
            ["@type"] = "dcat:Catalog",
            ["conformsTo"] = "https://project-open-data.cio.gov/v1.1/schema",
            ["describedBy"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
            ["dataset"] = list,
        };
    }

    /// <summary>An ISO 8601 interval of whole days, "2025-10-01/2026-09-30".</summary>
    public static string Interval(DateOnly from, DateOnly to) =>
        from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Distribution(string baseUrl, OpenDataset d, string extension, string mediaType) => new()
    {
        ["@type"] = "dcat:Distribution",
        ["downloadURL"] = baseUrl + "/data/" + d.Slug + "." + extension,
        ["mediaType"] = mediaType,
        ["format"] = extension.ToUpperInvariant(),
        ["title"] = d.Title + " (" + extension.ToUpperInvariant() + ")",
    };
}
