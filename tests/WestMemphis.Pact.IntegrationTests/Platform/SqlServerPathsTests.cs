using System.Data;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Crime;
using WestMemphis.Pact.Web.Features.CrimeImport;
using WestMemphis.Pact.Web.Features.Dashboard;
using WestMemphis.Pact.Web.Features.Presentations;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// The app's SQL Server-only paths run on EF Core's real SQL Server provider over a connection that records each command
/// instead of sending it (<see cref="RecordingConnection"/>); every statement is then read with Microsoft's T-SQL parser
/// and checked against what SQL Server accepts: it parses, at most 2,100 parameters and 1,000 rows per VALUES, each text
/// parameter declared with its column's size (else SqlClient sizes it by the value and SQL Server caches a plan per
/// size), DateTimes as datetime2 like the columns, and nothing only SQLite understands.
/// </summary>
public sealed partial class SqlServerPathsTests
{
    private static (AppDbContext Db, RecordingConnection Connection) SqlServer()
    {
        var connection = new RecordingConnection();
        var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer(connection, o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.SqlServer"))
            .Options);
        return (db, connection);
    }

    private static readonly Lazy<IModel> SqlServerModel = new(() =>
    {
        using var db = SqlServer().Db;
        return db.Model;
    });

    private static async Task Ignoring(Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or DbUpdateException)
        {
            // No rows came back: the path stops where it needed some. The statements sent until then are what is checked.
        }
    }

    [Fact]
    public async Task The_street_range_lock_sends_valid_TSql()
    {
        var (db, connection) = SqlServer();
        await using (db)
        {
            await Ignoring(() => SaveLock.ForStreetAsync(db, new StreetKey("N", "MISSOURI", "ST"), CancellationToken.None));
        }

        Assert.Contains(connection.Commands, c => c.Text.Contains("sp_getapplock", StringComparison.Ordinal));
        AssertValid(connection.Commands);
    }

    [Fact]
    public async Task The_appearance_booking_lock_sends_valid_TSql()
    {
        var (db, connection) = SqlServer();
        var version = Guid.NewGuid();
        connection.Rows = sql => sql.Contains("FROM [PresentationRequests]", StringComparison.Ordinal) && !sql.Contains("JOIN", StringComparison.Ordinal)
            ? Table(("Status", typeof(int), (int)PresentationStatus.Submitted), ("Version", typeof(Guid), version))
            : null;
        await using (db)
        {
            var scheduler = new AppearanceScheduler(db, null!, TimeProvider.System, Options.Create(new PresentationsOptions()), NullLogger<AppearanceScheduler>.Instance,
                new AuditLog(db, NoAuditActor.Instance, TimeProvider.System));
            var start = new DateTime(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc);
            await Ignoring(() => scheduler.ScheduleAsync(7, version, new TimeSlot(start, start.AddHours(1)), "Gym", [3, 1, 2], null));
        }

        var locks = connection.Commands.Count(c => c.Text.Contains("SET [b].[LockCounter] = [b].[LockCounter] +", StringComparison.Ordinal));
        Assert.True(locks == 3, $"{locks} lock statements among:\n" + string.Join("\n---\n", connection.Commands.Select(c => c.Text)));
        AssertValid(connection.Commands);
    }

    [Fact]
    public async Task The_crime_review_sends_valid_TSql_with_datetime2_parameters()
    {
        var (db, connection) = SqlServer();
        await using (db)
        {
            var review = new CrimeReviewQueries(db);
            var end = new DateOnly(2026, 3, 1);
            var span = new DateSpan(end.AddDays(-27), end);
            await Ignoring(() => review.FiguresAsync(end, null, CancellationToken.None));
            await Ignoring(() => review.FiguresAsync(end, 2, CancellationToken.None));
            await Ignoring(() => review.DayHourAsync(span, 2, ReviewCategory.All, CancellationToken.None));
            await Ignoring(() => review.TopBlocksAsync(span, 2, ReviewCategory.PartIProperty, CancellationToken.None));
            await Ignoring(() => review.ByAreaAsync(new ReviewPeriod(ReviewPeriodKind.Last28Days, span, new DateSpan(span.Start.AddDays(-28), span.Start.AddDays(-1))), ReviewCategory.All, CancellationToken.None));
        }

        Assert.Contains(connection.Commands, c => c.Text.Contains("DATEADD(hour", StringComparison.Ordinal));
        Assert.Contains(connection.Commands, c => c.Text.Contains("spans (i, lo, hi)", StringComparison.Ordinal));
        AssertValid(connection.Commands);
    }

    [Fact]
    public async Task The_dashboard_sends_valid_TSql()
    {
        var (db, connection) = SqlServer();
        connection.Rows = sql => sql.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal) ? Table(("c", typeof(int), 0)) : null;
        await using (db)
        {
            await Ignoring(() => new EngagementQueries(db).LoadAsync(ReportPeriod.Month(new DateOnly(2026, 2, 1)), 2, new DateTime(2026, 3, 5, 12, 0, 0, DateTimeKind.Utc), CancellationToken.None));
        }

        Assert.Contains(connection.Commands, c => c.Text.Contains("GROUP BY", StringComparison.Ordinal));
        AssertValid(connection.Commands);
    }

    [Fact]
    public void The_crime_import_writer_sends_valid_TSql_with_sized_parameters()
    {
        var (db, connection) = SqlServer();
        using (db)
        {
            connection.Open();
            var batch = new ImportBatch { Id = 5, Source = "chicago", FileName = "crimes.csv", Sha256 = new string('a', 64), StoredFilePath = "crimes.csv" };
            var incidents = Enumerable.Range(0, ImportStore.RowsPerStatement + 7).Select(i => Incident(i)).ToList();
            using var store = new ImportStore(connection, sqlite: false, native: false);
            store.FindIncidents("chicago", incidents.Select(i => i.Row!.IncidentNumber).ToList());
            store.InsertIncidents(batch, incidents, DateTime.UtcNow);
            store.FindOffenses(incidents.Select((_, i) => (long)i + 1).ToList());
            store.InsertOffenses(incidents.SelectMany(i => i.Offenses.Values).ToList());
            incidents[0].Id = 1;
            store.UpdateIncident(batch.Id, incidents[0], DateTime.UtcNow);
            store.UpdateOffense(incidents[0].Offenses.Values[0]);
            store.RefreshHighest(1, new Dictionary<string, int> { ["13A"] = 1 });
            store.Reject(batch.Id, 12, "Date", "The date is not a date.", "1,2,3");
            store.Checkpoint(batch.Id, "worker-1", new CrimeImportRunner.Counts(10, 5, 1, 3, 1), 1.5, DateTime.UtcNow.AddMinutes(1), null);
        }

        Assert.Contains(connection.Commands, c => c.Text.StartsWith("INSERT INTO \"Incidents\"", StringComparison.Ordinal) && c.Text.Contains("OUTPUT INSERTED", StringComparison.Ordinal));
        AssertValid(connection.Commands);
    }

    private static PendingIncident Incident(int i)
    {
        var row = new CrimeRow
        {
            IncidentNumber = "JA" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            OccurredAtUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ReportedAtUtc = new DateTime(2026, 1, 2, 4, 0, 0, DateTimeKind.Utc),
            Description = "THEFT",
            SubDescription = "RETAIL THEFT",
            SourceCode = "0860",
            OffenseKey = "1",
            Address = "015XX W BROADWAY",
            Beat = "0123",
            Disposition = "ARREST",
        };
        var incident = new PendingIncident { IsNew = true, Row = row, AreaId = 2, How = AreaPlacement.SourceMapping, Hash = i, Highest = "23C" };
        incident.Offenses[row.OffenseKey] = new PendingOffense { Incident = incident, Row = row, Hash = i };
        return incident;
    }

    private static DataTable Table(params (string Name, Type Type, object Value)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type, _) in columns)
        {
            table.Columns.Add(name, type);
        }

        table.Rows.Add(columns.Select(c => c.Value).ToArray());
        return table;
    }

    // ---- the checks ----

    /// <summary>The checks on every statement; they are tried on bad statements below, so that they can fail.</summary>
    private static void AssertValid(IReadOnlyList<RecordedCommand> commands)
    {
        Assert.NotEmpty(commands);
        var problems = commands.SelectMany(c => Problems(SqlServerModel.Value, c)).Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    private static IEnumerable<string> Problems(IModel model, RecordedCommand command)
    {
        var text = command.Text;
        var where = text.Length > 120 ? text[..120] + "…" : text;
        foreach (var error in TSql.Errors(text, where))
        {
            yield return error;
        }

        if (command.Parameters.Count > 2100)
        {
            yield return $"{where}: {command.Parameters.Count} parameters (SQL Server takes at most 2,100).";
        }

        if (SqliteOnly().Match(WithoutStrings(text)) is { Success: true } sqlite)
        {
            yield return $"{where}: SQLite-only syntax '{sqlite.Value}'.";
        }

        var fragment = TSql.Parse(text, out var errors);
        if (errors.Count > 0)
        {
            yield break;
        }

        var columns = new ParameterColumns();
        fragment.Accept(columns);
        foreach (var rows in columns.ValuesRows.Where(r => r > 1000))
        {
            yield return $"{where}: {rows} rows in one VALUES (SQL Server takes at most 1,000).";
        }

        foreach (var p in command.Parameters)
        {
            var name = p.ParameterName.StartsWith('@') ? p.ParameterName : "@" + p.ParameterName;
            var column = columns.Of.TryGetValue(name, out var c) ? Column(model, c.Table, c.Column) : null;
            if (p.Value is DateTime && p.SqlDbType != SqlDbType.DateTime2)
            {
                yield return $"{where}: {name} is sent as {p.SqlDbType}, not datetime2 like the columns it is compared with.";
            }

            if (p.SqlDbType is not (SqlDbType.NVarChar or SqlDbType.VarChar or SqlDbType.NChar or SqlDbType.Char))
            {
                continue;
            }

            if (DeclaredSize(p) == 0)
            {
                yield return $"{where}: text parameter {name} has no declared size (SqlClient would size it by its value).";
            }
            else if (column is { } col && col.MaxLength is { } max && p.Size != max)
            {
                yield return $"{where}: {name} is declared with size {p.Size}, its column [{c.Table}].[{c.Column}] holds {max}.";
            }

            if (p.Value is string s && column?.MaxLength is { } limit && s.Length > limit)
            {
                yield return $"{where}: {name} is {s.Length} characters long, its column [{c.Table}].[{c.Column}] holds {limit}.";
            }
        }
    }

    /// <summary>The size set on the parameter; SqlParameter.Size itself answers the value's length when none was set.</summary>
    private static int DeclaredSize(SqlParameter p) =>
        (int)(typeof(SqlParameter).GetField("_size", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            ?? throw new InvalidOperationException("SqlParameter._size is gone: find another way to read the declared size.")).GetValue(p)!;

    private sealed record ColumnFacts(int? MaxLength);

    private static ColumnFacts? Column(IModel model, string table, string column)
    {
        var found = model.GetRelationalModel().Tables.FirstOrDefault(t => string.Equals(t.Name, table, StringComparison.OrdinalIgnoreCase))
            ?.Columns.FirstOrDefault(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return null;
        }

        var length = StoreLength().Match(found.StoreType);
        return new ColumnFacts(!length.Success ? null : length.Groups[1].Value.Equals("max", StringComparison.OrdinalIgnoreCase) ? -1 : int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string WithoutStrings(string sql) => StringLiteral().Replace(sql, "''");

    /// <summary>Which column each parameter stands for: INSERT column lists, SET col = @p, col = @p and col IN (@p, …).</summary>
    private sealed class ParameterColumns : TSqlFragmentVisitor
    {
        private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);
        private string? _single;

        public Dictionary<string, (string Table, string Column)> Of { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<int> ValuesRows { get; } = [];

        public override void Visit(TSqlBatch node)
        {
            var tables = new TablesVisitor();
            node.Accept(tables);
            foreach (var (alias, table) in tables.Aliases)
            {
                _aliases[alias] = table;
            }

            _single = tables.Names.Count == 1 ? tables.Names.First() : null;
        }

        public override void ExplicitVisit(InsertSpecification node)
        {
            var table = (node.Target as NamedTableReference)?.SchemaObject.BaseIdentifier.Value;
            if (table is not null && node.InsertSource is ValuesInsertSource values)
            {
                foreach (var row in values.RowValues)
                {
                    for (var i = 0; i < row.ColumnValues.Count && i < node.Columns.Count; i++)
                    {
                        if (row.ColumnValues[i] is VariableReference v)
                        {
                            Of[v.Name] = (table, node.Columns[i].MultiPartIdentifier.Identifiers[^1].Value);
                        }
                    }
                }
            }

            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(ValuesInsertSource node)
        {
            ValuesRows.Add(node.RowValues.Count);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(InlineDerivedTable node)
        {
            ValuesRows.Add(node.RowValues.Count);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(AssignmentSetClause node)
        {
            Map(node.Column, node.NewValue);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(BooleanComparisonExpression node)
        {
            Map(node.FirstExpression as ColumnReferenceExpression, node.SecondExpression);
            Map(node.SecondExpression as ColumnReferenceExpression, node.FirstExpression);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(InPredicate node)
        {
            foreach (var value in node.Values)
            {
                Map(node.Expression as ColumnReferenceExpression, value);
            }

            base.ExplicitVisit(node);
        }

        private void Map(ColumnReferenceExpression? column, ScalarExpression? value)
        {
            if (column?.MultiPartIdentifier is not { Count: > 0 } name || value is not VariableReference v)
            {
                return;
            }

            var table = name.Count > 1 ? (_aliases.TryGetValue(name.Identifiers[^2].Value, out var t) ? t : name.Identifiers[^2].Value) : _single;
            if (table is not null)
            {
                Of[v.Name] = (table, name.Identifiers[^1].Value);
            }
        }
    }

    private sealed class TablesVisitor : TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<(string Alias, string Table)> Aliases { get; } = [];

        public override void ExplicitVisit(NamedTableReference node)
        {
            var table = node.SchemaObject.BaseIdentifier.Value;
            Names.Add(table);
            Aliases.Add((node.Alias?.Value ?? table, table));
            base.ExplicitVisit(node);
        }
    }

    // ---- the checks can fail ----

    [Fact]
    public void The_checks_find_what_SQL_Server_would_refuse()
    {
        var (db, _) = SqlServer();
        using (db)
        {
            static SqlParameter Text(string name, string value, int size = 0) => new(name, SqlDbType.NVarChar) { Value = value, Size = size };
            var unsized = new RecordedCommand("SELECT \"Id\" FROM \"Incidents\" WHERE \"Source\"=@p0", [Text("@p0", "chicago")]);
            var wrongSize = new RecordedCommand("SELECT \"Id\" FROM \"Incidents\" WHERE \"Source\"=@p0", [Text("@p0", "chicago", 7)]);
            var sized = new RecordedCommand("SELECT \"Id\" FROM \"Incidents\" WHERE \"Source\"=@p0", [Text("@p0", "chicago", CrimeLimits.Source)]);
            var sqlite = new RecordedCommand("INSERT OR FAIL INTO \"Areas\" (\"Name\") VALUES ('x') RETURNING \"Id\"", []);
            var limit = new RecordedCommand("SELECT \"Id\" FROM \"Areas\" LIMIT 5", []);
            var datetime = new RecordedCommand("SELECT COUNT(*) FROM \"IncidentOffenses\" WHERE \"OccurredAtUtc\" >= @b0", [new SqlParameter("@b0", DateTime.UtcNow)]);
            var manyRows = new RecordedCommand("SELECT * FROM (VALUES " + string.Join(",", Enumerable.Repeat("(1)", 1001)) + ") v (x)", []);

            Assert.Contains(Problems(db.Model, unsized), p => p.Contains("no declared size", StringComparison.Ordinal));
            Assert.Contains(Problems(db.Model, wrongSize), p => p.Contains("holds 40", StringComparison.Ordinal));
            Assert.Empty(Problems(db.Model, sized));
            Assert.Contains(Problems(db.Model, sqlite), p => p.Contains("SQLite-only", StringComparison.Ordinal));
            Assert.NotEmpty(Problems(db.Model, limit));
            Assert.Contains(Problems(db.Model, datetime), p => p.Contains("datetime2", StringComparison.Ordinal));
            Assert.Contains(Problems(db.Model, manyRows), p => p.Contains("1001 rows", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"\bON\s+CONFLICT\b|\bRETURNING\b|\bjulianday\s*\(|\bstrftime\s*\(|\bINSERT\s+OR\b|\bREPLACE\s+INTO\b|\bLIMIT\b|\bPRAGMA\b|\bchanges\s*\(\)|\blast_insert_rowid\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteOnly();

    [GeneratedRegex(@"'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\((max|\d+)\)", RegexOptions.IgnoreCase)]
    private static partial Regex StoreLength();
}
