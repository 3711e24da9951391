using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// The SQL Server deployment script, generated in-process with no server (SqlServerDeploymentScript, the same text the
/// <c>sqlserver-script</c> command writes), read with Microsoft's T-SQL parser: every batch and every EXEC string parses,
/// its options are set before the first migration, and it compiles as a second run would see it.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    private static readonly Lazy<string> Script = new(SqlServerDeploymentScript.Generate);

    [Fact]
    public void Every_batch_and_every_EXEC_string_of_the_script_parses()
    {
        var batches = TSql.Batches(Script.Value);
        // EF Core sends each migration as one batch (its own transaction), after the header's and the history table's.
        Assert.True(batches.Count >= 3, $"Only {batches.Count} batches: the script was not split on GO.");
        Assert.Null(Migration(batches[0]));
        Assert.Contains(batches, b => Migration(b) is not null);

        var errors = batches.SelectMany((b, i) => TSql.Errors(b, $"batch {i + 1} ({Migration(b) ?? "no migration"})")).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_script_sets_quoted_identifiers_and_ansi_nulls_and_stops_at_the_first_error_before_any_migration()
    {
        var script = Script.Value;
        var firstMigration = script.IndexOf("__EFMigrationsHistory", StringComparison.Ordinal);
        var head = script[..firstMigration];

        // QUOTED_IDENTIFIER is read when a batch is compiled: it must be set in a batch of its own before the first migration's.
        var firstBatch = TSql.Batches(head)[0];
        foreach (var option in new[] { "SET QUOTED_IDENTIFIER ON;", "SET ANSI_NULLS ON;", "SET ANSI_PADDING ON;", "SET ANSI_WARNINGS ON;", "SET ARITHABORT ON;", "SET CONCAT_NULL_YIELDS_NULL ON;", "SET XACT_ABORT ON;" })
        {
            Assert.Contains(option, firstBatch);
        }

        Assert.Matches(new Regex(@"^:on error exit\r?$", RegexOptions.Multiline), head);
        Assert.Contains("sqlcmd", head);
        Assert.Contains(" -I ", head);
        Assert.Contains(" -b ", head);
        Assert.Empty(TSql.Errors(firstBatch, "header"));
    }

    /// <summary>
    /// SQL Server compiles a whole batch before running any of it, and a column that does not exist in a table that does
    /// is a compile error (Msg 207), IF or no IF. On a second run every migration's batches are compiled against the schema
    /// the last migration left, so a batch that names a column some migration drops or renames (and none adds back)
    /// fails unless that text is in an EXEC string, compiled only when it runs.
    /// </summary>
    [Fact]
    public void A_second_run_compiles_no_batch_that_names_a_column_which_is_gone()
    {
        var script = Script.Value;
        // Since the baseline (ADR 0020) the script drops nothing yet, so this finds nothing until a later migration drops or
        // renames a column; that it would find one then is shown by The_re_run_check_finds_an_unguarded_read_of_a_dropped_column.
        var gone = ColumnsGoneAtTheEnd(script);

        var failures = new List<string>();
        foreach (var batch in TSql.Batches(script))
        {
            if (Migration(batch) is not { } migration)
            {
                continue;
            }

            var fragment = TSql.Parse(batch, out _);
            var names = new NamesVisitor();
            fragment.Accept(names);
            foreach (var (table, column) in gone)
            {
                if (names.Tables.Contains(table) && names.Columns.Contains(column))
                {
                    failures.Add($"{migration}: names [{table}].[{column}], which a later migration drops or renames; wrap that SQL in EXEC(N'…').");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_re_run_check_finds_an_unguarded_read_of_a_dropped_column()
    {
        const string script = """
            IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'1_Copy')
            BEGIN
                INSERT INTO T2 (A) SELECT p.Old FROM Problems p;
            END;
            GO

            IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'1_Copy')
            BEGIN
                ALTER TABLE [Problems] DROP COLUMN [Old];
            END;
            GO
            """;
        var gone = ColumnsGoneAtTheEnd(script);
        Assert.Equal([("Problems", "Old")], gone);

        var names = new NamesVisitor();
        TSql.Parse(TSql.Batches(script)[0], out _).Accept(names);
        Assert.Contains("Problems", names.Tables);
        Assert.Contains("Old", names.Columns);

        var guarded = new NamesVisitor();
        TSql.Parse("IF 1=1 BEGIN EXEC(N'INSERT INTO T2 (A) SELECT p.Old FROM Problems p'); END;", out _).Accept(guarded);
        Assert.DoesNotContain("Old", guarded.Columns);
    }

    /// <summary>The (table, column) pairs a DROP COLUMN or a column sp_rename removes, less those added again later.</summary>
    private static List<(string Table, string Column)> ColumnsGoneAtTheEnd(string script)
    {
        var events = new List<(int At, string Table, string Column, bool Gone)>();
        events.AddRange(DropColumn().Matches(script).Select(m => (m.Index, m.Groups["t"].Value, m.Groups["c"].Value, true)));
        foreach (Match m in RenameColumn().Matches(script))
        {
            events.Add((m.Index, m.Groups["t"].Value, m.Groups["c"].Value, true));
            events.Add((m.Index, m.Groups["t"].Value, m.Groups["n"].Value, false));
        }

        events.AddRange(AddColumn().Matches(script).Select(m => (m.Index, m.Groups["t"].Value, m.Groups["c"].Value, false)));
        return events.OrderBy(e => e.At)
            .GroupBy(e => (e.Table, e.Column), e => e.Gone)
            .Where(g => g.Last())
            .Select(g => g.Key)
            .ToList();
    }

    private static string? Migration(string batch) => MigrationGuard().Match(batch) is { Success: true } m ? m.Groups["id"].Value : null;

    /// <summary>Tables and column names a batch's own text names (not its EXEC strings, which are only literals to it).</summary>
    private sealed class NamesVisitor : TSqlFragmentVisitor
    {
        public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void ExplicitVisit(NamedTableReference node)
        {
            Tables.Add(node.SchemaObject.BaseIdentifier.Value);
            base.ExplicitVisit(node);
        }

        public override void ExplicitVisit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier is { Count: > 0 } name)
            {
                Columns.Add(name.Identifiers[^1].Value);
            }

            base.ExplicitVisit(node);
        }
    }

    [GeneratedRegex(@"IF NOT EXISTS\s*\(\s*SELECT \* FROM \[__EFMigrationsHistory\]\s+WHERE \[MigrationId\] = N'(?<id>[^']+)'")]
    private static partial Regex MigrationGuard();

    [GeneratedRegex(@"ALTER TABLE (?:\[\w+\]\.)?\[(?<t>[^\]]+)\] DROP COLUMN \[(?<c>[^\]]+)\]")]
    private static partial Regex DropColumn();

    [GeneratedRegex(@"ALTER TABLE (?:\[\w+\]\.)?\[(?<t>[^\]]+)\] ADD \[(?<c>[^\]]+)\]")]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"sp_rename N'(?:\[\w+\]\.)?\[(?<t>[^\]]+)\]\.\[(?<c>[^\]]+)\]', N'(?<n>[^']+)', 'COLUMN'")]
    private static partial Regex RenameColumn();
}
