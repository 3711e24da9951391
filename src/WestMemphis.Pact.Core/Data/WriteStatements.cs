using System.Text.RegularExpressions;

namespace WestMemphis.Pact.Data;

/// <summary>Reads which tables a SQL command writes, as EF Core writes them for SQLite and SQL Server.</summary>
public static partial class WriteStatements
{
    /// <summary>
    /// True when <paramref name="sql"/> holds a write (INSERT, UPDATE, DELETE, MERGE, REPLACE) to a table not in
    /// <paramref name="excluded"/>, or a write whose table cannot be read. False for reads and PRAGMAs.
    /// </summary>
    public static bool WritesOtherThan(string sql, IReadOnlySet<string> excluded)
    {
        // A foreign key's ON DELETE / ON UPDATE in a migration's DDL is no write, and neither are the migrations' own tables.
        sql = ReferentialAction().Replace(sql, " ");
        var statements = 0;
        foreach (Match write in Write().Matches(sql))
        {
            statements++;
            var target = write.Groups["target"].Value;
            if (target.Length == 0)
            {
                return true;
            }

            // SQL Server's ExecuteUpdate/ExecuteDelete name an alias: UPDATE [s] SET … FROM [Shifts] AS [s].
            if (excluded.Contains(target) || MigrationTables.Contains(target) || (AliasedTable(sql, target) is { } table && excluded.Contains(table)))
            {
                continue;
            }

            return true;
        }

        // A write keyword in a form not read above (a CTE, a batch of another shape): a write all the same.
        return statements == 0 && AnyWrite().IsMatch(sql);
    }

    /// <summary>EF Core's migration history and lock (SQLite) tables: written by migrations, shown on no page.</summary>
    private static readonly HashSet<string> MigrationTables = new(["__EFMigrationsHistory", "__EFMigrationsLock"], StringComparer.OrdinalIgnoreCase);

    private static string? AliasedTable(string sql, string alias)
    {
        foreach (Match from in Aliased().Matches(sql))
        {
            if (string.Equals(from.Groups["alias"].Value, alias, StringComparison.OrdinalIgnoreCase))
            {
                return from.Groups["table"].Value;
            }
        }

        return null;
    }

    // A write keyword at the start of a statement (after ; or a line break or the start), then the table it names,
    // quoted "x" or [x], optionally with a schema. DELETE [s] FROM … and UPDATE [s] SET … are the alias forms.
    [GeneratedRegex("""(?:^|[;\n])\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE(?:\s+FROM)?|MERGE(?:\s+INTO)?)\s+(?:TOP\s*\(\s*\d+\s*\)\s+)?(?:(?:\[[^\]]+\]|"[^"]+"|\w+)\.)?(?:\[(?<target>[^\]]+)\]|"(?<target>[^"]+)"|(?<target>\w+))?""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Write();

    [GeneratedRegex("""\bFROM\s+(?:(?:\[[^\]]+\]|"[^"]+"|\w+)\.)?(?:\[(?<table>[^\]]+)\]|"(?<table>[^"]+)"|(?<table>\w+))\s+AS\s+(?:\[(?<alias>[^\]]+)\]|"(?<alias>[^"]+)"|(?<alias>\w+))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aliased();

    [GeneratedRegex(@"\bON\s+(?:DELETE|UPDATE)\s+(?:CASCADE|SET\s+NULL|SET\s+DEFAULT|NO\s+ACTION|RESTRICT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferentialAction();

    [GeneratedRegex(@"\b(?:INSERT|UPDATE|DELETE|MERGE|REPLACE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyWrite();
}
