using System.Text.RegularExpressions;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Patterns that must never appear in the source (ASVS 1.2): raw HTML output and interpolated raw SQL.</summary>
public sealed partial class SourceScanTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WestMemphis.Pact.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>
    /// Our own stylesheets close every block they open. A print block once lost its "}" in a merge, and every rule after
    /// it (the area pages' "You said, we did") silently applied only on paper.
    /// </summary>
    [Fact]
    public void Every_stylesheet_closes_each_block_it_opens()
    {
        var problems = new List<string>();
        foreach (var file in SourceFiles("*.css").Where(f => !f.Contains($"{Path.DirectorySeparatorChar}lib{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var depth = 0;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                // A rule that starts on the outside (not "@media", not indented) while a block is open is inside it by mistake.
                if (depth > 0 && line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '}' && !line.StartsWith("/*", StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetFileName(file)}:{i + 1} starts at the margin inside an open block: {line}");
                    break;
                }

                depth += line.Count(c => c == '{') - line.Count(c => c == '}');
            }

            if (depth != 0)
            {
                problems.Add($"{Path.GetFileName(file)}: {depth} block(s) left open at the end");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Views_never_write_raw_html()
    {
        var offenders = SourceFiles("*.cshtml").Where(f => File.ReadAllText(f).Contains("Html.Raw(", StringComparison.Ordinal)).ToList();
        Assert.True(offenders.Count == 0, "Html.Raw in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Raw_sql_is_never_built_by_string_interpolation()
    {
        var offenders = SourceFiles("*.cs")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => InterpolatedRawSql().IsMatch(File.ReadAllText(f)))
            .ToList();
        Assert.True(offenders.Count == 0, "Interpolated raw SQL in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Views_have_no_inline_script_or_event_handlers()
    {
        var offenders = SourceFiles("*.cshtml").Where(f => InlineScript().IsMatch(File.ReadAllText(f))).ToList();
        Assert.True(offenders.Count == 0, "Inline script in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Views_load_nothing_from_another_site()
    {
        var offenders = SourceFiles("*.cshtml").Where(f => RemoteAsset().IsMatch(File.ReadAllText(f))).ToList();
        Assert.True(offenders.Count == 0, "Remote assets in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Nothing_blocks_a_thread_on_async_work()
    {
        var offenders = SourceFiles("*.cs")
            .Where(f => File.ReadAllText(f).Contains(".GetAwaiter().GetResult()", StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, "Blocking on async work in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_scanner_finds_what_it_looks_for()
    {
        Assert.Matches(InterpolatedRawSql(), "db.Database.ExecuteSqlRaw($\"DELETE FROM X WHERE Id = {id}\")");
        Assert.Matches(InterpolatedRawSql(), "db.Things.FromSqlRaw( $\"SELECT\")");
        Assert.DoesNotMatch(InterpolatedRawSql(), "db.Database.ExecuteSqlRawAsync(\"PRAGMA journal_mode=WAL;\")");
        Assert.Matches(InlineScript(), "<button onclick=\"x()\">");
        Assert.Matches(InlineScript(), "<script>alert(1)</script>");
        Assert.DoesNotMatch(InlineScript(), "<script src=\"~/js/site.js\"></script>");
        Assert.Matches(RemoteAsset(), "<script src=\"https://cdn.example/x.js\"></script>");
    }

    [GeneratedRegex(@"(FromSqlRaw|ExecuteSqlRaw|ExecuteSqlRawAsync|SqlQueryRaw)\s*(<[^>]*>)?\s*\(\s*\$")]
    private static partial Regex InterpolatedRawSql();

    [GeneratedRegex(@"<script(\s+type=""[^""]*"")?\s*>|\son(click|load|submit|change|input|focus|blur|keydown|keyup|mouseover)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<(script|img|iframe)[^>]+src=""(https?:)?//|<link[^>]+href=""(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteAsset();
}
