using System.Globalization;
using System.Text.Json.Nodes;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.OpenData;

namespace WestMemphis.Pact.Web.Features.OpenData;

/// <summary>One cell of a dataset: text, a number, a withheld count, or nothing (a figure the page does not give for that row).</summary>
public readonly record struct DataValue(string? Text, double? Number, bool Withheld)
{
    public const string WithheldText = "withheld";

    public static DataValue Of(string? text) => new(text, null, false);

    public static DataValue Of(double number) => new(null, number, false);

    public static DataValue Of(PublicCell cell) => cell.Value is { } v ? new(null, v, false) : new(null, null, true);

    public static readonly DataValue None = new(null, null, false);

    public string? Csv() => Withheld ? WithheldText : Number is { } n ? n.ToString("0.##", CultureInfo.InvariantCulture) : Text;

    public JsonNode? Json() => Number is { } n ? (n == Math.Floor(n) ? JsonValue.Create((long)n) : JsonValue.Create(n)) : Text is null ? null : JsonValue.Create(Text);
}

/// <summary>A dataset's rows, with column names used both as the CSV header and as the JSON keys.</summary>
public sealed record OpenDataTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<DataValue>> Rows)
{
    /// <summary>The JSON file: the dataset's description and privacy rules, then one object per row; a withheld count is null and named in "withheld".</summary>
    public JsonObject ToJson(OpenDataset dataset, string baseUrl, string temporal)
    {
        var rows = new JsonArray();
        foreach (var row in Rows)
        {
            var item = new JsonObject();
            var withheld = new JsonArray();
            for (var i = 0; i < Columns.Count; i++)
            {
                item[Columns[i]] = row[i].Json();
                if (row[i].Withheld)
                {
                    withheld.Add(Columns[i]);
                }
            }

            item["withheld"] = withheld;
            rows.Add(item);
        }

        return new JsonObject
        {
            ["dataset"] = dataset.Slug,
            ["title"] = dataset.Title,
            ["description"] = dataset.Description,
            ["privacyRules"] = new JsonArray(dataset.PrivacyRules.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["temporal"] = temporal,
            ["landingPage"] = baseUrl + dataset.Page,
            ["catalog"] = baseUrl + "/data.json",
            ["columns"] = new JsonArray(Columns.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["rows"] = rows,
        };
    }
}
