using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// T-SQL read with Microsoft's own parser (SQL Server 2022 grammar, QUOTED_IDENTIFIER on as the deployment script sets
/// it): batches split on GO, sqlcmd commands (<c>:on error exit</c>) left out, and every <c>EXEC(N'…')</c> string parsed
/// on its own, since SQL Server compiles it only when it runs. A parser proves syntax and names, not plans or locks.
/// </summary>
internal static partial class TSql
{
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        using var reader = new StringReader(sql);
        return new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    /// <summary>The batches of a script as sqlcmd sends them: split on lines holding only GO, sqlcmd commands removed.</summary>
    public static List<string> Batches(string script) =>
        GoLine().Split(SqlcmdCommand().Replace(script, ""))
            .Where(b => !string.IsNullOrWhiteSpace(b))
            .ToList();

    /// <summary>The text of every <c>EXEC(N'…')</c> in a fragment (the strings SQL Server compiles when it runs them).</summary>
    public static List<string> ExecStrings(TSqlFragment fragment)
    {
        var visitor = new ExecVisitor();
        fragment.Accept(visitor);
        return visitor.Strings;
    }

    /// <summary>Parse errors of a text and of each EXEC string in it, recursively, as readable lines.</summary>
    public static List<string> Errors(string sql, string where)
    {
        var fragment = Parse(sql, out var errors);
        var found = errors.Select(e => $"{where}, line {e.Line}: {e.Message}").ToList();
        if (errors.Count == 0)
        {
            var i = 0;
            foreach (var inner in ExecStrings(fragment))
            {
                found.AddRange(Errors(inner, $"{where}, EXEC string {++i}"));
            }
        }

        return found;
    }

    private sealed class ExecVisitor : TSqlFragmentVisitor
    {
        public List<string> Strings { get; } = [];

        public override void ExplicitVisit(ExecutableStringList node)
        {
            // Only literal strings can be checked; a variable's text is not known here.
            if (node.Strings.All(s => s is StringLiteral))
            {
                Strings.Add(string.Concat(node.Strings.Cast<StringLiteral>().Select(s => s.Value)));
            }

            base.ExplicitVisit(node);
        }
    }

    [GeneratedRegex(@"^[ \t]*GO[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"^[ \t]*:[^\r\n]*\r?$", RegexOptions.Multiline)]
    private static partial Regex SqlcmdCommand();
}
