using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// The review's reads, all aggregate SQL over the offense table's indexes — no incident rows are loaded. The comparison
/// table and the weekly trends come from one statement of indexed range counts, one per (category, Part I class, plan
/// interval) (see <see cref="ReviewPlan"/>); the day-of-week × hour table from one statement of hourly range counts over
/// the last 28 days; the top blocks and the per-area changes from GROUP BY over the last 28 days.
/// </summary>
public sealed class CrimeReviewQueries(AppDbContext db)
{
    public static TimeZoneInfo Zone => CentralTime.Zone;

    /// <summary>Every (category, Part I class) an offense can carry: the code table's, and unmapped.</summary>
    private async Task<List<(OffenseCategory Category, PartIClass PartI)>> PairsAsync(CancellationToken cancellationToken)
    {
        var pairs = await db.NibrsOffenseCodes.AsNoTracking().Select(c => new { c.CrimesAgainst, c.PartIClass }).Distinct().ToListAsync(cancellationToken);
        return pairs.Select(p => (p.CrimesAgainst, p.PartIClass)).Append((OffenseCategory.Unknown, PartIClass.None)).Distinct().ToList();
    }

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

    /// <summary>The comparison table and weekly trends for the city (area null) or one area, periods ending on <paramref name="end"/>.</summary>
    public async Task<ReviewFigures> FiguresAsync(DateOnly end, int? areaId, CancellationToken cancellationToken)
    {
        var plan = ReviewPlan.For(end);
        var bounds = plan.BoundariesUtc(Zone);
        var pairs = await PairsAsync(cancellationToken);
        var n = Names();
        var sql = new StringBuilder("SELECT ");
        var first = true;
        foreach (var (category, partI) in pairs)
        {
            for (var i = 0; i < plan.IntervalCount; i++)
            {
                sql.Append(first ? "" : ", ").Append(CultureInfo.InvariantCulture,
                    $"(SELECT COUNT(*) FROM {n.Table} WHERE {(areaId is null ? "" : $"{n.Area} = @area AND ")}{n.Category} = {(int)category} AND {n.PartI} = {(int)partI} AND {n.Time} >= @b{i} AND {n.Time} < @b{i + 1})");
                first = false;
            }
        }

        var values = await ScalarRowAsync(sql.ToString(), bounds, areaId, cancellationToken);
        var counts = pairs.Select((p, k) => new CodeIntervalCounts(Against(p.Category), PartI(p.PartI), values.Skip(k * plan.IntervalCount).Take(plan.IntervalCount).ToList()));
        return plan.Compute(counts);
    }

    /// <summary>Offenses by local day of the week and hour over <paramref name="span"/> (one range count per UTC hour).</summary>
    public async Task<DayHourGrid> DayHourAsync(DateSpan span, int? areaId, ReviewCategory category, CancellationToken cancellationToken)
    {
        var (from, to) = span.ToUtc(Zone);
        var hours = new List<DateTime>();
        for (var h = from; h <= to; h = h.AddHours(1))
        {
            hours.Add(h);
        }

        var n = Names();
        var filter = CategorySql(category, n.Category, n.PartI);
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < hours.Count - 1; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"(SELECT COUNT(*) FROM {n.Table} WHERE {n.Time} >= @b{i} AND {n.Time} < @b{i + 1}{(areaId is null ? "" : $" AND {n.Area} = @area")}{filter})");
        }

        var values = await ScalarRowAsync(sql.ToString(), hours, areaId, cancellationToken);
        return DayHourGrid.From(values.Select((v, i) => (hours[i], v)), Zone);
    }

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
        var rows = await Offenses(span, areaId, category)
            .Where(o => o.Incident!.HundredBlock != null)
            .GroupBy(o => o.Incident!.HundredBlock!)
            .Select(g => new { Block = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Block)
            .Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => new BlockCount(r.Block, r.Count)).ToList();
    }

    /// <summary>Each area's (and the unassigned) offenses in a period against its previous period.</summary>
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

    private async Task<List<int>> ScalarRowAsync(string sql, IReadOnlyList<DateTime> bounds, int? areaId, CancellationToken cancellationToken)
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
            var values = new List<int>();
            if (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture));
                }
            }

            return values;
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
        command.Parameters.Add(parameter);
    }
}

public sealed record BlockCount(string Block, int Count);

public sealed record AreaChange(int? AreaId, string Name, string? BoundaryGeoJson, Comparison Change);
