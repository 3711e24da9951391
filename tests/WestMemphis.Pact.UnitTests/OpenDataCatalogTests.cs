using System.Text.Json.Nodes;
using WestMemphis.Pact.Domain.OpenData;

namespace WestMemphis.Pact.UnitTests;

/// <summary>The /data.json catalog: every dataset carries the fields DCAT-US v1.1 requires, with values a harvester accepts.</summary>
public sealed class OpenDataCatalogTests
{
    private static JsonObject Catalog() => OpenDataCatalog.Build(OpenDataCatalog.Datasets(3, 7), "https://pact.example", "pact@westmemphis.example",
        new DateOnly(2026, 10, 20), _ => "2025-10-01/2026-09-30");

    [Fact]
    public void The_catalog_is_a_dcat_us_catalog()
    {
        var catalog = Catalog();
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", (string?)catalog["@context"]);
        Assert.Equal("dcat:Catalog", (string?)catalog["@type"]);
        Assert.Equal("https://project-open-data.cio.gov/v1.1/schema", (string?)catalog["conformsTo"]);
        Assert.Equal(4, catalog["dataset"]!.AsArray().Count);
    }

    [Fact]
    public void Every_dataset_has_every_required_field_filled_in()
    {
        foreach (var dataset in Catalog()["dataset"]!.AsArray().Select(d => d!.AsObject()))
        {
            foreach (var field in OpenDataCatalog.RequiredFields)
            {
                Assert.True(dataset[field] is not null, $"{dataset["title"]} has no {field}");
                if (dataset[field] is JsonValue value)
                {
                    Assert.False(string.IsNullOrWhiteSpace((string?)value), $"{dataset["title"]}: {field} is empty");
                }
            }

            Assert.Equal("public", (string?)dataset["accessLevel"]);
            Assert.Equal("West Memphis, Arkansas", (string?)dataset["spatial"]);
            Assert.Matches(@"^R/P(\d+[YMWD])+$", (string?)dataset["accrualPeriodicity"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)dataset["modified"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$", (string?)dataset["temporal"]);
            Assert.Equal("org:Organization", (string?)dataset["publisher"]!["@type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)dataset["publisher"]!["name"]));
            Assert.Equal("vcard:Contact", (string?)dataset["contactPoint"]!["@type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)dataset["contactPoint"]!["fn"]));
            Assert.StartsWith("mailto:", (string?)dataset["contactPoint"]!["hasEmail"], StringComparison.Ordinal);
            Assert.NotEmpty(dataset["keyword"]!.AsArray());
            Assert.Contains("Privacy rules applied", (string?)dataset["description"], StringComparison.Ordinal);

            var distributions = dataset["distribution"]!.AsArray().Select(d => d!.AsObject()).ToList();
            Assert.Equal(["text/csv", "application/json"], distributions.Select(d => (string?)d["mediaType"]));
            Assert.All(distributions, d =>
            {
                Assert.Equal("dcat:Distribution", (string?)d["@type"]);
                Assert.True(Uri.TryCreate((string?)d["downloadURL"], UriKind.Absolute, out _));
            });
        }
    }

    [Fact]
    public void Identifiers_and_files_are_unique_and_each_dataset_states_its_privacy_rules()
    {
        var datasets = OpenDataCatalog.Datasets(3, 7);
        Assert.Equal(datasets.Count, datasets.Select(d => d.Slug).Distinct().Count());
        Assert.All(datasets, d => Assert.NotEmpty(d.PrivacyRules));
        Assert.Contains("Counts from 1 to 2 are withheld", datasets[0].PrivacyRules[0], StringComparison.Ordinal);
    }
}
