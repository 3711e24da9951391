using System.Text.Json;

namespace WestMemphis.Pact.Domain.Crime.Reviews;

/// <summary>The figures a meeting saw, frozen: per area (or citywide) and category, each period's current and previous count.</summary>
public sealed record ReviewSnapshot(DateOnly End, IReadOnlyList<string> Periods, IReadOnlyList<SnapshotArea> Areas)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReviewSnapshot? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            // A snapshot missing its lists (an older or hand-made record) reads as empty lists, never as nulls.
            return JsonSerializer.Deserialize<ReviewSnapshot>(json, Json) is { } snapshot
                ? snapshot with { Periods = snapshot.Periods ?? [], Areas = snapshot.Areas ?? [] }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record SnapshotArea(string Name, IReadOnlyList<SnapshotLine> Lines);

/// <summary>Current and previous counts, one pair per period, in the snapshot's period order.</summary>
public sealed record SnapshotLine(string Category, IReadOnlyList<int> Current, IReadOnlyList<int> Previous);
