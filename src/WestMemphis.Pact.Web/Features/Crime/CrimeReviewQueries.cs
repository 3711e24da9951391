using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// The review's reads, all aggregate SQL over the offense table's indexes — no incident rows are loaded. The comparison
/// table and the weekly trends come from one statement of indexed range counts, one per (category, Part I class, plan
/// interval) (see <see cref="ReviewPlan"/>); the day-of-week × hour table from one GROUP BY over the UTC hour, placed in
/// Central days and hours here; the top blocks and the per-area changes from one GROUP BY each over the last 28 days
/// (and the 28 before). Timings and the indexes each uses: docs/performance.md, "Crime review".
/// </summary>
public sealed class CrimeReviewQueries(AppDbContext db)
{
    public static TimeZoneInfo Zone => CentralTime.Zone;

    private (string Table, string Time, string Area, string Category, string PartI) Names()
    {
        var entity = db.Model.FindEntityType(typeof(IncidentOffense))!;
        var table = entity.GetTableName()!;
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(store)!);
        return (Quote(table), Column(nameof(IncidentOffense.OccurredAtUtc)), Column(nameof(IncidentOffense.AreaId)),
            Column(nameof(IncidentOffense.Category)), Column(nameof(IncidentOffense.PartIClass)));
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static CrimesAgainstKind? Against(OffenseCategory category) => category switch
    {
        OffenseCategory.Persons => CrimesAgainstKind.Persons,
        OffenseCategory.Property => CrimesAgainstKind.Property,
        OffenseCategory.Society => CrimesAgainstKind.Society,
        _ => null,
    };

    private static PartIKind PartI(PartIClass partI) => partI switch
    {
        PartIClass.Violent => PartIKind.Violent,
        PartIClass.Property => PartIKind.Property,
        _ => PartIKind.None,
    };

    /// <summary>
    /// The comparison table and weekly trends for the city (area null) or one area, periods ending on <paramref name="end"/>:
    /// one statement of indexed range counts, one per (category, Part I class, plan interval), written as a correlated
    /// COUNT over two small derived lists (the code table's pairs and the intervals) so the statement stays short to
    /// prepare; the intervals partition the plan's extent, so every offense in it is read once, from the index alone.
    /// </summary>
    public async Task<ReviewFigures> FiguresAsync(DateOnly end, int? areaId, CancellationToken cancellationToken)
    {
        var plan = ReviewPlan.For(end);
        var bounds = plan.BoundariesUtc(Zone);
        var n = Names();
        var codes = db.Model.FindEntityType(typeof(NibrsOffenseCode))!;
        var codesTable = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(codes.GetTableName()!, codes.GetSchema());
        string CodeColumn(string property) => Quote(codes.FindProperty(property)!.GetColumnName(codesTable)!);

        // Every (category, Part I class) an offense can carry: its code's (CrimeReclassification keeps offenses in step
        // with the code table), or unmapped.
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"WITH pairs (c, p) AS (SELECT {CodeColumn(nameof(NibrsOffenseCode.CrimesAgainst))}, {CodeColumn(nameof(NibrsOffenseCode.PartIClass))} FROM {Quote(codes.GetTableName()!)} UNION SELECT {(int)OffenseCategory.Unknown}, {(int)PartIClass.None}), spans (i, lo, hi) AS (");
        for (var i = 0; i < plan.IntervalCount; i++)
        {
            sql.Append(i == 0 ? "" : " UNION ALL ").Append(CultureInfo.InvariantCulture, $"SELECT {i}, @b{i}, @b{i + 1}");
        }

        sql.Append(CultureInfo.InvariantCulture,
            $") SELECT pairs.c, pairs.p, spans.i, (SELECT COUNT(*) FROM {n.Table} o WHERE {(areaId is null ? "" : $"o.{n.Area} = @area AND ")}o.{n.Category} = pairs.c AND o.{n.PartI} = pairs.p AND o.{n.Time} >= spans.lo AND o.{n.Time} < spans.hi) FROM pairs CROSS JOIN spans");

        var perPair = new Dictionary<(OffenseCategory, PartIClass), int[]>();
        await ReadAsync(sql.ToString(), bounds, areaId, reader =>
        {
            var pair = ((OffenseCategory)reader.GetInt32(0), (PartIClass)reader.GetInt32(1));
            (perPair.TryGetValue(pair, out var perInterval) ? perInterval : perPair[pair] = new int[plan.IntervalCount])[reader.GetInt32(2)] = reader.GetInt32(3);
        }, cancellationToken);
        var counts = perPair.Select(p => new CodeIntervalCounts(Against(p.Key.Item1), PartI(p.Key.Item2), p.Value));
        return plan.Compute(counts);
    }

    /// <summary>
    /// Offenses by local day of the week and hour over <paramref name="span"/>: one GROUP BY over the UTC hour (a prefix of
    /// the stored text on SQLite), each UTC hour then placed in its Central day and hour here. Central time is a whole number
    /// of hours from UTC, so every UTC hour lies in exactly one local hour, on either side of a daylight-saving change.
    /// </summary>
    public async Task<DayHourGrid> DayHourAsync(DateSpan span, int? areaId, ReviewCategory category, CancellationToken cancellationToken)
    {
        var (from, to) = span.ToUtc(Zone);
        var n = Names();
        var hour = db.Database.IsSqlServer() ? $"DATEADD(hour, DATEDIFF(hour, 0, {n.Time}), 0)" : $"substr({n.Time}, 1, 13)";
        var seek = areaId is null ? "" : $" AND {n.Area} = @area{AreaSeekSql(category, n.Category, n.PartI)}";
        var sql = $"SELECT {hour}, COUNT(*) FROM {n.Table} WHERE {n.Time} >= @b0 AND {n.Time} < @b1{seek}{CategorySql(category, n.Category, n.PartI)} GROUP BY {hour}";
        var hours = new List<(DateTime, int)>();
        await ReadAsync(sql, [from, to], areaId, reader => hours.Add((UtcHour(reader.GetValue(0)), reader.GetInt32(1))), cancellationToken);
        return DayHourGrid.From(hours, Zone);
    }

    /// <summary>The hour a GROUP BY key stands for: a DateTime (SQL Server) or the text "yyyy-MM-dd HH" (SQLite).</summary>
    public static DateTime UtcHour(object key) => key switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        string text => DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH", CultureInfo.InvariantCulture), DateTimeKind.Utc),
        _ => throw new InvalidOperationException($"Unexpected hour key {key.GetType().Name}."),
    };

    private static readonly OffenseCategory[] AllCategories = Enum.GetValues<OffenseCategory>();
    private static readonly PartIClass[] AllClasses = Enum.GetValues<PartIClass>();

    /// <summary>
    /// For one area's day × hour and top blocks: the category and Part I class a category filter leaves open, spelled out
    /// as IN lists (every value they can take, so no offense is left out), so those reads are a few seeks on the area
    /// index (AreaId, Category, PartIClass, OccurredAtUtc) that the figures use, each reading only the span's offenses —
    /// no separate (AreaId, OccurredAtUtc) index needed.
    /// </summary>
    private static string AreaSeekSql(ReviewCategory category, string categoryColumn, string partIColumn)
    {
        var categories = $" AND {categoryColumn} IN ({string.Join(", ", AllCategories.Select(c => (int)c))})";
        var classes = $" AND {partIColumn} IN ({string.Join(", ", AllClasses.Select(c => (int)c))})";
        return category switch
        {
            ReviewCategory.PartIViolent or ReviewCategory.PartIProperty => categories,
            ReviewCategory.All => categories + classes,
            _ => classes,
        };
    }

    /// <summary>The same IN lists for LINQ, as constants so the SQL carries them.</summary>
    private static Expression<Func<IncidentOffense, bool>> AreaSeek(ReviewCategory category) => category switch
    {
        ReviewCategory.PartIViolent or ReviewCategory.PartIProperty => o => EF.Constant(AllCategories).Contains(o.Category),
        ReviewCategory.All => o => EF.Constant(AllCategories).Contains(o.Category) && EF.Constant(AllClasses).Contains(o.PartIClass),
        _ => o => EF.Constant(AllClasses).Contains(o.PartIClass),
    };

    private static string CategorySql(ReviewCategory category, string categoryColumn, string partIColumn) => category switch
    {
        ReviewCategory.Persons => $" AND {categoryColumn} = {(int)OffenseCategory.Persons}",
        ReviewCategory.Property => $" AND {categoryColumn} = {(int)OffenseCategory.Property}",
        ReviewCategory.Society => $" AND {categoryColumn} = {(int)OffenseCategory.Society}",
        ReviewCategory.Other => $" AND {categoryColumn} = {(int)OffenseCategory.Unknown}",
        ReviewCategory.PartIViolent => $" AND {partIColumn} = {(int)PartIClass.Violent}",
        ReviewCategory.PartIProperty => $" AND {partIColumn} = {(int)PartIClass.Property}",
        _ => "",
    };

    /// <summary>The same category filter for LINQ queries.</summary>
    public static Expression<Func<IncidentOffense, bool>> CategoryFilter(ReviewCategory category) => category switch
    {
        ReviewCategory.Persons => o => o.Category == OffenseCategory.Persons,
        ReviewCategory.Property => o => o.Category == OffenseCategory.Property,
        ReviewCategory.Society => o => o.Category == OffenseCategory.Society,
        ReviewCategory.Other => o => o.Category == OffenseCategory.Unknown,
        ReviewCategory.PartIViolent => o => o.PartIClass == PartIClass.Violent,
        ReviewCategory.PartIProperty => o => o.PartIClass == PartIClass.Property,
        _ => o => true,
    };

    /// <summary>Offenses in a span (local days), for the city or an area, in a category.</summary>
    public IQueryable<IncidentOffense> Offenses(DateSpan span, int? areaId, ReviewCategory category)
    {
        var (from, to) = span.ToUtc(Zone);
        var query = db.IncidentOffenses.AsNoTracking().Where(o => o.OccurredAtUtc >= from && o.OccurredAtUtc < to);
        if (areaId is not null)
        {
            query = query.Where(o => o.AreaId == areaId);
        }

        return query.Where(CategoryFilter(category));
    }

    /// <summary>The hundred blocks with the most offenses in the span.</summary>
    public async Task<IReadOnlyList<BlockCount>> TopBlocksAsync(DateSpan span, int? areaId, ReviewCategory category, CancellationToken cancellationToken, int take = 10)
    {
        var offenses = Offenses(span, areaId, category);
        if (areaId is not null)
        {
            offenses = offenses.Where(AreaSeek(category));
        }

        var rows = await offenses
            .Where(o => o.Incident!.HundredBlock != null)
            .GroupBy(o => o.Incident!.HundredBlock!)
            .Select(g => new { Block = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Block)
            .Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => new BlockCount(r.Block, r.Count)).ToList();
    }

    /// <summary>
    /// Each area's (and the unassigned) offenses in a period against its previous period: a GROUP BY area per period.
    /// (One GROUP BY over both periods, split at the current one's start, measured slower on SQLite: it sorts on the
    /// split too.)
    /// </summary>
    public async Task<IReadOnlyList<AreaChange>> ByAreaAsync(ReviewPeriod period, ReviewCategory category, CancellationToken cancellationToken)
    {
        async Task<Dictionary<int, int>> CountAsync(DateSpan span) =>
            (await Offenses(span, null, category).GroupBy(o => o.AreaId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key ?? 0, x => x.Count);

        var current = await CountAsync(period.Current);
        var previous = await CountAsync(period.Previous);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.BoundaryGeoJson }).ToListAsync(cancellationToken);
        var result = areas.Select(a => new AreaChange(a.Id, a.Name, a.BoundaryGeoJson, new Comparison(current.GetValueOrDefault(a.Id), previous.GetValueOrDefault(a.Id)))).ToList();
        result.Add(new AreaChange(null, "Unassigned", null, new Comparison(current.GetValueOrDefault(0), previous.GetValueOrDefault(0))));
        return result;
    }

    /// <summary>Runs <paramref name="sql"/> with @b0.. bound to <paramref name="bounds"/> (UTC) and @area, and hands each row to <paramref name="row"/>.</summary>
    private async Task ReadAsync(string sql, IReadOnlyList<DateTime> bounds, int? areaId, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < bounds.Count; i++)
            {
                Add(command, "@b" + i.ToString(CultureInfo.InvariantCulture), DateTime.SpecifyKind(bounds[i], DateTimeKind.Utc));
            }

            if (areaId is not null)
            {
                Add(command, "@area", areaId.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (value is DateTime)
        {
            // datetime2 like the columns: SqlClient sends a DateTime as datetime by default, which SQL Server widens
            // (after rounding to 1/300 s) before comparing it with a datetime2 column.
            parameter.DbType = System.Data.DbType.DateTime2;
        }
        command.Parameters.Add(parameter);
    }
}

public sealed record BlockCount(string Block, int Count);

public sealed record AreaChange(int? AreaId, string Name, string? BoundaryGeoJson, Comparison Change);
